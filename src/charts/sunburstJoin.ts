import { interpolate, transition, type Selection } from 'd3';
import { arcLabelTransform, fitArcLabel } from './arcLabel';
import { itemAria, labelText, styleArcs, styleLabels, type SunStyle } from './sunburstDraw';
import { itemArc, type Arc, type SunItem, type SunNode } from './sunburstLayout';
import type { ChartLabels } from './types';

/** Where each drawn element is (mid-transition: as of its last frame) and is heading. */
export interface ArcMemory {
  shown: WeakMap<Element, Arc>;
  goal: WeakMap<Element, Arc>;
}

/** Everything one drawing of the sunburst needs. */
export interface ArcFrame {
  items: SunItem[];
  /** The centre the items move from (their old places) and to. */
  from: SunNode;
  to: SunNode;
  ringRadius: number;
  fontSize: number;
  labels: Required<ChartLabels>;
  style: SunStyle;
  /** Transition length in ms; 0 draws the end state at once. */
  duration: number;
  arcPath: (a: Arc) => string | null;
}

/** The label of an item at an arc, or null where it does not fit. */
export const labelAt = (
  d: SunItem,
  a: Arc,
  f: Pick<ArcFrame, 'labels' | 'ringRadius' | 'fontSize'>,
) => fitArcLabel(labelText(d, f.labels), a, f.ringRadius, f.fontSize);

/**
 * Joins the items to the arc and label layers, keyed by node id (marks by parent id).
 * Animated, every arc moves from where it is to its place around the new centre while
 * entering arcs fade in and leaving ones fade out, as in d3's zoomable sunburst; a new join
 * interrupts the last one and continues from where its arcs had got to.
 */
export function joinArcs(
  arcsLayer: Selection<SVGGElement, unknown, null, undefined>,
  labelsLayer: Selection<SVGGElement, unknown, null, undefined>,
  f: ArcFrame,
  memory: ArcMemory,
): void {
  arcsLayer.selectAll('path').interrupt();
  labelsLayer.selectAll('text').interrupt();
  arcsLayer.selectAll('.exiting').remove();
  labelsLayer.selectAll('.exiting').remove();
  const animate = f.duration > 0;
  const start = new Map<string, Arc>();
  const goal = new Map<string, Arc>();
  const paths = arcsLayer.selectAll<SVGPathElement, SunItem>('path').data(f.items, (d) => d.key);
  paths.each(function (d) {
    start.set(d.key, memory.shown.get(this) ?? itemArc(d, f.from));
  });
  for (const it of f.items) {
    goal.set(it.key, itemArc(it, f.to));
    if (!start.has(it.key)) start.set(it.key, itemArc(it, f.from));
  }
  const goalOf = (d: SunItem) => goal.get(d.key)!;

  const all = paths
    .enter()
    .append('path')
    .attr('role', 'button')
    .attr('data-key', (d) => d.key)
    .attr('opacity', animate ? 0 : 1)
    .merge(paths)
    .attr('tabindex', 0)
    .attr('cursor', 'pointer')
    .attr('aria-label', (d) => itemAria(d, f.labels))
    .each(function (d) {
      memory.goal.set(this, goalOf(d));
    });
  styleArcs(all, f.style);
  const leaving = paths
    .exit<SunItem>()
    .classed('exiting', true)
    .attr('tabindex', null)
    .attr('pointer-events', 'none');

  const labelled = f.items.filter((d) => labelAt(d, goalOf(d), f) !== null);
  const texts = labelsLayer.selectAll<SVGTextElement, SunItem>('text').data(labelled, (d) => d.key);
  const allTexts = texts
    .enter()
    .append('text')
    .attr('dy', '0.35em')
    .attr('opacity', animate ? 0 : 1)
    .merge(texts)
    .text((d) => labelAt(d, goalOf(d), f) ?? '')
    .each(function (d) {
      memory.goal.set(this, goalOf(d));
    });
  styleLabels(allTexts, f.style);
  const textsOut = texts.exit<SunItem>().classed('exiting', true);

  if (!animate) {
    all.attr('d', function (d) {
      memory.shown.set(this, goalOf(d));
      return f.arcPath(goalOf(d));
    });
    allTexts.attr('transform', (d) => arcLabelTransform(goalOf(d), f.ringRadius));
    leaving.remove();
    textsOut.remove();
    return;
  }
  // One shared transition keeps arcs and labels in step.
  const t = transition().duration(f.duration);
  const tweenArc = (target: (d: SunItem) => Arc) =>
    function (this: Element, d: SunItem) {
      const i = interpolate(memory.shown.get(this) ?? start.get(d.key)!, target(d));
      return (k: number) => {
        const a = i(k);
        memory.shown.set(this, a);
        return f.arcPath(a) ?? '';
      };
    };
  all.transition(t).attr('opacity', 1).attrTween('d', tweenArc(goalOf));
  leaving
    .transition(t)
    .attr('opacity', 0)
    .attrTween(
      'd',
      tweenArc((d) => itemArc(d, f.to)),
    )
    .remove();
  allTexts
    .transition(t)
    .attr('opacity', 1)
    .attrTween('transform', (d) => {
      const i = interpolate(start.get(d.key)!, goalOf(d));
      return (k: number) => arcLabelTransform(i(k), f.ringRadius);
    });
  // Leaving labels stay where they were, so they fade out quickly instead of ghosting.
  textsOut
    .transition()
    .duration(f.duration / 3)
    .attr('opacity', 0)
    .remove();
}
