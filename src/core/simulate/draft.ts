/** A scheme being simulated: the copy, its node index, and the record of the current step. */
import type { IndicatorNode, Scheme } from '../types';
import type { PointsPolicy, StepRecord } from './steps';

/** Points are rounded so scaled values stay readable (0.3333333 → 0.3333). */
export const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Nodes by id; built by a loop, without an [id, node] pair per node. */
export function indexById(nodes: readonly IndicatorNode[]): Map<string, IndicatorNode> {
  const byId = new Map<string, IndicatorNode>();
  for (const n of nodes) byId.set(n.id, n);
  return byId;
}

/** `ids` without `id` (every occurrence); the same array when `id` is not in it. */
function withoutId(ids: string[], id: string): string[] {
  const at = ids.indexOf(id);
  if (at < 0) return ids;
  // A parent names each child once, so one splice suffices; a repeated id is filtered out.
  if (ids.indexOf(id, at + 1) >= 0) return ids.filter((c) => c !== id);
  ids.splice(at, 1);
  return ids;
}

/**
 * The working copy of a scheme under one step; every change lands in `record`.
 * Removed nodes leave `byId` at once but `scheme.nodes` only when someone reads the list
 * (nodes(), flush()): filtering 100,000 nodes once per removed item made dropping thousands
 * of items quadratic. `byId` is the truth: a node in the list but not in `byId` is gone.
 */
export class Draft {
  readonly byId: Map<string, IndicatorNode>;
  /** Nodes removed from byId that scheme.nodes still holds (a set of objects filters the
   * list about twice as fast as looking every node up in byId). */
  private readonly removed = new Set<IndicatorNode>();
  /**
   * @param byId The scheme's nodes by id, when the caller holds it (simulate keeps one index
   *   across its steps instead of building one per step); built from `scheme` otherwise.
   */
  constructor(
    readonly scheme: Scheme,
    readonly policy: PointsPolicy,
    readonly record: StepRecord,
    byId?: Map<string, IndicatorNode>,
  ) {
    this.byId = byId ?? indexById(scheme.nodes);
  }

  /** The nodes still in the scheme, in file order (compacts scheme.nodes first). */
  nodes(): IndicatorNode[] {
    this.flush();
    return this.scheme.nodes;
  }

  /** Drops removed nodes from scheme.nodes, keeping file order. */
  flush(): void {
    if (this.removed.size === 0) return;
    this.scheme.nodes = this.scheme.nodes.filter((n) => !this.removed.has(n));
    this.removed.clear();
  }

  /** Takes one node out of the scheme as it is (no subtree, no parent bookkeeping). */
  forget(id: string): void {
    const node = this.byId.get(id);
    if (node === undefined) return;
    this.byId.delete(id);
    this.removed.add(node);
  }

  /** Sets (or clears) a node's points, recording before and after. */
  setPoints(node: IndicatorNode, points: number | undefined): void {
    if (node.points === points) return;
    this.record.points.push({ id: node.id, before: node.points ?? null, after: points ?? null });
    if (points === undefined) delete node.points;
    else node.points = points;
  }

  /**
   * Removes a node and its subtree. A branch left without children goes too: an empty
   * major item is not an indicator. With 'keep-parent-totals' (and `redistribute`), the
   * removed points go to the remaining siblings in proportion to their points.
   * `policy` overrides the draft's own for this removal (fold-process keeps totals always).
   */
  remove(id: string, redistribute = true, policy: PointsPolicy = this.policy): void {
    const node = this.byId.get(id);
    if (!node) return;
    const parent = node.parent === null ? undefined : this.byId.get(node.parent);
    // Most removals are of one leaf: no set and no walk for those (issue 5: tens of
    // thousands of removals in one step on 100,000 leaves).
    if (node.children.length === 0) {
      this.forget(id);
      this.record.removed.push(id);
    } else {
      this.removeSubtree(node);
    }
    if (!parent) return;
    parent.children = withoutId(parent.children, id);
    if (parent.children.length === 0) {
      this.remove(parent.id, redistribute, policy);
      return;
    }
    if (redistribute && policy === 'keep-parent-totals' && node.points) {
      const siblings = parent.children.map((c) => this.byId.get(c)!);
      const sum = siblings.reduce((s, n) => s + (n.points ?? 0), 0);
      if (sum > 0) {
        for (const s of siblings) {
          if (s.points) this.setPoints(s, round((s.points * (sum + node.points)) / sum));
        }
      }
    }
  }

  /** Takes a node and its subtree out, recording each id once, the node first (pre-order). */
  private removeSubtree(node: IndicatorNode): void {
    const gone = new Set<string>();
    const walk = (n: IndicatorNode) => {
      gone.add(n.id);
      n.children.forEach((c) => this.byId.get(c) && walk(this.byId.get(c)!));
    };
    walk(node);
    for (const g of gone) {
      this.forget(g);
      // One push per id: spreading a whole removed major item overflows the call stack.
      this.record.removed.push(g);
    }
  }

  /** True when `id` is `node` itself or one of its ancestors. */
  isSelfOrAncestor(id: string, node: IndicatorNode): boolean {
    let cur: IndicatorNode | undefined = node;
    // Bounded by the node count: a malformed tree cannot loop forever.
    for (let guard = 0; cur && guard <= this.scheme.nodes.length; guard++) {
      if (cur.id === id) return true;
      cur = cur.parent === null ? undefined : this.byId.get(cur.parent);
    }
    return false;
  }
}
