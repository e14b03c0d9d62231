import {
  hierarchy,
  select,
  tree as d3tree,
  zoom as d3zoom,
  zoomIdentity,
  type ZoomTransform,
} from 'd3';
import { nodeFills, sameColoring } from './colors';
import { grow, inBox, startView, viewWindow, type Point } from './cull';
import { emphasis } from './highlight';
import { indexTree, ROOT_ID, sameStructure } from './hierarchy';
import { FONT_FAMILY, resolveDuration, TEXT_COLOR } from './style';
import { createTooltip } from './tooltip';
import {
  COL,
  LEAF_LABEL_MAX,
  placeOf,
  ROW,
  styleNodes,
  type TreePointNode,
  type TreeStyle,
} from './treeDraw';
import { exportTree } from './treeExport';
import { joinTree, type TreeMode } from './treeJoin';
import {
  allCollapsed,
  allExpanded,
  initialExpanded,
  keptExpanded,
  toggled,
  withRevealed,
} from './treeState';
import type { ChartCallbacks, ChartInput, ChartNode, ChartOptions, TreeHandle } from './types';

const LEFT = 40;

/**
 * A horizontal collapsible tree (d3.tree with nodeSize, root at the left): click a circle to
 * open or close a branch, a label to select it; pan and zoom with d3-zoom. Only nodes and
 * links inside the visible window are in the DOM (viewport culling), so an expanded tree
 * of 10,000 nodes keeps a few hundred elements. Keyboard: Enter opens/closes (selects a
 * leaf), Space selects.
 */
export function tree(
  element: HTMLElement,
  input: ChartInput,
  callbacks: ChartCallbacks = {},
  options: ChartOptions = {},
): TreeHandle {
  const duration = resolveDuration(options.duration);
  let width = element.clientWidth || 800;
  let height = element.clientHeight || 520;

  let current = input;
  let index = indexTree(input);
  let expanded = initialExpanded(index);
  let laid: TreePointNode[] = [];
  let place = new Map<string, Point>();
  let view: ZoomTransform = zoomIdentity.translate(LEFT, height / 2);
  let focusedId: string | null = null;
  let frame = 0;
  /** Where each drawn node is now (mid-move: as of the last frame). */
  const where = new WeakMap<Element, Point>();
  let style: TreeStyle = blankStyle();

  element.replaceChildren();
  const container = document.createElement('div');
  Object.assign(container.style, {
    position: 'relative',
    fontFamily: FONT_FAMILY,
    color: TEXT_COLOR,
  });
  element.append(container);
  const svg = select(container)
    .append('svg')
    .attr('width', '100%')
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT_FAMILY)
    .attr('role', 'group')
    .style('display', 'block')
    .style('cursor', 'grab');
  const gMain = svg.append('g');
  const gLinks = gMain
    .append('g')
    .attr('fill', 'none')
    .attr('stroke', '#b8b8b8')
    .attr('stroke-width', 1.2);
  const gNodes = gMain.append('g');
  const tooltip = createTooltip(container);

  const zoomer = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.05, 4])
    .extent([
      [0, 0],
      [width, height],
    ])
    .on('zoom', (ev: { transform: ZoomTransform }) => {
      view = ev.transform;
      gMain.attr('transform', view.toString());
      scheduleCull();
    });
  // Double clicks are for circles (open, close), not for zooming.
  svg.call(zoomer).on('dblclick.zoom', null);

  function blankStyle(): TreeStyle {
    return {
      fills: new Map(),
      emph: () => 'normal',
      selected: null,
      expanded,
      isBranch: () => false,
    };
  }

  function restyle(recolor = true): void {
    style = {
      fills: recolor ? nodeFills(index, current.colors) : style.fills,
      emph: emphasis(current.highlight, index.parentOf),
      selected: current.selected,
      expanded,
      isBranch: (id) => index.children.has(id),
    };
    svg.attr('aria-label', current.title || current.rootLabel);
    styleNodes(gNodes.selectAll<SVGGElement, TreePointNode>('g.node:not(.exiting)'), style);
  }

  function layout(): void {
    const h = hierarchy(index.root, (d) =>
      expanded.has(d.id) ? index.children.get(d.id) : undefined,
    );
    laid = d3tree<ChartNode>().nodeSize([ROW, COL])(h).descendants();
    place = new Map(laid.map((d) => [d.data.id, placeOf(d)]));
  }

  function draw(mode: TreeMode, before: ReadonlyMap<string, Point> = place): void {
    const box = grow(viewWindow(view, width, height), LEAF_LABEL_MAX + 12, ROW, 12, ROW);
    joinTree(
      gNodes,
      gLinks,
      { laid, box, keep: focusedId, before, place, style, mode, duration },
      where,
    );
  }

  function scheduleCull(): void {
    if (frame || laid.length === 0) return;
    const run = () => {
      frame = 0;
      draw('cull');
    };
    frame =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(run)
        : (setTimeout(run, 16) as unknown as number);
  }

  /** Opens or closes branches, moving nodes from their old places to the new ones. */
  /** Opens exactly the `next` branches; `reframe` puts the view back where it started. */
  function setExpanded(next: Set<string>, reframe = false): void {
    const before = place;
    expanded = next;
    style = { ...style, expanded };
    layout();
    if (reframe) frameStart();
    draw('move', before);
  }

  function toggle(d: TreePointNode): void {
    if (index.children.has(d.data.id)) setExpanded(toggled(expanded, d.data.id));
  }

  function choose(d: TreePointNode): void {
    if (d.data.id === ROOT_ID) return;
    current = { ...current, selected: d.data.id };
    restyle(false);
    callbacks.onSelect?.(d.data.id);
  }

  const nodeOf = (target: EventTarget | null): TreePointNode | undefined => {
    const g = target instanceof Element ? target.closest('g.node') : null;
    return g && !g.classList.contains('exiting')
      ? select<Element, TreePointNode>(g).datum()
      : undefined;
  };

  gNodes
    .on('click', (ev: MouseEvent) => {
      const d = nodeOf(ev.target);
      if (!d) return;
      const onCircle = (ev.target as Element).tagName.toLowerCase() === 'circle';
      if (onCircle && index.children.has(d.data.id)) toggle(d);
      else choose(d);
    })
    .on('keydown', (ev: KeyboardEvent) => {
      const d = nodeOf(ev.target);
      if (!d) return;
      if (ev.key === 'Enter') {
        ev.preventDefault();
        if (index.children.has(d.data.id)) toggle(d);
        else choose(d);
      } else if (ev.key === ' ') {
        ev.preventDefault();
        choose(d);
      }
    })
    .on('pointermove', (ev: PointerEvent) => {
      const d = nodeOf(ev.target);
      if (d)
        tooltip.show(
          d.data.tooltip.length ? d.data.tooltip : [d.data.name],
          ev.clientX,
          ev.clientY,
        );
    })
    .on('pointerout', () => tooltip.hide())
    .on('focusin', (ev: FocusEvent) => {
      const d = nodeOf(ev.target);
      if (!d) return;
      focusedId = d.data.id;
      const box = (ev.target as Element).getBoundingClientRect();
      tooltip.show(d.data.tooltip.length ? d.data.tooltip : [d.data.name], box.right, box.top);
    })
    .on('focusout', () => {
      focusedId = null;
      tooltip.hide();
    });

  const resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          width = element.clientWidth || width;
          height = element.clientHeight || height;
          svg.attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
          zoomer.extent([
            [0, 0],
            [width, height],
          ]);
          scheduleCull();
        })
      : null;
  resize?.observe(element);

  /** The first view: the tree centred if it fits the height, else its top rows. */
  function frameStart(): void {
    const start = startView(
      laid.map((d) => placeOf(d).y),
      height,
      LEFT,
      ROW,
    );
    view = zoomIdentity.translate(start.x, start.y);
    svg.call(zoomer.transform, view);
  }

  restyle();
  layout();
  frameStart();
  draw('jump');

  return {
    update(next) {
      // The same node list (a new selection or highlight): nothing to re-index.
      const sameNodes = next.nodes === current.nodes;
      const rebuild = !sameNodes && !sameStructure(current.nodes, next.nodes);
      const recolor = rebuild || !sameColoring(current, next);
      current = next;
      if (!sameNodes) index = indexTree(next);
      if (rebuild) {
        expanded = keptExpanded(expanded, index);
        gNodes.selectAll('*').interrupt().remove();
        gLinks.selectAll('*').interrupt().remove();
        restyle();
        layout();
        draw('jump');
        return;
      }
      // Same tree: swap in the new node data (names, tooltips) and restyle in place.
      if (!sameNodes) for (const d of laid) d.data = index.byId.get(d.data.id) ?? d.data;
      restyle(recolor);
    },
    expandAll() {
      setExpanded(allExpanded(index));
    },
    collapseAll() {
      // The view may have been panned deep into the expanded tree, where nothing is left:
      // frame the major items again, as at the start.
      setExpanded(allCollapsed(), true);
    },
    reveal(ids) {
      const known = ids.filter((id) => index.byId.has(id));
      setExpanded(withRevealed(expanded, known, index.parentOf));
      const p = known.length > 0 ? place.get(known[0]) : undefined;
      if (p && !inBox(p, viewWindow(view, width, height))) {
        // Bring the first match into view, a little right of the left edge (translateTo
        // centres the point it is given, so aim half a viewport to its right).
        const x = p.x + (width / 2 - LEFT * 3) / view.k;
        if (duration > 0) svg.transition().duration(duration).call(zoomer.translateTo, x, p.y);
        else svg.call(zoomer.translateTo, x, p.y);
      }
    },
    destroy() {
      if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      frame = 0;
      resize?.disconnect();
      svg.interrupt();
      gNodes.selectAll('*').interrupt();
      gLinks.selectAll('*').interrupt();
      svg.on('.zoom', null);
      laid = [];
      element.replaceChildren();
    },
    toSvg() {
      return exportTree(laid, style, current);
    },
  };
}
