import { Foundation1764000000000 } from './1764000000000-foundation';

/** In order; a new migration is appended, never edited once it has landed. */
export const allMigrations = [Foundation1764000000000];
