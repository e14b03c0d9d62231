import { describe, expect, it } from 'vitest';
import { compareOverlap, pairKeys, recallOf, syntheticTexts } from '../../bench/overlapCompare';
import { bestTime } from '../../bench/timing';

describe('recallOf(truth, found)', () => {
  const table = [
    {
      name: 'all found',
      truth: ['0,1', '2,3'],
      found: ['0,1', '2,3'],
      recall: 1,
      missed: 0,
      falsePairs: 0,
    },
    {
      name: 'half found, one extra',
      truth: ['0,1', '2,3'],
      found: ['0,1', '4,5'],
      recall: 0.5,
      missed: 1,
      falsePairs: 1,
    },
    { name: 'nothing to find', truth: [], found: ['0,1'], recall: 1, missed: 0, falsePairs: 1 },
  ];
  for (const { name, truth, found, ...expected } of table) {
    it(`counts ${name}`, () => {
      expect(recallOf(new Set(truth), new Set(found))).toEqual(expected);
    });
  }
});

describe('pairKeys(pairs)', () => {
  it('keys each pair by its two indices', () => {
    const keys = pairKeys({ a: [0, 2], b: [5, 3], similarity: [0.5, 1] });
    expect([...keys]).toEqual(['0,5', '2,3']);
  });
});

describe('syntheticTexts(n, seed)', () => {
  it('gives the same texts for the same seed and others for another', () => {
    expect(syntheticTexts(50, 7)).toEqual(syntheticTexts(50, 7));
    expect(syntheticTexts(50, 8)).not.toEqual(syntheticTexts(50, 7));
  });
});

describe('compareOverlap(texts, threshold)', () => {
  it('measures each join against all pairs, and the prefix join misses nothing', () => {
    const c = compareOverlap(syntheticTexts(600), 0.5, { exact: true, runs: 1 });
    expect(c.reference).toBe('exact');
    expect(c.truePairs).toBe(c.exact?.pairs);
    // Near-duplicates are 10% of the texts, so there is something to find.
    expect(c.truePairs).toBeGreaterThan(20);
    expect(c.prefix).toMatchObject({ recall: 1, missed: 0, falsePairs: 0 });
    // LSH verifies every candidate exactly: it may miss pairs, never invent them.
    expect(c.lsh.falsePairs).toBe(0);
  });

  it('takes the prefix join as the reference when all pairs is skipped', () => {
    const c = compareOverlap(syntheticTexts(300), 0.5, { exact: false, runs: 1 });
    expect(c.exact).toBeUndefined();
    expect(c.reference).toBe('prefix');
    expect(c.prefix.recall).toBe(1);
  });
});

describe('bestTime(f, runs)', () => {
  it('runs f as often as asked and returns its result', () => {
    let calls = 0;
    const { result, seconds } = bestTime(() => ++calls, 3);
    expect(calls).toBe(3);
    expect(result).toBe(3);
    expect(seconds).toBeGreaterThanOrEqual(0);
  });
});
