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
  const n = items.length;
  const sets = new UnionFind(n);
  for (let k = 0; k < pairs.a.length; k++) sets.union(pairs.a[k], pairs.b[k]);

  // Most items join nothing: count first, so only clusters get a member list.
  const roots = new Int32Array(n);
  const sizes = new Int32Array(n);
  for (let i = 0; i < n; i++) sizes[(roots[i] = sets.find(i))]++;
  // clusterOf[root]: the cluster's number, in order of its first member in the file (typed
  // arrays rather than Maps keyed by root: 100,000 leaves make 14,000 clusters).
  const clusterOf = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (sizes[roots[i]] < 2) continue;
    let c = clusterOf[roots[i]];
    if (c < 0) {
      c = clusterOf[roots[i]] = members.length;
      members.push([]);
    }
    members[c].push(i);
  }
  const pairsOf: number[][] = members.map(() => []);
  for (let k = 0; k < pairs.a.length; k++) pairsOf[clusterOf[roots[pairs.a[k]]]].push(k);

  // Members were collected in index order, so members[c][0] is the first in the file.
  const order = members.map((_, c) => c);
  order.sort((c, d) => members[d].length - members[c].length || members[c][0] - members[d][0]);
  return order.map((c) => {
    const ks = pairsOf[c].sort((x, y) => pairs.a[x] - pairs.a[y] || pairs.b[x] - pairs.b[y]);
    const departments: string[] = [];
    for (const i of members[c]) {
      const d = items[i].department?.trim();
      if (d && !departments.includes(d)) departments.push(d);
    }
    let maxSimilarity = 0;
    for (const k of ks) maxSimilarity = Math.max(maxSimilarity, pairs.similarity[k]);
    return {
      members: members[c].map((i) => items[i].id),
      departments,
      // 多头考核: the same thing assessed for two or more departments (DESIGN.md "Overlap").
      crossDepartment: departments.length >= 2,
      maxSimilarity,
      pairs: ks.map((k) => ({
        a: items[pairs.a[k]].id,
        b: items[pairs.b[k]].id,
        similarity: pairs.similarity[k],
      })),
    };
  });
}
