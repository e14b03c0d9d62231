import { arc as d3arc, lab, type Selection } from 'd3';
import type { Emphasis } from './highlight';
import { fillCount } from './labels';
import { GREY, MORE_FILL } from './colors';
import { DIM_OPACITY, SELECTED_STROKE, TEXT_COLOR } from './style';
import type { Arc, SunItem } from './sunburstLayout';
import type { ChartLabels } from './types';

/** What styling a sunburst item needs besides its geometry. */
export interface SunStyle {
  fills: ReadonlyMap<string, string>;
  emph: (id: string) => Emphasis;
  selected: string | null;
}

/** How many members of a mark are named in its tooltip. */
const MARK_NAMES = 5;

/** The arc path generator for rings of the given radius, with hairline gaps between arcs. */
export function arcPathFor(ringRadius: () => number, outerRadius: number) {
  return d3arc<Arc>()
    .startAngle((d) => d.x0)
    .endAngle((d) => d.x1)
    .padAngle((d) => Math.min((d.x1 - d.x0) / 2, 0.003))
    .padRadius(outerRadius)
    .innerRadius((d) => d.y0 * ringRadius())
    .outerRadius((d) => Math.max(d.y0 * ringRadius(), d.y1 * ringRadius() - 1));
}

/** A mark is on the way to a highlighted id when one of the items it replaces is. */
export function itemEmphasis(item: SunItem, emph: (id: string) => Emphasis): Emphasis {
  if (item.type === 'node') return emph(item.node.data.id);
  let seen: Emphasis = 'normal';
  for (const m of item.members) {
    const e = emph(m.data.id);
    if (e === 'hit' || e === 'path') return 'path';
    seen = e;
  }
  return seen;
}

export function itemFill(item: SunItem, fills: ReadonlyMap<string, string>): string {
  return item.type === 'more' ? MORE_FILL : (fills.get(item.node.data.id) ?? GREY);
}

/** Dark text on light fills, white on dark ones (CIE L* below 55). */
export function labelColor(fill: string): string {
  const l = lab(fill).l;
  return Number.isFinite(l) && l < 55 ? '#ffffff' : TEXT_COLOR;
}

/** The words of an item's label, before fitting. */
export function labelText(item: SunItem, labels: Required<ChartLabels>): string {
  return item.type === 'node' ? item.node.data.name : fillCount(labels.more, item.members.length);
}

/** Tooltip lines: the node's own, or for a mark how many items and leaves it stands for. */
export function itemTooltip(item: SunItem, labels: Required<ChartLabels>): string[] {
  if (item.type === 'node') {
    const lines = item.node.data.tooltip;
    return lines.length > 0 ? lines : [item.node.data.name];
  }
  const names = item.members.slice(0, MARK_NAMES).map((m) => m.data.name);
  if (item.members.length > MARK_NAMES) names.push('…');
  return [
    fillCount(labels.more, item.members.length),
    fillCount(labels.moreLeaves, item.leaves),
    ...names,
  ];
}

export function itemAria(item: SunItem, labels: Required<ChartLabels>): string {
  if (item.type === 'node') return item.node.data.ariaLabel || item.node.data.name;
  return `${fillCount(labels.more, item.members.length)}, ${fillCount(labels.moreLeaves, item.leaves)}`;
}

/** Fill, dimming and outline of arcs from their emphasis and the selection. */
export function styleArcs(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  sel: Selection<SVGPathElement, SunItem, any, any>,
  s: SunStyle,
): void {
  sel.each(function (item) {
    const e = itemEmphasis(item, s.emph);
    const selected = item.type === 'node' && item.node.data.id === s.selected;
    this.setAttribute('fill', itemFill(item, s.fills));
    this.setAttribute('fill-opacity', e === 'dim' ? String(DIM_OPACITY) : '1');
    this.setAttribute('stroke', selected ? SELECTED_STROKE : e === 'hit' ? '#333333' : '#ffffff');
    this.setAttribute('stroke-width', selected ? '2.5' : e === 'hit' ? '1.5' : '0.5');
    if (item.type === 'more') this.setAttribute('stroke-dasharray', '3 2');
  });
}

/** Colour and dimming of labels to match their arcs. */
export function styleLabels(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  sel: Selection<SVGTextElement, SunItem, any, any>,
  s: SunStyle,
): void {
  sel.each(function (item) {
    const e = itemEmphasis(item, s.emph);
    this.setAttribute('fill', labelColor(itemFill(item, s.fills)));
    this.setAttribute('fill-opacity', e === 'dim' ? '0.45' : '1');
    this.setAttribute('font-weight', e === 'hit' ? '700' : '400');
  });
}
