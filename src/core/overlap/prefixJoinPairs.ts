import { meetsThreshold } from './jaccard';
import { addPair, emptyPairs, type PairList } from './pairList';
import type { TokenSets } from './tokenSets';

/** ℓ: how many tokens a candidate must share in the (longer) prefixes. */
const PREFIX_EXTRA = 2;

/**
 * Every pair with Jaccard ≥ threshold, by an exact prefix-filtered join: PPJoin (Xiao, Wang,
 * Lin, Yu, "Efficient similarity joins for near duplicate detection", WWW 2008), built on
 * AllPairs (Bayardo, Ma, Srikant, WWW 2007). findOverlap's method 'prefix'; exact by
 * construction, and tested against all pairs.
 *
 * Why it is exact. With every set's tokens sorted in one global order (rarest first, so
 * posting lists stay short), two sets that share at least α tokens share one among the first
 * |x| − α + 1 tokens of each (the prefix filter). J(x, y) ≥ t implies |x ∩ y| ≥
 * α(x, y) = ⌈t/(1+t)·(|x| + |y|)⌉, which is at least ⌈t·|x|⌉ for the larger set x and at
 * least ⌈2t/(1+t)·|y|⌉ for the smaller y. Sets are visited in increasing size, so each set
 * probes with the longer prefix (it is the larger one of every pair it probes for) and is
 * indexed with the shorter one (it is the smaller one of every pair found through the index):
 * at t = 0.5 an 11-token set is indexed by its 4 rarest tokens, not 6.
 * Both prefixes are one token longer than the filter needs (the ℓ-prefix scheme of Wang, Li,
 * Feng, "Can we beat the prefix filtering?", SIGMOD 2012, with ℓ = 2): the k-th shared token
 * of a pair sharing α tokens lies within the first |x| − α + k tokens of each set, so a pair
 * that needs α ≥ 2 meets twice in the longer prefixes, and a set met only once is dropped.
 * On generated schemes most candidates share one topic word's bigram and nothing more: at
 * 100,000 leaves this verifies 2.6 million candidates instead of 24 million.
 * Then filters drop candidates without looking at their tokens:
 * - size: J ≤ |y| / |x|, so a set smaller than t·|x| is too small for x and for every later,
 *   larger x, and leaves the posting lists for good;
 * - position: when the token at position i of x meets y at position j, the pair can share at
 *   most (shared so far) + 1 + min(|x| − i − 1, |y| − j − 1) tokens; below α it is dropped;
 * - a pair's first meeting must pass the position filter, which at position i of x only a
 *   set y with α(x, y) ≤ |x| − i can; posting lists are in increasing size and α grows with
 *   |y|, so past the last such entry a list can only meet sets x has already met. Where that
 *   tail is long against the sets x has met, x looks the token up in their index prefixes
 *   instead of reading it. On generated schemes this rarely pays (100,000 leaves: 47 million
 *   entries read before the split, 42 million after it, 2.6 million skipped): the speed of
 *   this join comes from its memory layout (see rankedBySize) and cheap verification;
 * - only what survives these is verified with the exact intersection.
 */
export function prefixJoinPairs(sets: TokenSets, threshold: number): PairList {
  const { vocabulary } = sets;
  // Slack so that a pair exactly at the threshold passes every filter (see meetsThreshold).
  const t = Math.max(threshold - 1e-9, 0);
  const overlapShare = t / (1 + t);
  // Sets are renumbered in the order they are visited (increasing size): a posting list then
  // holds ascending numbers, and the per-set arrays below are read in ascending order along
  // each list rather than scattered — at 100,000 leaves these reads are most of the time.
  const { order, offsets, ranked } = rankedBySize(sets);
  const n = order.length;
  const sizes = new Int32Array(n);
  for (let o = 0; o < n; o++) sizes[o] = offsets[o + 1] - offsets[o];
  // α(x, y): tokens sets of these sizes must share to reach the threshold.
  const needed = (sizeX: number, sizeY: number) => Math.ceil(overlapShare * (sizeX + sizeY));
  // A pair must share at least one token (see meetsThreshold), hence the max with 1.
  const probeLength = (size: number) =>
    Math.min(size, size - Math.max(1, Math.ceil(t * size)) + PREFIX_EXTRA);
  const indexLength = (size: number) =>
    Math.min(size, size - Math.max(1, Math.ceil(2 * overlapShare * size)) + PREFIX_EXTRA);

  // Posting lists in one pair of typed arrays: token r's list is entries start[r] … fill[r),
  // each a set and the position of r in it.
  const start = new Uint32Array(vocabulary + 1);
  for (let o = 0; o < n; o++) {
    for (let p = 0; p < indexLength(sizes[o]); p++) start[ranked[offsets[o] + p] + 1]++;
  }
  for (let r = 0; r < vocabulary; r++) start[r + 1] += start[r];
  const postedSet = new Uint32Array(start[vocabulary]);
  const postedAt = new Uint32Array(start[vocabulary]);
  const fill = start.slice(0, vocabulary);
  const live = start.slice(0, vocabulary); // first entry not yet too small

  // state[2y] === x marks y as met by x; then state[2y + 1] is the tokens they share so far,
  // or −1 once a filter has ruled y out for x (side by side: one cache line for both).
  // candidates: the sets x has met whose first meeting passed the position filter, in order.
  const state = new Int32Array(2 * n).fill(-1);
  const candidates = new Int32Array(n);
  // mark[r] === x: token r is one of x's (for verification).
  const mark = new Int32Array(vocabulary).fill(-1);
  const pairs = emptyPairs();
  // alpha[|y|] = α(x, y) for the current |x|: a table, as it is read for every entry.
  const alpha = new Int32Array(n > 0 ? sizes[n - 1] + 1 : 1);
  for (let x = 0; x < n; x++) {
    const sizeX = sizes[x];
    if (x === 0 || sizes[x - 1] !== sizeX) {
      for (let sizeY = 0; sizeY <= sizeX; sizeY++) alpha[sizeY] = needed(sizeX, sizeY);
    }
    const minSize = t * sizeX;
    const xStart = offsets[x];
    let found = 0;
    const probe = probeLength(sizeX);
    // Largest |y| whose first meeting at position i can pass the position filter:
    // 1 + min(restX, restY) ≥ α(x, y) needs α(x, y) ≤ |x| − i. It only falls as i grows.
    let newMax = sizeX;
    for (let i = 0; i < probe; i++) {
      const r = ranked[xStart + i];
      let q = live[r];
      const end = fill[r];
      while (q < end && sizes[postedSet[q]] < minSize) q++;
      live[r] = q;
      if (q === end) continue;
      const restX = sizeX - i - 1;
      while (newMax > 0 && alpha[newMax] > restX + 1) newMax--;
      // Entries [q, split) may be first meetings; [split, end) only sets already met.
      let split = end;
      if (sizes[postedSet[end - 1]] > newMax) {
        let lo = q;
        let hi = end - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (sizes[postedSet[mid]] > newMax) hi = mid;
          else lo = mid + 1;
        }
        split = lo;
      }
      for (; q < split; q++) {
        const y = postedSet[q];
        const sizeY = sizes[y];
        const restY = sizeY - postedAt[q] - 1;
        const bound = 1 + (restX < restY ? restX : restY);
        if (state[2 * y] !== x) {
          state[2 * y] = x;
          if (bound >= alpha[sizeY]) {
            state[2 * y + 1] = 1;
            candidates[found++] = y;
          } else state[2 * y + 1] = -1;
          continue;
        }
        const so = state[2 * y + 1];
        if (so < 0) continue;
        state[2 * y + 1] = so + bound >= alpha[sizeY] ? so + 1 : -1;
      }
      if (split === end) continue;
      // The tail: a set met here for the first time is ruled out (α > |x| − i), and leaving
      // it unmarked rules it out again at every later i. So only sets already met matter:
      // read the tail when it is short, else look r up in each met set's index prefix.
      if (end - split <= 4 * found) {
        for (; q < end; q++) {
          const y = postedSet[q];
          if (state[2 * y] !== x) continue;
          const so = state[2 * y + 1];
          if (so < 0) continue;
          const sizeY = sizes[y];
          const restY = sizeY - postedAt[q] - 1;
          const bound = so + 1 + (restX < restY ? restX : restY);
          state[2 * y + 1] = bound >= alpha[sizeY] ? so + 1 : -1;
        }
        continue;
      }
      for (let c = 0; c < found; c++) {
        const y = candidates[c];
        const so = state[2 * y + 1];
        const sizeY = sizes[y];
        if (so < 0 || sizeY <= newMax) continue; // the head [q, split) counted it already
        const yStart = offsets[y];
        const yEnd = yStart + indexLength(sizeY);
        let p = yStart;
        while (p < yEnd && ranked[p] < r) p++;
        if (p === yEnd || ranked[p] !== r) continue;
        const restY = sizeY - (p - yStart) - 1;
        const bound = so + 1 + (restX < restY ? restX : restY);
        state[2 * y + 1] = bound >= alpha[sizeY] ? so + 1 : -1;
      }
    }
    // Verification: |x ∩ y| by looking each token of y up among x's, marked here (a merge
    // of the two runs cost twice as much: its branches cannot be predicted). A count that
    // can no longer reach α − 1 stops early; α − 1, not α, so that rounding in α can never
    // drop a pair meetsThreshold would keep.
    if (found > 0) for (let p = xStart; p < xStart + sizeX; p++) mark[ranked[p]] = x;
    for (let c = 0; c < found; c++) {
      const y = candidates[c];
      const so = state[2 * y + 1];
      const sizeY = sizes[y];
      if (so < PREFIX_EXTRA && so < Math.max(1, alpha[sizeY])) continue;
      const reach = alpha[sizeY] - 1;
      const yEnd = offsets[y + 1];
      let inter = 0;
      let p = offsets[y];
      for (; p < yEnd && inter + (yEnd - p) >= reach; p++) if (mark[ranked[p]] === x) inter++;
      if (p < yEnd) continue;
      const similarity = inter / (sizeX + sizeY - inter);
      if (meetsThreshold(similarity, threshold)) addPair(pairs, order[x], order[y], similarity);
    }
    const index = indexLength(sizeX);
    for (let p = 0; p < index; p++) {
      const r = ranked[xStart + p];
      postedSet[fill[r]] = x;
      postedAt[fill[r]++] = p;
    }
  }
  return pairs;
}

/**
 * The non-empty sets in the order the join visits them — increasing size, ties in index
 * order — with their tokens renamed by rank of document frequency (rarest first, ties by
 * id) and sorted ascending, the global order of the prefix filter: set number o in this
 * order (original index order[o]) is ranked[offsets[o] … offsets[o + 1]). Counting sorts
 * throughout: frequencies are below the number of sets, sizes are small, sets are short.
 */
function rankedBySize(sets: TokenSets): {
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
