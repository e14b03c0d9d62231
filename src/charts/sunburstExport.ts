import { select } from 'd3';
import { arcLabelTransform } from './arcLabel';
import { composeExportSvg, SVG_NS } from './exportImage';
import { styleArcs, styleLabels } from './sunburstDraw';
import { labelAt, type ArcFrame } from './sunburstJoin';
import { itemArc, type SunItem } from './sunburstLayout';
import { fitText } from './textFit';
import type { LegendEntry } from './types';

/**
 * The sunburst as it stands (its end state, even mid-transition) drawn statically into a
 * standalone SVG with title and legend; no tabindex or roles, which mean nothing in a file.
 */
export function exportSunburst(
  f: Omit<ArcFrame, 'from' | 'duration'>,
  size: number,
  title: string,
  legend: readonly LegendEntry[],
): SVGSVGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  const inner = select(g)
    .append('g')
    .attr('transform', `translate(${size / 2},${size / 2})`)
    .attr('font-size', f.fontSize);
  const paths = inner
    .append('g')
    .selectAll<SVGPathElement, SunItem>('path')
    .data(f.items)
    .join('path')
    .attr('d', (d) => f.arcPath(itemArc(d, f.to)) ?? '');
  styleArcs(paths, f.style);
  const texts = inner
    .append('g')
    .attr('text-anchor', 'middle')
    .selectAll<SVGTextElement, SunItem>('text')
    .data(f.items.filter((d) => labelAt(d, itemArc(d, f.to), f) !== null))
    .join('text')
    .attr('dy', '0.35em')
    .attr('transform', (d) => arcLabelTransform(itemArc(d, f.to), f.ringRadius))
    .text((d) => labelAt(d, itemArc(d, f.to), f) ?? '');
  styleLabels(texts, f.style);
  inner
    .append('text')
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .attr('font-size', 12)
    .attr('font-weight', 600)
    .text(fitText(f.to.data.name, 2 * f.ringRadius - 16, 12) ?? '');
  return composeExportSvg(g, size, size, title, legend);
}
