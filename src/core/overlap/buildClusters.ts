import type { OverlapCluster } from '../types';
import type { OverlapItem } from './overlapItems';
import type { PairList } from './pairList';
import { UnionFind } from './unionFind';

/**
 * Clusters of two or more items from the similar pairs (union–find), each with the pairs
 * that joined it so a user can see why its members belong together. Members and pairs are
 * in file order; clusters are sorted by size, largest first, then by their first member.
 */
export function buildClusters(items: readonly OverlapItem[], pairs: PairList): OverlapCluster[] {
  const sets = new UnionFind(items.length);
  for (let k = 0; k < pairs.a.length; k++) sets.union(pairs.a[k], pairs.b[k]);

  // Most items join nothing: count first, so only clusters get a member list.
  const roots = new Int32Array(items.length);
  const sizes = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) sizes[(roots[i] = sets.find(i))]++;
  const membersOf = new Map<number, number[]>();
  for (let i = 0; i < items.length; i++) {
    if (sizes[roots[i]] < 2) continue;
    const members = membersOf.get(roots[i]);
    if (members) members.push(i);
    else membersOf.set(roots[i], [i]);
  }
  const pairsOf = new Map<number, number[]>();
  for (let k = 0; k < pairs.a.length; k++) {
    const root = roots[pairs.a[k]];
    const list = pairsOf.get(root);
    if (list) list.push(k);
    else pairsOf.set(root, [k]);
  }

  const groups = [...membersOf.entries()];
  // Members were collected in index order, so members[0] is the first in the file.
  groups.sort(([, a], [, b]) => b.length - a.length || a[0] - b[0]);
  return groups.map(([root, members]) => {
    const ks = (pairsOf.get(root) ?? []).sort(
      (x, y) => pairs.a[x] - pairs.a[y] || pairs.b[x] - pairs.b[y],
    );
    const departments: string[] = [];
    for (const i of members) {
      const d = items[i].department?.trim();
      if (d && !departments.includes(d)) departments.push(d);
    }
    return {
      members: members.map((i) => items[i].id),
      departments,
      // 多头考核: the same thing assessed for two or more departments (DESIGN.md "Overlap").
      crossDepartment: departments.length >= 2,
      maxSimilarity: ks.reduce((max, k) => Math.max(max, pairs.similarity[k]), 0),
      pairs: ks.map((k) => ({
        a: items[pairs.a[k]].id,
        b: items[pairs.b[k]].id,
        similarity: pairs.similarity[k],
      })),
    };
  });
}
