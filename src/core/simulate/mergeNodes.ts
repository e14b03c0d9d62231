/** Merging items into one: shared by the overlap merge and the manual merge step. */
import type { IndicatorNode } from '../types';
import { round, type Draft } from './draft';
import type { MergePoints } from './steps';

/**
 * The merged item's points: the sum or the largest of the items' points, or the first
 * item's own; undefined when the rule gives none (no item has points, or 'first' has none).
 */
export function mergedPoints(
  nodes: readonly IndicatorNode[],
  mode: MergePoints,
): number | undefined {
  if (mode === 'first') return nodes[0]?.points;
  const all = nodes.map((n) => n.points).filter((p): p is number => p !== undefined);
  if (all.length === 0) return undefined;
  return round(mode === 'sum' ? all.reduce((a, b) => a + b, 0) : Math.max(...all));
}

/**
 * Merges `rest` into `keep`: `keep` takes the points the rule gives, the others go with their
 * subtrees. The merged item carries its points, so nothing is redistributed on top, under
 * either policy (the rule is the user's choice of what the merged points are).
 */
export function mergeInto(
  d: Draft,
  keep: IndicatorNode,
  rest: readonly IndicatorNode[],
  mode: MergePoints,
): void {
  const points = mergedPoints([keep, ...rest], mode);
  if (points !== undefined) d.setPoints(keep, points);
  rest.forEach((n) => d.remove(n.id, false));
}

/**
 * The manual merge step (issue 4): the first id present survives, renamed to `name` if given;
 * the others are removed. Ids the scheme lacks are recorded as missing; an id that is the
 * survivor's ancestor is left alone (removing it would remove the survivor), and an id inside
 * a subtree already merged away is gone with it.
 */
export function applyMerge(
  d: Draft,
  ids: readonly string[],
  name: string | undefined,
  mode: MergePoints,
): void {
  const present: IndicatorNode[] = [];
  for (const id of new Set(ids)) {
    const n = d.byId.get(id);
    if (n) present.push(n);
    else d.record.missing.push(id);
  }
  if (present.length === 0) return;
  const [keep, ...others] = present;
  const rest = others.filter((n) => !d.isSelfOrAncestor(n.id, keep));
  // A node below another merged node goes with that node's subtree; counting its points
  // too would count them twice.
  const restIds = new Set(rest.map((n) => n.id));
  const top = rest.filter(
    (n) => !rest.some((m) => m !== n && restIds.has(m.id) && d.isSelfOrAncestor(m.id, n)),
  );
  mergeInto(d, keep, top, mode);
  if (name !== undefined && name !== '' && keep.name !== name) {
    d.record.renamed.push({ id: keep.id, from: keep.name, to: name });
    keep.name = name;
  }
}

/**
 * Moves a node under a new parent; its level and its descendants' levels follow. A move under
 * the node itself or one of its descendants would make a cycle and is not made.
 */
export function applyMove(d: Draft, node: IndicatorNode, target: IndicatorNode): void {
  if (node.parent === target.id || d.isSelfOrAncestor(node.id, target)) return;
  const from = node.parent === null ? undefined : d.byId.get(node.parent);
  if (from) from.children = from.children.filter((c) => c !== node.id);
  target.children.push(node.id);
  d.record.moved.push({ id: node.id, from: node.parent, to: target.id });
  node.parent = target.id;
  const relevel = (n: IndicatorNode, level: number) => {
    n.level = level;
    for (const c of n.children) {
      const child = d.byId.get(c);
      if (child) relevel(child, level + 1);
    }
  };
  relevel(node, target.level + 1);
  // Keep "a parent always before its children" (types.ts): the moved subtree goes right
  // after the target's own subtree, in its order.
  const moved = new Set<string>();
  const mark = (n: IndicatorNode) => {
    moved.add(n.id);
    n.children.forEach((c) => d.byId.get(c) && mark(d.byId.get(c)!));
  };
  mark(node);
  const nodes = d.nodes();
  const block = nodes.filter((n) => moved.has(n.id));
  const others = nodes.filter((n) => !moved.has(n.id));
  let at = others.indexOf(target);
  for (let i = at + 1; i < others.length; i++) {
    if (d.isSelfOrAncestor(target.id, others[i])) at = i;
  }
  others.splice(at + 1, 0, ...block);
  d.scheme.nodes = others;
}
