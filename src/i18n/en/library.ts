import { type library as fr } from '../fr/library.ts';
import { type Translation } from '../types.ts';

export const library: Translation<typeof fr> = {};
