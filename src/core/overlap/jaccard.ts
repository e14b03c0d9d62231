import { buildTokenSets, type TokenSets } from './tokenSets';

/**
 * Slack for comparing a similarity with a threshold: 2/4 must count as "at" 0.5 even when
 * the threshold arrives as 0.1 * 5 = 0.5000000000000001 from a slider.
 */
const EPSILON = 1e-9;

/**
 * Whether a similarity is at or above the threshold. A pair must also share at least one
 * token, so a threshold of 0 means "shares anything", not "every pair".
 */
export function meetsThreshold(similarity: number, threshold: number): boolean {
  return similarity > 0 && similarity >= threshold - EPSILON;
}

/**
 * Whether sets of these sizes could reach the threshold at all: J ≤ min/max, so a much
 * smaller set cannot (the "size filter" of AllPairs, Bayardo et al. 2007).
 */
export function sizesCanMeet(smaller: number, larger: number, threshold: number): boolean {
  return smaller >= (threshold - EPSILON) * larger;
}

/** |A ∩ B| of two ascending runs of one typed array, by merging. */
export function intersectionSize(
  tokens: Uint32Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): number {
  let n = 0;
  let i = aStart;
  let j = bStart;
  while (i < aEnd && j < bEnd) {
    const x = tokens[i];
    const y = tokens[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of sets i and j; 0 when either is empty. */
export function jaccardOf(sets: TokenSets, i: number, j: number): number {
  const { offsets, tokens } = sets;
  const sizeA = offsets[i + 1] - offsets[i];
  const sizeB = offsets[j + 1] - offsets[j];
  if (sizeA === 0 || sizeB === 0) return 0;
  const inter = intersectionSize(tokens, offsets[i], offsets[i + 1], offsets[j], offsets[j + 1]);
  return inter / (sizeA + sizeB - inter);
}

/**
 * The similarity overlap detection gives two texts: Jaccard of their token sets after
 * normalisation (normalizeText, tokenize).
 */
export function textSimilarity(a: string, b: string): number {
  return jaccardOf(buildTokenSets([a, b]), 0, 1);
}
