import { jaccard, nameBigrams } from './nameSimilarity';

/**
 * The names, in order, without any that is `limit` or more similar (bigram Jaccard) to a
 * name kept before it. A vocabulary combined by pattern holds near-twins (家庭医生签约率 and
 * 家庭医生签约达标率); a synthetic scheme must not present them as unplanned overlaps.
 */
export function keepDistinct(names: readonly string[], limit: number): string[] {
  const kept: string[] = [];
  const keptSets: Set<string>[] = [];
  // Only names sharing a bigram can be similar: look them up instead of comparing all pairs.
  const byGram = new Map<string, number[]>();
  for (const name of names) {
    const grams = nameBigrams(name);
    const seen = new Set<number>();
    let clash = false;
    for (const g of grams) {
      for (const k of byGram.get(g) ?? []) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (jaccard(grams, keptSets[k]) >= limit) clash = true;
      }
      if (clash) break;
    }
    if (clash) continue;
    const k = kept.length;
    kept.push(name);
    keptSets.push(grams);
    for (const g of grams) {
      const list = byGram.get(g);
      if (list) list.push(k);
      else byGram.set(g, [k]);
    }
  }
  return kept;
}
