/**
 * A quick bigram-Jaccard similarity of two indicator names, used only to check generated
 * data (a planted near-duplicate must be found; unrelated items must not be). It follows
 * the overlap measure of DESIGN.md — numbers, punctuation, point suffixes and scoring
 * boilerplate removed, then character bigrams, then Jaccard — but the product's measure
 * is src/core/overlap; this is a stand-in so the generator does not depend on it.
 */

/** Text with point suffixes (（2分）), 扣X分/得X分 boilerplate, numbers and punctuation removed. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[（(]\s*[\d.]+\s*分\s*[）)]/g, '')
    .replace(/[扣得加减]\s*[\d.]+\s*分/g, '')
    .replace(/[\d.]+/g, '')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

/** Character bigrams of the normalised text; a one-character text is its own token. */
export function nameBigrams(text: string): Set<string> {
  const chars = Array.from(normalizeName(text));
  if (chars.length === 1) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Bigram Jaccard of two names after normalisation. */
export function nameSimilarity(a: string, b: string): number {
  return jaccard(nameBigrams(a), nameBigrams(b));
}
