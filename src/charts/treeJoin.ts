import { interpolate, transition, type Selection } from 'd3';
import { inBox, linkInBox, type Box, type Point } from './cull';
import {
  appendNodeShapes,
  linkPath,
  placeOf,
  styleNodes,
  type NodeSel,
  type TreePointNode,
  type TreeStyle,
} from './treeDraw';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/**
 * How a drawing of the tree moves: 'cull' (panning) only adds and drops elements and leaves
 * running transitions alone; 'move' (branches opened or closed) animates every node from
 * where it was to its new place; 'jump' places everything at once.
 */
export type TreeMode = 'cull' | 'move' | 'jump';

/** Everything one drawing of the tree needs. */
export interface TreeFrame {
  /** Every laid-out node; only those in `box` are drawn. */
  laid: TreePointNode[];
  /** The visible window in layout coordinates, grown for labels. */
  box: Box;
  /** Drawn even outside the window: the node that has the keyboard focus. */
  keep: string | null;
  /** Where the laid-out nodes were before and are now, by id. */
  before: ReadonlyMap<string, Point>;
  place: ReadonlyMap<string, Point>;
  style: TreeStyle;
  mode: TreeMode;
  duration: number;
}

const at = (p: Point) => `translate(${p.x},${p.y})`;

/**
 * Joins the nodes and links inside the window to their layers, keyed by node id (a link by
 * its child's id). Only what is visible is in the DOM (viewport culling). Entering nodes
 * grow out of their nearest ancestor that was drawn before; leaving ones shrink into their
 * nearest ancestor that is still there, as in d3's collapsible tree.
 */
export function joinTree(
  nodesLayer: Layer,
  linksLayer: Layer,
  f: TreeFrame,
  where: WeakMap<Element, Point>,
): void {
  const animate = f.mode === 'move' && f.duration > 0;
  if (f.mode !== 'cull') {
    nodesLayer.selectAll('g.node').interrupt();
    linksLayer.selectAll('path').interrupt();
    nodesLayer.selectAll('.exiting').remove();
    linksLayer.selectAll('.exiting').remove();
  }
  const nodes = f.laid.filter((d) => inBox(placeOf(d), f.box) || d.data.id === f.keep);
  const links = f.laid.filter((d) => d.parent && linkInBox(placeOf(d.parent), placeOf(d), f.box));
  const nearest = (d: TreePointNode, places: ReadonlyMap<string, Point>): Point => {
    for (let a: TreePointNode | null = d; a; a = a.parent) {
      const p = places.get(a.data.id);
      if (p) return p;
    }
    return placeOf(d);
  };
  const startOf = (d: TreePointNode) => nearest(d, f.before);
  const endOf = (d: TreePointNode) => nearest(d, f.place);
  const setAt = (el: Element, p: Point) => {
    where.set(el, p);
    el.setAttribute('transform', at(p));
  };
  // Tweens the place itself, not the transform string: d3's transform interpolator needs
  // SVG transform lists, and a move that is interrupted resumes from where the node is.
  const moveTo = (target: (d: TreePointNode) => Point) =>
    function (this: SVGGElement, d: TreePointNode) {
      const i = interpolate(where.get(this) ?? target(d), target(d));
      return (k: number) => {
        const p = i(k);
        where.set(this, p);
        return at(p);
      };
    };

  const sel: NodeSel = nodesLayer
    .selectAll<SVGGElement, TreePointNode>('g.node:not(.exiting)')
    .data(nodes, (d) => d.data.id);
  const entered = sel
    .enter()
    .append('g')
    .attr('class', 'node')
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('data-id', (d) => d.data.id)
    .each(function (d) {
      setAt(this, animate ? startOf(d) : placeOf(d));
    });
  appendNodeShapes(entered);
  styleNodes(entered.merge(sel), f.style);
  const lsel = linksLayer
    .selectAll<SVGPathElement, TreePointNode>('path:not(.exiting)')
    .data(links, (d) => d.data.id);
  const lentered = lsel
    .enter()
    .append('path')
    .attr('d', (d) =>
      animate ? linkPath(startOf(d.parent!), startOf(d)) : linkPath(placeOf(d.parent!), placeOf(d)),
    );

  if (f.mode === 'cull') {
    sel.exit().remove();
    lsel.exit().remove();
    return;
  }
  if (!animate) {
    sel.each(function (d) {
      setAt(this, placeOf(d));
    });
    lsel.attr('d', (d) => linkPath(placeOf(d.parent!), placeOf(d)));
    sel.exit().remove();
    lsel.exit().remove();
    return;
  }
  const t = transition().duration(f.duration);
  entered.merge(sel).transition(t).attrTween('transform', moveTo(placeOf));
  lentered
    .merge(lsel)
    .transition(t)
    .attr('d', (d) => linkPath(placeOf(d.parent!), placeOf(d)));
  sel
    .exit<TreePointNode>()
    .classed('exiting', true)
    .attr('tabindex', null)
    .transition(t)
    .attrTween('transform', moveTo(endOf))
    .attr('opacity', 0)
    .remove();
  lsel
    .exit<TreePointNode>()
    .classed('exiting', true)
    .transition(t)
    .attr('d', (d) => linkPath(endOf(d.parent!), endOf(d)))
    .attr('opacity', 0)
    .remove();
}
