import type { IndicatorNode, Scheme } from './types';

/** The optional text fields of a node (types.ts), for code that handles each of them alike. */
export const NODE_TEXT_FIELDS = [
  'rule',
  'department',
  'note',
  'kindText',
  'incentiveText',
  'vetoText',
  'code',
] as const satisfies readonly (keyof IndicatorNode)[];

// One index per nodes array (issue 5): classification, overlap and the counts each asked for
// one, and building a 100,000-entry Map cost about 0.2 s every time.
const indexes = new WeakMap<readonly IndicatorNode[], Map<string, IndicatorNode>>();

/** True when `index` still describes `nodes`: same size, first and last node in place. */
function fits(index: Map<string, IndicatorNode>, nodes: readonly IndicatorNode[]): boolean {
  if (index.size !== nodes.length) return false;
  if (nodes.length === 0) return true;
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  return index.get(first.id) === first && index.get(last.id) === last;
}

/**
 * Nodes by id. Built once per `scheme.nodes` array and shared by every caller, so treat it as
 * read-only. A list that grows or shrinks in place gets a new index; code that edits a tree
 * (simulate) replaces the array, and never changes a node's id in place.
 */
export function nodeIndex(scheme: Scheme): Map<string, IndicatorNode> {
  const nodes = scheme.nodes;
  const known = indexes.get(nodes);
  if (known && fits(known, nodes)) return known;
  const index = new Map<string, IndicatorNode>();
  for (const n of nodes) index.set(n.id, n);
  indexes.set(nodes, index);
  return index;
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
