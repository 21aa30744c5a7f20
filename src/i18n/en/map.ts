import { type map as fr } from '../fr/map.ts';
import { type Translation } from '../types.ts';

export const map: Translation<typeof fr> = {};
