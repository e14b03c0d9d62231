import type { IndicatorNode, Scheme } from './types';

/** Nodes by id. */
export function nodeIndex(scheme: Scheme): Map<string, IndicatorNode> {
  return new Map(scheme.nodes.map((n) => [n.id, n]));
}

/** Leaves (nodes without children), in file order. */
export function leavesOf(scheme: Scheme): IndicatorNode[] {
  return scheme.nodes.filter((n) => n.children.length === 0);
}

/** Names from the major item down to the node itself. */
export function pathOf(node: IndicatorNode, index: Map<string, IndicatorNode>): string[] {
  const path: string[] = [];
  let cur: IndicatorNode | undefined = node;
  // The guard bounds the walk even if a caller hands us a malformed tree.
  for (let guard = 0; cur && guard < 1000; guard++) {
    path.push(cur.name);
    cur = cur.parent === null ? undefined : index.get(cur.parent);
  }
  return path.reverse();
}

/** The node's ancestors' ids, nearest first. */
export function ancestorsOf(node: IndicatorNode, index: Map<string, IndicatorNode>): string[] {
  const ids: string[] = [];
  let cur = node.parent === null ? undefined : index.get(node.parent);
  for (let guard = 0; cur && guard < 1000; guard++) {
    ids.push(cur.id);
    cur = cur.parent === null ? undefined : index.get(cur.parent);
  }
  return ids;
}

/** The department of a node, inherited from the nearest ancestor that names one. */
export function departmentOf(
  node: IndicatorNode,
  index: Map<string, IndicatorNode>,
): string | undefined {
  let cur: IndicatorNode | undefined = node;
  for (let guard = 0; cur && guard < 1000; guard++) {
    if (cur.department) return cur.department;
    cur = cur.parent === null ? undefined : index.get(cur.parent);
  }
  return undefined;
}
