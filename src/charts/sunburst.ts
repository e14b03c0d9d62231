import { select } from 'd3';
import { breadcrumbPath, renderBreadcrumb } from './breadcrumb';
import { nodeFills, sameColoring } from './colors';
import { emphasis } from './highlight';
import { indexTree, sameStructure } from './hierarchy';
import { resolveLabels } from './labels';
import { FONT_FAMILY, resolveDuration, TEXT_COLOR } from './style';
import {
  arcPathFor,
  itemAria,
  itemTooltip,
  styleArcs,
  styleLabels,
  type SunStyle,
} from './sunburstDraw';
import { exportSunburst } from './sunburstExport';
import { joinArcs, labelAt, type ArcFrame, type ArcMemory } from './sunburstJoin';
import {
  minVisibleAngle,
  partitionTree,
  visibleItems,
  type SunItem,
  type SunNode,
} from './sunburstLayout';
import { fitText } from './textFit';
import { createTooltip } from './tooltip';
import type { ChartCallbacks, ChartInput, ChartOptions, SunburstHandle } from './types';

/** Rings shown around the centre at once, as in d3's zoomable sunburst (it shows two). */
const MAX_RINGS = 3;
const FONT_SIZE = 11;

/**
 * A zoomable sunburst of the indicator tree (d3-hierarchy partition): click an arc to zoom
 * into its branch, the centre to go up; a breadcrumb trail with a reset control above it.
 * Every leaf counts 1. Arcs too small to see are folded into one "+N" mark per parent, so
 * 100,000 leaves stay interactive. zoomTo(id) does not call onZoom (only the user's moves do).
 */
export function sunburst(
  element: HTMLElement,
  input: ChartInput,
  callbacks: ChartCallbacks = {},
  options: ChartOptions = {},
): SunburstHandle {
  const duration = resolveDuration(options.duration);
  const size = Math.round(Math.min(Math.max(element.clientWidth || 640, 320), 960));
  const outer = size / 2 - 2;

  let current = input;
  let labels = resolveLabels(input.labels);
  let index = indexTree(input);
  let root = partitionTree(index);
  let byId = new Map<string, SunNode>();
  let rings = 1;
  let ringRadius = outer / 2;
  let focus = root;
  let style: SunStyle = { fills: new Map(), emph: () => 'normal', selected: null };
  // Each drawn element's arc as of its last frame, and where it is heading.
  let memory: ArcMemory = { shown: new WeakMap(), goal: new WeakMap() };
  const arcPath = arcPathFor(() => ringRadius, outer);

  element.replaceChildren();
  const container = document.createElement('div');
  Object.assign(container.style, {
    position: 'relative',
    fontFamily: FONT_FAMILY,
    color: TEXT_COLOR,
  });
  const nav = document.createElement('nav');
  Object.assign(nav.style, { fontSize: '13px', minHeight: '22px', marginBottom: '4px' });
  container.append(nav);
  element.append(container);
  const svg = select(container)
    .append('svg')
    .attr('viewBox', [-size / 2, -size / 2, size, size].join(' '))
    .attr('width', '100%')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE)
    .attr('role', 'group')
    .style('max-width', `${size}px`)
    .style('height', 'auto')
    .style('display', 'block');
  const gArcs = svg.append('g');
  const gLabels = svg.append('g').attr('pointer-events', 'none').attr('text-anchor', 'middle');
  const centre = svg.append('g').attr('cursor', 'pointer');
  const centreCircle = centre.append('circle').attr('fill', '#ffffff').attr('stroke', '#dddddd');
  const centreName = centre.append('text').attr('text-anchor', 'middle').attr('font-weight', 600);
  const centreUp = centre.append('text').attr('text-anchor', 'middle').attr('fill', '#666666');
  const tooltip = createTooltip(container);

  function build(next: ChartInput): void {
    index = indexTree(next);
    root = partitionTree(index);
    byId = new Map(root.descendants().map((d) => [d.data.id, d]));
    rings = Math.max(1, Math.min(MAX_RINGS, root.height));
    ringRadius = outer / (rings + 1);
    const keep = byId.get(focus.data.id);
    focus = keep?.children ? keep : root;
  }

  function restyle(recolor = true): void {
    style = {
      fills: recolor ? nodeFills(index, current.colors) : style.fills,
      emph: emphasis(current.highlight, index.parentOf),
      selected: current.selected,
    };
    labels = resolveLabels(current.labels);
    svg.attr('aria-label', current.title || current.rootLabel);
    nav.setAttribute('aria-label', labels.breadcrumb);
    const paths = gArcs.selectAll<SVGPathElement, SunItem>('path:not(.exiting)');
    paths.attr('aria-label', (d) => itemAria(d, labels));
    styleArcs(paths, style);
    const texts = gLabels.selectAll<SVGTextElement, SunItem>('text:not(.exiting)');
    texts.text(function (d) {
      const a = memory.goal.get(this);
      return (a && labelAt(d, a, { labels, ringRadius, fontSize: FONT_SIZE })) ?? '';
    });
    styleLabels(texts, style);
    drawCentre();
  }

  /** Draws the items around `to`, moving from their places around `from` when animated. */
  function render(from: SunNode, to: SunNode, animate: boolean): void {
    joinArcs(gArcs, gLabels, { ...frame(to), from, duration: animate ? duration : 0 }, memory);
  }

  function frame(to: SunNode): Omit<ArcFrame, 'from' | 'duration'> {
    const items = visibleItems(to, rings, (k) => minVisibleAngle(k, ringRadius));
    return { items, to, ringRadius, fontSize: FONT_SIZE, labels, style, arcPath };
  }

  function drawCentre(): void {
    const atRoot = focus === root;
    centreCircle.attr('r', ringRadius - 1);
    const name = focus.data.name;
    centreName
      .attr('dy', atRoot ? '0.35em' : '-0.2em')
      .text(fitText(name, 2 * ringRadius - 16, 12) ?? '')
      .attr('font-size', 12);
    centreUp.attr('dy', '1.3em').text(atRoot ? '' : `↑ ${labels.up}`);
    centre
      .attr('tabindex', atRoot ? null : 0)
      .attr('role', atRoot ? null : 'button')
      .attr('aria-label', atRoot ? null : `${labels.up}: ${focus.parent?.data.name ?? ''}`)
      .attr('cursor', atRoot ? 'default' : 'pointer');
    renderBreadcrumb(nav, breadcrumbPath(focus), labels.reset, (id) => {
      const target = id === null ? root : byId.get(id);
      if (target) zoom(target, true);
    });
  }

  function zoom(target: SunNode, byUser: boolean): void {
    if (target === focus || !target.children) return;
    const from = focus;
    focus = target;
    tooltip.hide();
    render(from, target, true);
    drawCentre();
    if (byUser) callbacks.onZoom?.(target === root ? null : target.data.id);
  }

  function activate(item: SunItem, byKeyboard: boolean): void {
    const before = focus;
    if (item.type === 'more') {
      zoom(item.parent, true);
    } else {
      if (item.node.children) zoom(item.node, true);
      current = { ...current, selected: item.node.data.id };
      restyle(false);
      callbacks.onSelect?.(item.node.data.id);
    }
    // The arc just entered is now the centre; keep the keyboard on the chart.
    if (byKeyboard && focus !== before) (centre.node() as SVGGElement | null)?.focus();
  }

  function zoomOut(): void {
    if (focus.parent) {
      zoom(focus.parent, true);
      (centre.node() as SVGGElement | null)?.focus();
    }
  }

  const itemOf = (target: EventTarget | null): SunItem | undefined =>
    target instanceof Element &&
    target.tagName.toLowerCase() === 'path' &&
    !target.classList.contains('exiting')
      ? (select<Element, SunItem>(target).datum() ?? undefined)
      : undefined;

  gArcs
    .on('click', (ev: MouseEvent) => {
      const item = itemOf(ev.target);
      if (item) activate(item, false);
    })
    .on('keydown', (ev: KeyboardEvent) => {
      const item = itemOf(ev.target);
      if (item && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        activate(item, true);
      }
    })
    .on('pointermove', (ev: PointerEvent) => {
      const item = itemOf(ev.target);
      if (item) tooltip.show(itemTooltip(item, labels), ev.clientX, ev.clientY);
    })
    .on('pointerout', () => tooltip.hide())
    .on('focusin', (ev: FocusEvent) => {
      const item = itemOf(ev.target);
      const box = (ev.target as Element).getBoundingClientRect();
      if (item)
        tooltip.show(itemTooltip(item, labels), box.left + box.width / 2, box.top + box.height / 2);
    })
    .on('focusout', () => tooltip.hide());
  centre
    .on('click', () => zoomOut())
    .on('keydown', (ev: KeyboardEvent) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        zoomOut();
      }
    });
  container.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') zoomOut();
  });

  build(input);
  restyle();
  render(root, focus, false);

  return {
    update(next) {
      // The same node list (a new selection or highlight): nothing to re-index.
      const sameNodes = next.nodes === current.nodes;
      const rebuild = !sameNodes && !sameStructure(current.nodes, next.nodes);
      const recolor = rebuild || !sameColoring(current, next);
      current = next;
      if (rebuild) {
        build(next);
        memory = { shown: new WeakMap(), goal: new WeakMap() };
        gArcs.selectAll('path').interrupt().remove();
        gLabels.selectAll('text').interrupt().remove();
        restyle();
        render(focus, focus, false);
        return;
      }
      // Same tree: swap in the new node data (names, tooltips) and restyle in place.
      if (!sameNodes) {
        index = indexTree(next);
        for (const d of byId.values()) d.data = index.byId.get(d.data.id) ?? d.data;
      }
      restyle(recolor);
    },
    zoomTo(id) {
      const node = id === null ? root : byId.get(id);
      if (node) zoom(node.children ? node : (node.parent ?? root), false);
    },
    destroy() {
      gArcs.selectAll('*').interrupt();
      gLabels.selectAll('*').interrupt();
      element.replaceChildren();
    },
    toSvg() {
      return exportSunburst(frame(focus), size, current.title, current.legend);
    },
  };
}
