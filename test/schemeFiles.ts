/**
 * The scheme files tests read: the shipped samples (data/) and the corpus of real tables
 * (../shared/corpus, never edited), as absolute paths.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const DATA = resolve(import.meta.dirname, '../data');
export const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');

const csvIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && f !== 'labels.csv')
    .map((f) => resolve(dir, f));

/** Every sample CSV. */
export const SAMPLE_FILES = csvIn(DATA);
/** Every corpus table (not its labels). */
export const CORPUS_FILES = csvIn(CORPUS);
