import type { OverlapJoin, OverlapSummary } from '../types';
import { buildClusters } from './buildClusters';
import { exactPairs } from './exactPairs';
import { lshPairs } from './lshPairs';
import type { OverlapItem } from './overlapItems';
import { prefixJoinPairs } from './prefixJoinPairs';
import { buildTokenSets } from './tokenSets';

/** Jaccard similarity at or above which two leaves overlap, unless the user picks another. */
export const DEFAULT_THRESHOLD = 0.5;

/**
 * Largest number of items 'auto' compares all pairs for: the simplest join, and the
 * reference the others are tested against. Above it 'auto' uses the prefix join, which finds
 * the same pairs far sooner. npm run bench on 20,000 generated leaves (2-core machine, quiet,
 * 2026-11-29): all pairs 7.0 s, the prefix join 0.032 s; by n², all pairs on 1,000 leaves takes
 * about 0.02 s, so nobody waits for it.
 */
export const EXACT_MAX_ITEMS = 1000;

export interface FindOverlapOptions {
  /**
   * 'exact' compares all pairs; 'prefix' is the exact prefix-filtered join (prefixJoinPairs:
   * the same pairs, much sooner on many items); 'lsh' uses MinHash + LSH candidates, each
   * verified with the exact Jaccard, and may miss a pair; 'auto' (default) is 'exact' up to
   * EXACT_MAX_ITEMS items, 'prefix' above. MinHash was the default above 3,000 items until
   * the prefix join measured faster, and exact (npm run bench, same run: 20,000 generated
   * leaves LSH 0.53 s, recall 0.9996, prefix join 0.032 s; 100,000 leaves LSH 9.9 s, recall
   * 0.998, prefix join 0.67 s).
   */
  method?: 'auto' | 'exact' | 'prefix' | 'lsh';
  /** Seed of the LSH hash functions. Default: a fixed seed, so results are reproducible. */
  seed?: number;
}

/**
 * Leaves that assess the same thing (DESIGN.md "Overlap"): texts are normalised, cut into
 * tokens, and pairs whose Jaccard similarity is at or above `threshold` join clusters.
 * An item whose text normalises to nothing overlaps with nothing.
 *
 * @param threshold Jaccard similarity in [0, 1]; a pair must also share at least one token.
 * @throws RangeError when the threshold is not a number from 0 to 1.
 */
export function findOverlap(
  items: OverlapItem[],
  threshold: number,
  options: FindOverlapOptions = {},
): OverlapSummary {
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(`overlap threshold must be from 0 to 1, not ${threshold}`);
  }
  const requested = options.method ?? 'auto';
  const join: OverlapJoin =
    requested === 'auto'
      ? items.length <= EXACT_MAX_ITEMS
        ? 'all-pairs'
        : 'prefix'
      : requested === 'exact'
        ? 'all-pairs'
        : requested;
  const sets = buildTokenSets(items.map((item) => item.text));
  const pairs =
    join === 'all-pairs'
      ? exactPairs(sets, threshold)
      : join === 'prefix'
        ? prefixJoinPairs(sets, threshold)
        : lshPairs(sets, threshold, { seed: options.seed });
  const clusters = buildClusters(items, pairs);
  const clustered = clusters.reduce((sum, c) => sum + c.members.length, 0);
  return {
    threshold,
    // Both all pairs and the prefix join find every pair: the result is exact.
    method: join === 'lsh' ? 'lsh' : 'exact',
    join,
    ratio: items.length > 0 ? clustered / items.length : 0,
    // What merging each cluster into one item would remove.
    redundant: clustered - clusters.length,
    clusters,
    crossDepartmentClusters: clusters.filter((c) => c.crossDepartment).length,
  };
}
