/**
 * The two sample schemes of data/ (2011: 9 major items, 45 items; 2020: 4 / 109 / 371, as
 * data/README.md says), read by the real importer, analysed, and diffed — the data the
 * compare view shows when a user opens both samples as two years.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeScheme } from '../../../src/core/analyze';
import { diffSchemes, type SchemeDiff } from '../../../src/core/compare/diffSchemes';
import { importScheme } from '../../../src/core/import/importScheme';
import type { Analysis, Scheme } from '../../../src/core/types';

function read(name: string): Scheme {
  const path = resolve(import.meta.dirname, '../../../data', name);
  const r = importScheme(new Uint8Array(readFileSync(path)), name);
  if (!r.scheme) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
  return r.scheme;
}

export interface Samples {
  old: Scheme;
  new: Scheme;
  oldAnalysis: Analysis;
  newAnalysis: Analysis;
  diff: SchemeDiff;
}

let cached: Samples | null = null;

/** The samples, their analyses and their diff (computed once per test file). */
export function samples(): Samples {
  if (cached) return cached;
  const old = read('scheme-2011.csv');
  const neu = read('scheme-2020.csv');
  cached = {
    old,
    new: neu,
    oldAnalysis: analyzeScheme(old),
    newAnalysis: analyzeScheme(neu),
    diff: diffSchemes(old, neu),
  };
  return cached;
}
