import { app } from './en/app.ts';
import { composer } from './en/composer.ts';
import { preview } from './en/preview.ts';
import { type Catalog } from './catalog-fr.ts';

export const en: Catalog = { ...app, ...composer, ...preview };
