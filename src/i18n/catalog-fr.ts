import { app } from './fr/app.ts';
import { composer } from './fr/composer.ts';
import { preview } from './fr/preview.ts';
import { type Message } from './types.ts';

/** French is the source catalog: its keys are the keys every language must provide. */
export const fr = { ...app, ...composer, ...preview } satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;
export type Catalog = Record<MessageKey, Message>;
