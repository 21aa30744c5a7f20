import type { Catalog } from './catalog-fr.ts';
import { app } from './en/app.ts';
import { composer } from './en/composer.ts';
import { connection } from './en/connection.ts';
import { issues } from './en/issues.ts';
import { kinds } from './en/kinds.ts';
import { library } from './en/library.ts';
import { map } from './en/map.ts';
import { preview } from './en/preview.ts';

export const en: Catalog = {
  ...app,
  ...composer,
  ...connection,
  ...issues,
  ...kinds,
  ...library,
  ...map,
  ...preview,
};
