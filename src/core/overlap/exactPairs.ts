import { meetsThreshold, sizesCanMeet } from './jaccard';
import { addPair, emptyPairs, type PairList } from './pairList';
import type { TokenSets } from './tokenSets';

/**
 * Every pair of sets with Jaccard ≥ threshold, by comparing all pairs (method 'exact').
 * O(n² · set size): the reference the faster joins are measured against, and fast enough
 * for the few hundred to few thousand leaves of a real scheme.
 */
export function exactPairs(sets: TokenSets, threshold: number): PairList {
  const { count, offsets, tokens } = sets;
  const pairs = emptyPairs();
  // stamp[token] === i + 1 marks the tokens of set i, so |A ∩ B| costs one pass over B.
  const stamp = new Int32Array(sets.vocabulary);
  for (let i = 0; i < count; i++) {
    const sizeA = offsets[i + 1] - offsets[i];
    if (sizeA === 0) continue;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) stamp[tokens[k]] = i + 1;
    for (let j = i + 1; j < count; j++) {
      const sizeB = offsets[j + 1] - offsets[j];
      if (sizeB === 0) continue;
      if (!sizesCanMeet(Math.min(sizeA, sizeB), Math.max(sizeA, sizeB), threshold)) continue;
      let inter = 0;
      for (let k = offsets[j]; k < offsets[j + 1]; k++) if (stamp[tokens[k]] === i + 1) inter++;
      const similarity = inter / (sizeA + sizeB - inter);
      if (meetsThreshold(similarity, threshold)) addPair(pairs, i, j, similarity);
    }
  }
  return pairs;
}
