/**
 * Look-ups the views need over a scheme and its analysis: nodes and classes by id, paths,
 * inherited departments, leaves under each node, the cluster of each leaf. Lookups only —
 * every metric and classification comes from the worker (DESIGN.md: "charts never compute
 * metrics"; issue 3: core logic only in the worker).
 */
import { departmentOf, nodeIndex, pathOf } from '../../core/tree';
import type { Analysis, IndicatorNode, LeafClass, OverlapCluster, Scheme } from '../../core/types';

export interface SchemeView {
  scheme: Scheme;
  analysis: Analysis | null;
  byId: Map<string, IndicatorNode>;
  classOf: Map<string, LeafClass>;
  /** Leaf id → index into analysis.overlap.clusters. */
  clusterOf: Map<string, number>;
  /**
   * Clusters of two or more (indexes into analysis.overlap.clusters), largest first, then
   * most similar: the order every view lists them in.
   */
  clusterOrder: number[];
  /** The number a cluster is shown with (1 = the largest), by its index; 0 if it has none. */
  clusterNumber(index: number): number;
  /** Number of leaves under each node (a leaf counts itself). */
  leafCount: Map<string, number>;
  /** Names from the major item down to the node. */
  path(id: string): string[];
  /** The node's department, inherited from the nearest ancestor that names one. */
  department(id: string): string | undefined;
  cluster(id: string): OverlapCluster | undefined;
  /** True when the user's override decided the leaf's kind or incentive. */
  overridden(id: string): boolean;
}

/** Leaf counts per node list: they depend on the scheme alone. */
const leafCounts = new WeakMap<readonly IndicatorNode[], Map<string, number>>();

/** Number of leaves under each node (a leaf counts itself), once per node list. */
export function leafCountsOf(scheme: Scheme): Map<string, number> {
  const known = leafCounts.get(scheme.nodes);
  if (known) return known;
  const leafCount = new Map<string, number>();
  // Nodes come parents first (types.ts), so walking backwards sees children before parents.
  for (let i = scheme.nodes.length - 1; i >= 0; i--) {
    const n = scheme.nodes[i];
    let below = n.children.length === 0 ? 1 : 0;
    for (const c of n.children) below += leafCount.get(c) ?? 0;
    leafCount.set(n.id, below);
  }
  leafCounts.set(scheme.nodes, leafCount);
  return leafCount;
}

/**
 * Builds what depends on the scheme alone (its node index and leaf counts) ahead of time:
 * the importer calls this while the worker analyses a new scheme, so that the task which
 * draws the analysis when it arrives has less to do (issue 5).
 */
export function prepareView(scheme: Scheme): void {
  nodeIndex(scheme);
  leafCountsOf(scheme);
}

/** Builds the look-ups once per scheme/analysis pair. */
export function buildView(scheme: Scheme, analysis: Analysis | null): SchemeView {
  const byId = nodeIndex(scheme);
  const classOf = new Map<string, LeafClass>();
  // An analysis of another scheme (a reply still on its way) must not colour this one.
  const current = analysis && analysis.schemeId === scheme.id ? analysis : null;
  for (const leaf of current?.leaves ?? []) classOf.set(leaf.id, leaf);
  const clusterOf = new Map<string, number>();
  const clusters = current?.overlap.clusters ?? [];
  clusters.forEach((c, i) => c.members.forEach((m) => clusterOf.set(m, i)));
  const clusterOrder = clusters
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.members.length > 1)
    .sort(
      (a, b) =>
        b.c.members.length - a.c.members.length ||
        b.c.maxSimilarity - a.c.maxSimilarity ||
        a.i - b.i,
    )
    .map(({ i }) => i);
  const numberOf = new Map(clusterOrder.map((i, rank) => [i, rank + 1]));

  const leafCount = leafCountsOf(scheme);

  const paths = new Map<string, string[]>();
  return {
    scheme,
    analysis: current,
    byId,
    classOf,
    clusterOf,
    clusterOrder,
    clusterNumber: (index) => numberOf.get(index) ?? 0,
    leafCount,
    path(id) {
      let p = paths.get(id);
      if (!p) {
        const node = byId.get(id);
        p = node ? pathOf(node, byId) : [];
        paths.set(id, p);
      }
      return p;
    },
    department(id) {
      const node = byId.get(id);
      return node ? departmentOf(node, byId) : undefined;
    },
    cluster(id) {
      const i = clusterOf.get(id);
      return i === undefined ? undefined : current?.overlap.clusters[i];
    },
    overridden(id) {
      const c = classOf.get(id);
      return (
        !!c && (c.kindEvidence.source === 'override' || c.incentiveEvidence.source === 'override')
      );
    },
  };
}
