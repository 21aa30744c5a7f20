import { app } from './fr/app.ts';
import { composer } from './fr/composer.ts';
import { connection } from './fr/connection.ts';
import { issues } from './fr/issues.ts';
import { kinds } from './fr/kinds.ts';
import { library } from './fr/library.ts';
import { map } from './fr/map.ts';
import { preview } from './fr/preview.ts';
import type { Message } from './types.ts';

/** French is the source catalog: its keys are the keys every language must provide. */
export const fr = {
  ...app,
  ...composer,
  ...connection,
  ...issues,
  ...kinds,
  ...library,
  ...map,
  ...preview,
} satisfies Record<string, Message>;

/** The French texts as literal types: the source of every key's parameter names. */
export type SourceCatalog = typeof fr;
export type MessageKey = keyof SourceCatalog;
export type Catalog = Record<MessageKey, Message>;
