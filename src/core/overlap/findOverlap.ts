import type { OverlapSummary } from '../types';
import { buildClusters } from './buildClusters';
import { exactPairs } from './exactPairs';
import { lshPairs } from './lshPairs';
import type { OverlapItem } from './overlapItems';
import { buildTokenSets } from './tokenSets';

/** Jaccard similarity at or above which two leaves overlap, unless the user picks another. */
export const DEFAULT_THRESHOLD = 0.5;

/**
 * Largest number of items 'auto' compares all pairs for (exact, so preferred where it is
 * quick). bench/overlap.ts on a shared 2-core machine: all pairs 0.07–0.3 s at 2,000
 * items, 0.5–1.2 s at 5,000, growing with n²; LSH about 0.05 s at 5,000.
 */
export const EXACT_MAX_ITEMS = 3000;

export interface FindOverlapOptions {
  /**
   * 'exact' compares all pairs; 'lsh' uses MinHash + LSH candidates, each verified with the
   * exact Jaccard; 'auto' (default) is 'exact' up to EXACT_MAX_ITEMS items, 'lsh' above.
   */
  method?: 'auto' | 'exact' | 'lsh';
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
  const method =
    requested === 'auto' ? (items.length <= EXACT_MAX_ITEMS ? 'exact' : 'lsh') : requested;
  const sets = buildTokenSets(items.map((item) => item.text));
  const pairs =
    method === 'exact'
      ? exactPairs(sets, threshold)
      : lshPairs(sets, threshold, { seed: options.seed });
  const clusters = buildClusters(items, pairs);
  const clustered = clusters.reduce((sum, c) => sum + c.members.length, 0);
  return {
    threshold,
    method,
    ratio: items.length > 0 ? clustered / items.length : 0,
    // What merging each cluster into one item would remove.
    redundant: clustered - clusters.length,
    clusters,
    crossDepartmentClusters: clusters.filter((c) => c.crossDepartment).length,
  };
}
