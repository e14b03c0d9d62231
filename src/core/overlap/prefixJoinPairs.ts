import { meetsThreshold } from './jaccard';
import { addPair, emptyPairs, type PairList } from './pairList';
import { bitCount, rankedBySize, signatureBit } from './rankedSets';
import type { TokenSets } from './tokenSets';

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
 * Only a pair's first meeting in the prefixes matters, as the filters below need no more:
 * - size: J ≤ |y| / |x|, so a set smaller than t·|x| is too small for x and for every later,
 *   larger x, and leaves the posting lists for good;
 * - position: the first token x and y share, at position i of x and j of y, leaves at most
 *   1 + min(|x| − i − 1, |y| − j − 1) tokens to share; below α the pair is dropped, and a
 *   later meeting cannot do better. At position i only sets y with α(x, y) ≤ |x| − i can
 *   pass, and posting lists are in increasing size, so a list is read only up to there;
 * - signature: |x ∩ y| ≤ |x| − (bits of x's signature not in y's), see signatureBit;
 * - only what survives these is verified with the exact intersection.
 * At 100,000 generated leaves: 29 million list entries read, 1.8 million candidates left by
 * the filters, 17,104 pairs. (An earlier version counted meetings in prefixes one token
 * longer, PPJoin's ℓ = 2 (Wang, Li, Feng, SIGMOD 2012), and read 89 million entries; the
 * signature, read with the first meeting, leaves 1.8 million candidates where requiring a
 * second meeting left 2.6 million.)
 */
export function prefixJoinPairs(sets: TokenSets, threshold: number): PairList {
  const { vocabulary } = sets;
  // Slack so that a pair exactly at the threshold passes every filter (see meetsThreshold).
  const t = Math.max(threshold - 1e-9, 0);
  const overlapShare = t / (1 + t);
  // Sets are renumbered in the order they are visited (increasing size): a posting list then
  // holds ascending numbers, and the per-set arrays below are read in ascending order along
  // each list rather than scattered.
  const { order, offsets, ranked } = rankedBySize(sets);
  const n = order.length;
  const sizes = new Int32Array(n);
  for (let o = 0; o < n; o++) sizes[o] = offsets[o + 1] - offsets[o];
  // α(x, y): tokens sets of these sizes must share to reach the threshold.
  const needed = (sizeX: number, sizeY: number) => Math.ceil(overlapShare * (sizeX + sizeY));
  // A pair must share at least one token (see meetsThreshold), hence the max with 1.
  const probeLength = (size: number) => size - Math.max(1, Math.ceil(t * size)) + 1;
  const indexLength = (size: number) => size - Math.max(1, Math.ceil(2 * overlapShare * size)) + 1;

  // Posting lists in typed arrays: token r's list is entries start[r] … fill[r), each a set,
  // its size and how many of its tokens follow r (read along the list, not looked up by
  // set: such lookups miss the cache).
  const start = new Uint32Array(vocabulary + 1);
  for (let o = 0; o < n; o++) {
    for (let p = 0; p < indexLength(sizes[o]); p++) start[ranked[offsets[o] + p] + 1]++;
  }
  for (let r = 0; r < vocabulary; r++) start[r + 1] += start[r];
  const postedSet = new Uint32Array(start[vocabulary]);
  const postedSize = new Uint32Array(start[vocabulary]);
  const postedRest = new Uint32Array(start[vocabulary]);
  const fill = start.slice(0, vocabulary);
  const live = start.slice(0, vocabulary); // first entry not yet too small

  // For each set y, side by side as they are read together: met[4y] === x when x has met
  // y already; met[4y + 1], met[4y + 2] the 64 bits of y's signature (see signatureBit);
  // met[4y + 3] |y|. (The signature in an array of its own missed the cache on most reads.)
  const met = new Int32Array(4 * n);
  for (let o = 0; o < n; o++) {
    met[4 * o] = -1;
    met[4 * o + 3] = sizes[o];
    for (let p = offsets[o]; p < offsets[o + 1]; p++) {
      const bit = signatureBit(ranked[p]);
      met[4 * o + 1 + (bit >>> 5)] |= 1 << (bit & 31);
    }
  }
  // The sets x has met that passed the filters, in order.
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
    const lowX = met[4 * x + 1];
    const highX = met[4 * x + 2];
    let found = 0;
    const probe = probeLength(sizeX);
    // Largest |y| whose first meeting at position i can pass the position filter:
    // 1 + min(restX, restY) ≥ α(x, y) needs α(x, y) ≤ |x| − i. It only falls as i grows.
    let newMax = sizeX;
    for (let i = 0; i < probe; i++) {
      const r = ranked[xStart + i];
      let q = live[r];
      const end = fill[r];
      while (q < end && postedSize[q] < minSize) q++;
      live[r] = q;
      const restX = sizeX - i - 1;
      while (newMax > 0 && alpha[newMax] > restX + 1) newMax--;
      for (; q < end; q++) {
        const sizeY = postedSize[q];
        if (sizeY > newMax) break;
        const y = postedSet[q];
        if (met[4 * y] === x) continue;
        met[4 * y] = x;
        const restY = postedRest[q];
        if (1 + (restX < restY ? restX : restY) < alpha[sizeY]) continue;
        // Each bit x has and y lacks is a token of x that y lacks; α − 1 as in verification.
        const lacking = bitCount(lowX & ~met[4 * y + 1]) + bitCount(highX & ~met[4 * y + 2]);
        if (sizeX - lacking >= alpha[sizeY] - 1) candidates[found++] = y;
      }
    }
    // Verification: |x ∩ y| by looking each token of y up among x's, marked here (a merge
    // of the two runs cost twice as much: its branches cannot be predicted). A count that
    // can no longer reach α − 1 stops early; α − 1, not α, so that rounding in α can never
    // drop a pair meetsThreshold would keep.
    if (found > 0) for (let p = xStart; p < xStart + sizeX; p++) mark[ranked[p]] = x;
    for (let c = 0; c < found; c++) {
      const y = candidates[c];
      const sizeY = met[4 * y + 3];
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
      postedSize[fill[r]] = sizeX;
      postedRest[fill[r]++] = sizeX - p - 1;
    }
  }
  return pairs;
}
