import { jaccardOf, meetsThreshold, sizesCanMeet } from './jaccard';
import { addPair, emptyPairs, type PairList } from './pairList';
import type { TokenSets } from './tokenSets';

/** How the MinHash signature is cut into bands: bands × rows hash values are used. */
export interface LshParameters {
  bands: number;
  rows: number;
}

export interface LshOptions {
  /** Seed of the hash functions; the same seed gives the same pairs. Default 0x5eed. */
  seed?: number;
  /** Hash functions available to the signature. Default 128 (DESIGN.md's measurement). */
  hashes?: number;
  /** Wanted chance that a pair exactly at the threshold becomes a candidate. Default 0.99. */
  target?: number;
}

/**
 * Bands and rows for a threshold. Two sets with Jaccard J share a band with probability
 * 1 − (1 − J^rows)^bands (Leskovec, Rajaraman, Ullman, "Mining of Massive Datasets" §3.4).
 * More rows per band means fewer chance candidates to verify; fewer bands means fewer hash
 * values to compute. So: the most rows for which some number of bands within the hash budget
 * gives a pair exactly at the threshold the target chance, and the fewest such bands.
 * At 0.5 with 128 hashes and target 0.99 that is 35 bands × 3 rows (0.9907); DESIGN.md's
 * 32 × 4 gives only 0.87 at J = 0.5 itself.
 */
export function lshParameters(threshold: number, hashes = 128, target = 0.99): LshParameters {
  for (let rows = 8; rows >= 1; rows--) {
    const atThreshold = threshold ** rows; // chance that one band of a pair at J = t agrees
    if (atThreshold === 0) continue;
    const bands = Math.max(1, Math.ceil(Math.log(1 - target) / Math.log(1 - atThreshold)));
    if (bands * rows <= hashes) return { bands, rows };
  }
  // Thresholds near 0: no budget reaches the target; every hash is a band of its own.
  return { bands: hashes, rows: 1 };
}

/** murmur3's 32-bit finaliser: a bijection that spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small seeded generator, so runs are reproducible (no Math.random). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * Pairs with Jaccard ≥ threshold found by MinHash + LSH (method 'lsh'): sets that agree on
 * all rows of at least one band become candidates, and every candidate is verified with the
 * exact Jaccard, so no pair below the threshold is ever reported. A pair can be missed
 * (recall < 1); bench/overlap.ts measures how often against exactPairs.
 */
export function lshPairs(sets: TokenSets, threshold: number, options: LshOptions = {}): PairList {
  const { count: n, offsets, tokens } = sets;
  const { bands, rows } = lshParameters(threshold, options.hashes, options.target);
  const hashes = bands * rows;
  const random = generator(options.seed ?? 0x5eed);

  // Hash k of token t is (base[t] ^ salt[k]) · mult[k] mod 2³²: base is a well-mixed hash of
  // the token id, so each k orders the tokens like an independent random permutation. All in
  // signed 32-bit integers (min over signed values is as good an order, and V8 keeps them
  // unboxed): this loop is most of the time of the whole join.
  const salt = new Int32Array(hashes);
  const mult = new Int32Array(hashes);
  for (let k = 0; k < hashes; k++) {
    salt[k] = random();
    mult[k] = random() | 1;
  }
  const baseSeed = random();
  const base = new Int32Array(sets.vocabulary);
  for (let t = 0; t < base.length; t++) base[t] = fmix32(t ^ baseSeed);

  // keys[band * n + i]: one 32-bit hash of the rows of set i's signature in that band.
  const keys = new Uint32Array(bands * n);
  const signature = new Int32Array(hashes);
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, offsets[i + 1] - offsets[i]);
  const own = new Int32Array(largest); // base hashes of set i's tokens
  for (let i = 0; i < n; i++) {
    const size = offsets[i + 1] - offsets[i];
    if (size === 0) continue;
    for (let p = 0; p < size; p++) own[p] = base[tokens[offsets[i] + p]];
    // Hash function outermost: its salt and multiplier stay in registers over the tokens.
    for (let k = 0; k < hashes; k++) {
      const s = salt[k];
      const m = mult[k];
      let min = 0x7fffffff;
      for (let p = 0; p < size; p++) {
        const h = Math.imul(own[p] ^ s, m);
        if (h < min) min = h;
      }
      signature[k] = min;
    }
    for (let band = 0; band < bands; band++) {
      let h = band + 1;
      for (let r = band * rows; r < (band + 1) * rows; r++) {
        h = Math.imul(h ^ signature[r], 0x01000193);
      }
      keys[band * n + i] = fmix32(h);
    }
  }

  // Per band, a chained hash table on typed arrays groups sets with equal keys.
  let tableSize = 1;
  while (tableSize < 2 * n) tableSize <<= 1;
  const heads = new Int32Array(tableSize);
  const next = new Int32Array(n);
  const pairs = emptyPairs();
  for (let band = 0; band < bands; band++) {
    heads.fill(-1);
    const row = band * n;
    for (let i = 0; i < n; i++) {
      const sizeI = offsets[i + 1] - offsets[i];
      if (sizeI === 0) continue;
      const key = keys[row + i];
      const slot = key & (tableSize - 1);
      for (let j = heads[slot]; j !== -1; j = next[j]) {
        if (keys[row + j] !== key) continue;
        // A pair is looked at only in the first band where it collides, so each candidate
        // is verified once without a set of seen pairs.
        let seen = false;
        for (let earlier = 0; earlier < band && !seen; earlier++) {
          seen = keys[earlier * n + i] === keys[earlier * n + j];
        }
        if (seen) continue;
        const sizeJ = offsets[j + 1] - offsets[j];
        if (!sizesCanMeet(Math.min(sizeI, sizeJ), Math.max(sizeI, sizeJ), threshold)) continue;
        const similarity = jaccardOf(sets, i, j);
        if (meetsThreshold(similarity, threshold)) addPair(pairs, j, i, similarity);
      }
      next[i] = heads[slot];
      heads[slot] = i;
    }
  }
  return pairs;
}
