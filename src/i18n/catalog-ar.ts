import { app } from './ar/app.ts';
import { composer } from './ar/composer.ts';
import { connection } from './ar/connection.ts';
import { issues } from './ar/issues.ts';
import { kinds } from './ar/kinds.ts';
import { library } from './ar/library.ts';
import { map } from './ar/map.ts';
import { preview } from './ar/preview.ts';
import type { Catalog } from './catalog-fr.ts';

/** Modern Standard Arabic; plurals use all six of Arabic's CLDR categories where the wording needs them. */
export const ar: Catalog = {
  ...app,
  ...composer,
  ...connection,
  ...issues,
  ...kinds,
  ...library,
  ...map,
  ...preview,
};
