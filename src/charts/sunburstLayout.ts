import { hierarchy, partition, type HierarchyRectangularNode } from 'd3';
import { aggregateSmallArcs } from './aggregateArcs';
import type { TreeIndex } from './hierarchy';
import type { ChartNode } from './types';

/** A node of the partitioned tree: x in radians over the full circle, y in rings (= depth). */
export type SunNode = HierarchyRectangularNode<ChartNode>;

/** Where an arc is drawn: angles in radians, y in rings from the centre (0–1 = the centre). */
export interface Arc {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** What the sunburst draws: a node's arc, or one "+N" mark for a parent's small children. */
export type SunItem =
  | { type: 'node'; key: string; node: SunNode }
  | { type: 'more'; key: string; parent: SunNode; members: SunNode[]; leaves: number };

const TAU = 2 * Math.PI;
/** Key prefix of "+N" marks; NUL cannot occur in ids read from a CSV file. */
export const MORE_PREFIX = '\u0000more:';
/** charts.md: arcs under ~0.5° or ~2 px are too small to see and are aggregated. */
export const MIN_DEGREES = 0.5;
export const MIN_PIXELS = 2;

/**
 * Partitions the tree for a sunburst. Leaves count 1 (the chart shows item counts), and
 * siblings are sorted largest first, as in d3's zoomable sunburst: small arcs then sit
 * together at the end of their parent, where one "+N" mark can stand for them.
 */
export function partitionTree(index: TreeIndex): SunNode {
  const h = hierarchy(index.root, (d) => index.children.get(d.id));
  h.count();
  // Array.prototype.sort is stable, so equal sizes keep file order.
  h.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  return partition<ChartNode>().size([TAU, h.height + 1])(h);
}

/** The arc of node d when the chart is zoomed into focus (focus fills the centre). */
export function focusArc(d: SunNode, focus: SunNode): Arc {
  const w = focus.x1 - focus.x0;
  const t = (x: number) => Math.max(0, Math.min(1, (x - focus.x0) / w)) * TAU;
  return {
    x0: t(d.x0),
    x1: t(d.x1),
    y0: Math.max(0, d.y0 - focus.depth),
    y1: Math.max(0, d.y1 - focus.depth),
  };
}

/** The arc of a drawn item at a given focus; a mark spans the arcs it replaces. */
export function itemArc(item: SunItem, focus: SunNode): Arc {
  if (item.type === 'node') return focusArc(item.node, focus);
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const m of item.members) {
    const a = focusArc(m, focus);
    x0 = Math.min(x0, a.x0);
    x1 = Math.max(x1, a.x1);
  }
  const ring = focusArc(item.members[0], focus);
  return { x0, x1, y0: ring.y0, y1: ring.y1 };
}

/**
 * Smallest angle worth drawing in a ring (1 = innermost): 0.5°, or 2 px at the ring's
 * inner radius when that is wider.
 */
export function minVisibleAngle(ring: number, ringRadius: number): number {
  return Math.max((MIN_DEGREES * Math.PI) / 180, MIN_PIXELS / Math.max(1, ring * ringRadius));
}

/**
 * The items to draw around focus in `rings` rings: every arc at least minAngle(ring) wide,
 * and per parent one mark for the smaller ones (whose subtrees are not drawn either).
 */
export function visibleItems(
  focus: SunNode,
  rings: number,
  minAngle: (ring: number) => number,
): SunItem[] {
  const out: SunItem[] = [];
  const visit = (p: SunNode, ring: number): void => {
    if (ring >= rings || !p.children) return;
    const spans = p.children.map((node) => {
      const a = focusArc(node, focus);
      return { x0: a.x0, x1: a.x1, leaves: node.value ?? 0, node };
    });
    const { shown, hidden, more } = aggregateSmallArcs(spans, minAngle(ring + 1));
    for (const s of shown) {
      out.push({ type: 'node', key: s.node.data.id, node: s.node });
      visit(s.node, ring + 1);
    }
    if (more) {
      const members = hidden.map((h) => h.node);
      out.push({
        type: 'more',
        key: MORE_PREFIX + p.data.id,
        parent: p,
        members,
        leaves: more.leaves,
      });
    }
  };
  visit(focus, 0);
  return out;
}
