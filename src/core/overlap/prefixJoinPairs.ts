import { jaccardOf, meetsThreshold } from './jaccard';
import { addPair, emptyPairs, type PairList } from './pairList';
import type { TokenSets } from './tokenSets';

/**
 * Every pair with Jaccard ≥ threshold, by an exact prefix-filtered join (AllPairs: Bayardo,
 * Ma, Srikant, "Scaling up all pairs similarity search", WWW 2007). Not selectable in
 * findOverlap yet; bench/overlap.ts measures it beside 'exact' and 'lsh' (DESIGN.md
 * "Overlap": "choose by measurement").
 *
 * Why it is exact: if J(x, y) ≥ t then |x ∩ y| ≥ t·|x|, so with every set's tokens sorted in
 * one global order, x and y must share a token among the first |x| − ⌈t·|x|⌉ + 1 tokens of x
 * (and likewise of y). Only those prefixes are indexed and probed; sorting tokens rarest
 * first keeps the posting lists short. Sets are visited in increasing size, so an indexed
 * set smaller than t·|x| is too small for every later x too and is skipped for good.
 */
export function prefixJoinPairs(sets: TokenSets, threshold: number): PairList {
  const { count: n, offsets, tokens, vocabulary } = sets;
  const t = Math.max(threshold - 1e-9, 0);

  // Rank tokens by document frequency, rarest first.
  const frequency = new Uint32Array(vocabulary);
  for (let p = 0; p < tokens.length; p++) frequency[tokens[p]]++;
  const byRarity = Array.from({ length: vocabulary }, (_, id) => id).sort(
    (a, b) => frequency[a] - frequency[b] || a - b,
  );
  const rank = new Uint32Array(vocabulary);
  byRarity.forEach((id, r) => (rank[id] = r));
  const ranked = new Uint32Array(tokens.length);
  for (let i = 0; i < n; i++) {
    const set = ranked.subarray(offsets[i], offsets[i + 1]);
    for (let p = offsets[i]; p < offsets[i + 1]; p++) set[p - offsets[i]] = rank[tokens[p]];
    set.sort();
  }

  const sizeOf = (i: number) => offsets[i + 1] - offsets[i];
  // A pair must share at least one token (see meetsThreshold), hence the max with 1.
  const prefixOf = (size: number) => size - Math.max(1, Math.ceil(t * size)) + 1;
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => sizeOf(i) > 0)
    .sort((a, b) => sizeOf(a) - sizeOf(b) || a - b);

  // Posting lists as one typed array: token r's list is postings[start[r] … fill[r]).
  const start = new Uint32Array(vocabulary + 1);
  for (const i of order) {
    for (let p = 0; p < prefixOf(sizeOf(i)); p++) start[ranked[offsets[i] + p] + 1]++;
  }
  for (let r = 0; r < vocabulary; r++) start[r + 1] += start[r];
  const postings = new Uint32Array(start[vocabulary]);
  const fill = start.slice(0, vocabulary);
  const live = start.slice(0, vocabulary); // first entry not yet too small

  const stamp = new Int32Array(n).fill(-1);
  const candidates: number[] = [];
  const pairs = emptyPairs();
  for (const x of order) {
    const size = sizeOf(x);
    const prefix = prefixOf(size);
    candidates.length = 0;
    for (let p = 0; p < prefix; p++) {
      const r = ranked[offsets[x] + p];
      while (live[r] < fill[r] && sizeOf(postings[live[r]]) < t * size) live[r]++;
      for (let q = live[r]; q < fill[r]; q++) {
        const y = postings[q];
        if (stamp[y] !== x) {
          stamp[y] = x;
          candidates.push(y);
        }
      }
    }
    for (const y of candidates) {
      const similarity = jaccardOf(sets, x, y);
      if (meetsThreshold(similarity, threshold)) addPair(pairs, x, y, similarity);
    }
    for (let p = 0; p < prefix; p++) postings[fill[ranked[offsets[x] + p]]++] = x;
  }
  return pairs;
}
