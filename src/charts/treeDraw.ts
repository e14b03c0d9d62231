import { color, linkHorizontal, type HierarchyPointNode, type Selection } from 'd3';
import { GREY } from './colors';
import type { Point } from './cull';
import type { Emphasis } from './highlight';
import { ROOT_ID } from './hierarchy';
import { DIM_OPACITY, SELECTED_STROKE, TEXT_COLOR } from './style';
import { fitText } from './textFit';
import type { ChartNode } from './types';

/** Vertical distance between rows and horizontal distance between levels, in px. */
export const ROW = 22;
export const COL = 220;
export const NODE_FONT = 12;
/** Longest label of a leaf (the last column has room to the right), in px. */
export const LEAF_LABEL_MAX = 380;

/** A laid-out node of the tree: x is the row (vertical), y the level (horizontal). */
export type TreePointNode = HierarchyPointNode<ChartNode>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NodeSel = Selection<SVGGElement, TreePointNode, any, any>;

/** What styling a tree node needs besides its place. */
export interface TreeStyle {
  fills: ReadonlyMap<string, string>;
  emph: (id: string) => Emphasis;
  selected: string | null;
  expanded: ReadonlySet<string>;
  isBranch: (id: string) => boolean;
}

/** Where a node is drawn: the tree grows to the right, so the layout's x is the screen's y. */
export const placeOf = (d: { x: number; y: number }): Point => ({ x: d.y, y: d.x });

/** SVG path of the curved link between two points. */
export const linkPath = (() => {
  const gen = linkHorizontal<{ source: Point; target: Point }, Point>()
    .x((p) => p.x)
    .y((p) => p.y);
  return (a: Point, b: Point): string => gen({ source: a, target: b }) ?? '';
})();

/** A node's label: a branch is shortened to fit before the next level, a leaf gets more room. */
export function nodeLabel(d: ChartNode, isBranch: boolean): string {
  return (
    fitText(d.name, isBranch ? COL - 24 : LEAF_LABEL_MAX, NODE_FONT) ?? d.name.slice(0, 1) + '…'
  );
}

/** Adds the circle and the haloed label to new node groups. */
export function appendNodeShapes(sel: NodeSel): void {
  sel.append('circle').attr('cursor', 'pointer');
  sel
    .append('text')
    .attr('x', 9)
    .attr('dy', '0.32em')
    .attr('font-size', NODE_FONT)
    .attr('cursor', 'pointer')
    // The white halo keeps labels readable over links (paint-order: stroke under fill).
    .attr('paint-order', 'stroke')
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 3)
    .attr('stroke-linejoin', 'round');
}

/**
 * Colours, sizes, dimming and ARIA state of node groups. An open branch is a ring in its
 * colour, a closed branch a filled dot with a dark rim (there is more behind it), a leaf a
 * small dot; the selected node gets a black outline, highlighted ones a larger dot.
 */
export function styleNodes(sel: NodeSel, s: TreeStyle): void {
  sel.each((d, i, groups) => {
    const g = groups[i];
    const id = d.data.id;
    const e = s.emph(id);
    const branch = s.isBranch(id);
    const open = s.expanded.has(id);
    const fill = s.fills.get(id) ?? GREY;
    const rim = color(fill)?.darker(0.8).formatHex() ?? '#555555';
    const selected = id === s.selected;
    // Text dims harder than filled arcs do, so the tree dims a little less than the sunburst.
    g.setAttribute('opacity', e === 'dim' ? String(DIM_OPACITY + 0.1) : '1');
    if (branch) g.setAttribute('aria-expanded', String(open));
    else g.removeAttribute('aria-expanded');
    g.setAttribute('aria-label', d.data.ariaLabel || d.data.name);
    const circle = g.querySelector('circle');
    const text = g.querySelector('text');
    if (circle) {
      const r = (branch ? 5.5 : 4) + (e === 'hit' ? 2 : 0) + (selected ? 1 : 0);
      circle.setAttribute('r', String(r));
      circle.setAttribute('fill', branch && open ? '#ffffff' : fill);
      circle.setAttribute('stroke', selected ? SELECTED_STROKE : branch && open ? fill : rim);
      circle.setAttribute('stroke-width', selected ? '3' : branch ? '2' : '1');
    }
    if (text) {
      text.textContent = nodeLabel(d.data, branch);
      text.setAttribute('fill', TEXT_COLOR);
      text.setAttribute(
        'font-weight',
        e === 'hit' || selected ? '700' : id === ROOT_ID ? '600' : '400',
      );
      text.setAttribute('text-decoration', selected ? 'underline' : 'none');
    }
  });
}
