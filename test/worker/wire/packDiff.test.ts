/**
 * The diff crosses from the worker as columns, its paths rebuilt on the page from the two
 * schemes (issue 5). What the compare page lists must be what the diff found: the same
 * statuses, changes, points, similarities and paths, leaf for leaf.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSchemes } from '../../../src/core/compare/diffSchemes';
import { importScheme } from '../../../src/core/import/importScheme';
import { packDiff, unpackDiff } from '../../../src/worker/wire/packDiff';

const DATA = resolve(import.meta.dirname, '../../../data');
const schemeOf = (name: string) =>
  importScheme(new Uint8Array(readFileSync(resolve(DATA, name))), name).scheme!;

describe('packDiff / unpackDiff', () => {
  it('2011 → 2020: every leaf of the diff arrives as computed, paths included', () => {
    const [a, b] = [schemeOf('scheme-2011.csv'), schemeOf('scheme-2020.csv')];
    const diff = diffSchemes(a, b);
    // The sample diff has every status and change kind, and similarity matches.
    expect(new Set(diff.leaves.map((l) => l.status))).toEqual(
      new Set(['changed', 'added', 'removed']),
    );
    expect(diff.leaves.some((l) => l.similarity !== null)).toBe(true);
    expect(unpackDiff(packDiff(diff), a, b)).toStrictEqual(diff);
  });

  it('a scheme against itself: all unchanged, paths from the one scheme', () => {
    const a = schemeOf('scheme-2020.csv');
    const diff = diffSchemes(a, a);
    expect(diff.counts.unchanged).toBe(371);
    expect(unpackDiff(packDiff(diff), a, a)).toStrictEqual(diff);
  });
});
