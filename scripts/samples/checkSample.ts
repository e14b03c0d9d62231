import { nameSimilarity } from '../../src/core/gen/nameSimilarity';
import type { OverlapGroup } from './sampleTypes';

/**
 * Until src/core/overlap exists, the samples are checked with the quick bigram Jaccard of
 * src/core/gen (brief: every intended group ≥ 0.6 pairwise on names; no two other items
 * ≥ 0.45, so the sample has no accidental overlaps).
 */
export const GROUP_MIN_SIMILARITY = 0.6;
export const ACCIDENTAL_MAX_SIMILARITY = 0.45;

/** A named item with the department that assesses it. */
export interface CheckedItem {
  name: string;
  department: string;
}

/** Every pair of items whose names reach `threshold`, most similar first. */
export function similarPairs(items: readonly CheckedItem[], threshold: number) {
  const pairs: { a: string; b: string; similarity: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const similarity = nameSimilarity(items[i].name, items[j].name);
      if (similarity >= threshold) pairs.push({ a: items[i].name, b: items[j].name, similarity });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}

/** Problems with the intended overlap groups and with accidental overlaps, as messages. */
export function checkOverlaps(
  items: readonly CheckedItem[],
  groups: readonly OverlapGroup[],
): string[] {
  const problems: string[] = [];
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => {
    const found = g.names.map((n) => items.filter((it) => it.name === n));
    g.names.forEach((n, i) => {
      if (found[i].length !== 1)
        problems.push(`group ${k}: "${n}" occurs ${found[i].length} times`);
      groupOf.set(n, k);
    });
    const departments = new Set(found.flat().map((it) => it.department));
    if (departments.size !== g.names.length) problems.push(`group ${k}: departments repeat`);
    for (let i = 0; i < g.names.length; i++) {
      for (let j = i + 1; j < g.names.length; j++) {
        const s = nameSimilarity(g.names[i], g.names[j]);
        if (s < GROUP_MIN_SIMILARITY) {
          problems.push(
            `group ${k}: ${s.toFixed(2)} < ${GROUP_MIN_SIMILARITY}: ${g.names[i]} | ${g.names[j]}`,
          );
        }
      }
    }
  });
  for (const p of similarPairs(items, ACCIDENTAL_MAX_SIMILARITY)) {
    const ga = groupOf.get(p.a);
    if (ga === undefined || ga !== groupOf.get(p.b)) {
      problems.push(`accidental ${p.similarity.toFixed(2)}: ${p.a} | ${p.b}`);
    }
  }
  return problems;
}

/** Tenths of a point, summed without floating-point drift. */
export function sumPoints(points: readonly number[]): number {
  return points.reduce((s, p) => s + Math.round(p * 10), 0) / 10;
}
