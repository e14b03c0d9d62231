/** A scheme being simulated: the copy, its node index, and the record of the current step. */
import type { IndicatorNode, Scheme } from '../types';
import type { PointsPolicy, StepRecord } from './steps';

/** Points are rounded so scaled values stay readable (0.3333333 → 0.3333). */
export const round = (x: number): number => Math.round(x * 10000) / 10000;

/** The working copy of a scheme under one step; every change lands in `record`. */
export class Draft {
  readonly byId: Map<string, IndicatorNode>;
  constructor(
    readonly scheme: Scheme,
    readonly policy: PointsPolicy,
    readonly record: StepRecord,
  ) {
    this.byId = new Map(scheme.nodes.map((n) => [n.id, n]));
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
   */
  remove(id: string, redistribute = true): void {
    const node = this.byId.get(id);
    if (!node) return;
    const gone = new Set<string>();
    const walk = (n: IndicatorNode) => {
      gone.add(n.id);
      n.children.forEach((c) => this.byId.get(c) && walk(this.byId.get(c)!));
    };
    walk(node);
    const parent = node.parent === null ? undefined : this.byId.get(node.parent);
    this.scheme.nodes = this.scheme.nodes.filter((n) => !gone.has(n.id));
    gone.forEach((g) => this.byId.delete(g));
    this.record.removed.push(...gone);
    if (!parent) return;
    parent.children = parent.children.filter((c) => c !== id);
    if (parent.children.length === 0) {
      this.remove(parent.id, redistribute);
      return;
    }
    if (redistribute && this.policy === 'keep-parent-totals' && node.points) {
      const siblings = parent.children.map((c) => this.byId.get(c)!);
      const sum = siblings.reduce((s, n) => s + (n.points ?? 0), 0);
      if (sum > 0) {
        for (const s of siblings) {
          if (s.points) this.setPoints(s, round((s.points * (sum + node.points)) / sum));
        }
      }
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
