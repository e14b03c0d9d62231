/**
 * What both exact prefix joins (prefixJoinPairs, prefixJoinBipartite) share: the order they
 * visit sets in, the global token order of the prefix filter, and the 64-bit token
 * signatures of their bound.
 */
import type { TokenSets } from './tokenSets';

/**
 * The bit of a token in a set's 64-bit signature (the union of its tokens' bits). Where x
 * has b bits that y's signature lacks, at least b tokens of x are not in y, so
 * |x ∩ y| ≤ |x| − b: a bound from two numbers. It drops most candidates that share a word
 * of their prefixes and little else.
 */
export function signatureBit(token: number): number {
  return Math.imul(token, 0x9e3779b1) >>> 26;
}

/** Set bits of a 32-bit number. */
export function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The non-empty sets in the order the join visits them — increasing size, ties in index
 * order — with their tokens renamed by rank of document frequency (rarest first, ties by
 * id) and sorted ascending, the global order of the prefix filter: set number o in this
 * order (original index order[o]) is ranked[offsets[o] … offsets[o + 1]). Counting sorts
 * throughout: frequencies are below the number of sets, sizes are small, sets are short.
 */
export function rankedBySize(sets: TokenSets): {
  order: Uint32Array;
  offsets: Uint32Array;
  ranked: Uint32Array;
} {
  const { count: n, offsets: setOffsets, tokens, vocabulary } = sets;
  const frequency = new Uint32Array(vocabulary);
  for (let p = 0; p < tokens.length; p++) frequency[tokens[p]]++;
  const firstOfFrequency = new Uint32Array(n + 2);
  for (let id = 0; id < vocabulary; id++) firstOfFrequency[frequency[id] + 1]++;
  for (let f = 0; f <= n; f++) firstOfFrequency[f + 1] += firstOfFrequency[f];
  const rank = new Uint32Array(vocabulary);
  for (let id = 0; id < vocabulary; id++) rank[id] = firstOfFrequency[frequency[id]]++;

  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, setOffsets[i + 1] - setOffsets[i]);
  const firstOfSize = new Uint32Array(largest + 2);
  for (let i = 0; i < n; i++) firstOfSize[setOffsets[i + 1] - setOffsets[i] + 1]++;
  for (let s = 0; s <= largest; s++) firstOfSize[s + 1] += firstOfSize[s];
  const empty = firstOfSize[1];
  const order = new Uint32Array(n - empty);
  for (let i = 0; i < n; i++) {
    const size = setOffsets[i + 1] - setOffsets[i];
    if (size > 0) order[firstOfSize[size]++ - empty] = i;
  }

  const offsets = new Uint32Array(order.length + 1);
  const ranked = new Uint32Array(tokens.length);
  let at = 0;
  for (let o = 0; o < order.length; o++) {
    const from = at;
    const long = setOffsets[order[o] + 1] - setOffsets[order[o]] > 64;
    for (let p = setOffsets[order[o]]; p < setOffsets[order[o] + 1]; p++) {
      // Insertion sort for the usual set of a dozen tokens or so; long ones sort below.
      const r = rank[tokens[p]];
      let k = at++;
      if (!long) for (; k > from && ranked[k - 1] > r; k--) ranked[k] = ranked[k - 1];
      ranked[k] = r;
    }
    if (long) ranked.subarray(from, at).sort();
    offsets[o + 1] = at;
  }
  return { order, offsets, ranked };
}
