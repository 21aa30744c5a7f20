import { type connection as fr } from '../fr/connection.ts';
import { type Translation } from '../types.ts';

export const connection: Translation<typeof fr> = {};
