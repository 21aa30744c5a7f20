/** `npm run bench:unit`: the tokenizer on a full 4,096-character text, typical and worst (unclosed) markers. */
import { bench, describe } from 'vitest';
import { tokenize } from './format.ts';

const fill = (unit: string) => unit.repeat(Math.ceil(4096 / unit.length)).slice(0, 4096);

describe('tokenize, 4,096 characters', () => {
  bench('plain prose', () => void tokenize(fill('Bonjour Adil, votre commande est prête. ')));
  bench('marker-heavy', () => void tokenize(fill('*a _b ~c `d ```e www.x.com/f_ 1. ')));
  for (const unclosed of ['*_~` ', '`a ', '```a ', 'www.', '1. *a\n']) {
    bench(`unclosed ${JSON.stringify(unclosed)}`, () => void tokenize(fill(unclosed)));
  }
});
