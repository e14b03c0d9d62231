import { select } from 'd3';
import { composeExportSvg, SVG_NS } from './exportImage';
import { estimateTextWidth } from './textFit';
import {
  appendNodeShapes,
  linkPath,
  nodeLabel,
  NODE_FONT,
  placeOf,
  ROW,
  styleNodes,
  type NodeSel,
  type TreePointNode,
  type TreeStyle,
} from './treeDraw';
import type { ChartInput } from './types';

/** The whole open tree (not only the window) drawn statically into a standalone SVG. */
export function exportTree(
  laid: TreePointNode[],
  style: TreeStyle,
  input: ChartInput,
): SVGSVGElement {
  let x0 = 0;
  let x1 = 0;
  let y0 = 0;
  let y1 = 0;
  for (const d of laid) {
    const p = placeOf(d);
    const label = estimateTextWidth(nodeLabel(d.data, style.isBranch(d.data.id)), NODE_FONT);
    x1 = Math.max(x1, p.x + 12 + label);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  x0 -= 10;
  y0 -= ROW;
  y1 += ROW;
  const g = document.createElementNS(SVG_NS, 'g');
  const inner = select(g).append('g').attr('transform', `translate(${-x0},${-y0})`);
  inner
    .append('g')
    .attr('fill', 'none')
    .attr('stroke', '#b8b8b8')
    .attr('stroke-width', 1.2)
    .selectAll('path')
    .data(laid.filter((d) => d.parent))
    .join('path')
    .attr('d', (d) => linkPath(placeOf(d.parent!), placeOf(d)));
  const nodes: NodeSel = inner
    .append('g')
    .selectAll<SVGGElement, TreePointNode>('g')
    .data(laid)
    .join('g')
    .attr('transform', (d) => `translate(${placeOf(d).x},${placeOf(d).y})`);
  appendNodeShapes(nodes);
  styleNodes(nodes, style);
  nodes
    .attr('aria-label', null)
    .attr('aria-expanded', null)
    .selectAll('[cursor]')
    .attr('cursor', null);
  return composeExportSvg(g, x1 - x0, y1 - y0, input.title, input.legend);
}
