import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScheme } from '../../../src/core/gen/generateScheme';
import { importScheme } from '../../../src/core/import/importScheme';
import { exactPairs } from '../../../src/core/overlap/exactPairs';
import {
  prefixJoinBipartite,
  type CrossPairs,
} from '../../../src/core/overlap/prefixJoinBipartite';
import { buildTokenSets } from '../../../src/core/overlap/tokenSets';
import { leavesOf } from '../../../src/core/tree';

/** The leaf names of a generated scheme (10% planted near-duplicates, as the bench's). */
function leafNames(leaves: number, seed: number): string[] {
  const bytes = new TextEncoder().encode(generateScheme({ leaves, seed }));
  const { scheme } = importScheme(bytes, `gen-${seed}.csv`);
  if (!scheme) throw new Error('the generated scheme did not import');
  return leavesOf(scheme).map((n) => n.name);
}

/** The reference: all pairs of the two sides together, keeping those across the sides. */
function crossByAllPairs(left: string[], right: string[], threshold: number): string[] {
  const pairs = exactPairs(buildTokenSets([...left, ...right]), threshold);
  const out: string[] = [];
  for (let k = 0; k < pairs.a.length; k++) {
    // a < b, so a cross pair has its left item in a.
    if (pairs.a[k] < left.length && pairs.b[k] >= left.length)
      out.push(`${pairs.a[k]} ${pairs.b[k] - left.length} ${pairs.similarity[k]}`);
  }
  return out.sort();
}

const listed = (p: CrossPairs) =>
  p.left.map((l, k) => `${l} ${p.right[k]} ${p.similarity[k]}`).sort();

const join = (left: string[], right: string[], threshold: number) =>
  listed(prefixJoinBipartite(buildTokenSets([...left, ...right]), left.length, threshold));

describe('prefixJoinBipartite(sets, leftCount, threshold)', () => {
  // Two unrelated generated schemes share the generator's vocabulary, so many of their
  // leaves are alike: the case diffSchemes meets between two seeds.
  const LEFT = leafNames(1500, 1);
  const RIGHT = leafNames(1200, 2);

  it.each([0.3, 0.5, 0.7, 0.9])(
    'finds the same cross pairs as all pairs between two generated schemes at J ≥ %s',
    (t) => {
      const expected = crossByAllPairs(LEFT, RIGHT, t);
      // Enough pairs that a missed one would show (hundreds at 0.5, dozens at 0.9).
      expect(expected.length).toBeGreaterThan(t < 0.9 ? 100 : 10);
      expect(join(LEFT, RIGHT, t)).toEqual(expected);
    },
  );

  it('finds no left–left or right–right pairs, however alike', () => {
    // The planted near-duplicates within one scheme are not cross pairs.
    const pairs = prefixJoinBipartite(buildTokenSets([...LEFT, ...RIGHT]), LEFT.length, 0.5);
    expect(pairs.left.every((l) => l >= 0 && l < LEFT.length)).toBe(true);
    expect(pairs.right.every((r) => r >= 0 && r < RIGHT.length)).toBe(true);
    expect(join(['安全生产', '安全生产'], ['组织召开会议', '组织召开会议'], 0.5)).toEqual([]);
  });

  it.each([
    // {安全 全生 生产} vs {安全 全生 生活}: J = 2/4, exactly at 0.5
    { left: ['安全生产'], right: ['安全生活'], t: 0.5, expected: ['0 0 0.5'] },
    { left: ['安全生产'], right: ['安全生活'], t: 0.5 + 1e-6, expected: [] },
    // an empty text meets nothing, even at threshold 0; identical texts meet at 1
    { left: ['', '河长制'], right: ['河长制', ''], t: 0, expected: ['1 0 1'] },
    { left: [], right: ['河长制'], t: 0.5, expected: [] },
    { left: ['河长制'], right: [], t: 0.5, expected: [] },
  ])('on $left × $right at $t gives $expected', ({ left, right, t, expected }) => {
    expect(join(left, right, t)).toEqual(expected);
  });

  it('agrees with all pairs on random short texts of a few characters (sizes tie often)', () => {
    const text = fc
      .array(fc.constantFrom(...'安全生产检查河长制湖会议'), { maxLength: 8 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 25 }),
        fc.array(text, { maxLength: 25 }),
        fc.constantFrom(0.2, 0.5, 0.6, 0.8),
        (left, right, t) => {
          expect(join(left, right, t)).toEqual(crossByAllPairs(left, right, t));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
