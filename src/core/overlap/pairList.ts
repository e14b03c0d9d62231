/**
 * Similar pairs as parallel columns (cheaper than one object per pair while joining):
 * pair k joins items a[k] < b[k] with Jaccard similarity similarity[k].
 */
export interface PairList {
  a: number[];
  b: number[];
  similarity: number[];
}

/** An empty pair list. */
export function emptyPairs(): PairList {
  return { a: [], b: [], similarity: [] };
}

/** Appends a pair, smaller index first. */
export function addPair(pairs: PairList, i: number, j: number, similarity: number): void {
  pairs.a.push(Math.min(i, j));
  pairs.b.push(Math.max(i, j));
  pairs.similarity.push(similarity);
}
