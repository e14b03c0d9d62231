/**
 * Turns a scheme and its analysis into the plain data the d3 renderers draw
 * (src/charts/types.ts): every colour key, tooltip line and accessible name decided here,
 * so the charts only draw (DESIGN.md: "charts never compute metrics").
 */
import type { ChartInput, ChartNode } from '../../charts/types';
import type { IndicatorNode } from '../../core/types';
import type { MessageKey } from '../i18n/zh';
import { points as fmtPoints } from '../format';
import type { Translate } from '../overview/doorLabel';
import type { SchemeView } from '../state/schemeView';
import { colorBy, type ColorBy } from './coloring';

/** Longest rule text in a tooltip; the details panel shows the whole rule. */
const RULE_CHARS = 120;

export interface ChartInputArgs {
  view: SchemeView;
  mode: ColorBy;
  highlight: string[];
  selected: string | null;
  /** The view's name for the title ("旭日图"). */
  viewName: string;
  t: Translate;
}

/**
 * One node of the chart input. Its tooltip and accessible name are written when the chart
 * asks for them — for the few thousand marks drawn, or the one under the pointer — not for
 * all 100,000 nodes of a province's scheme at once (issue 5: first paint within 300 ms).
 */
class LazyChartNode implements ChartNode {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  private tip: string[] | null = null;
  private aria: string | null = null;

  constructor(
    private readonly node: IndicatorNode,
    private readonly view: SchemeView,
    private readonly t: Translate,
    readonly colorKey: string,
  ) {
    this.id = node.id;
    this.name = node.name;
    this.parent = node.parent;
  }

  get tooltip(): string[] {
    return (this.tip ??= tooltipOf(this.node, this.view, this.t));
  }

  get ariaLabel(): string {
    if (this.aria === null) {
      const n = this.node;
      const leaves = this.view.leafCount.get(n.id) ?? 0;
      this.aria =
        n.points !== undefined
          ? this.t('aria.nodePoints', { name: n.name, n: leaves, p: fmtPoints(n.points) })
          : this.t('aria.node', { name: n.name, n: leaves });
    }
    return this.aria;
  }
}

function tooltipOf(n: IndicatorNode, view: SchemeView, t: Translate): string[] {
  const tooltip = [view.path(n.id).join(' › ')];
  if (n.points !== undefined) tooltip.push(t('tooltip.points', { p: fmtPoints(n.points) }));
  if (n.children.length > 0) {
    tooltip.push(t('tooltip.leaves', { n: view.leafCount.get(n.id) ?? 0 }));
    return tooltip;
  }
  if (n.rule) tooltip.push(t('tooltip.rule', { rule: clip(n.rule) }));
  const c = view.classOf.get(n.id);
  if (c) {
    const parts = [t(`kind.${c.kind}`), t(`incentive.${c.incentive}` as MessageKey)];
    if (c.veto) parts.push(t('veto.yes'));
    let line = parts.join(' · ');
    if (view.overridden(n.id)) line += ` ${t('tooltip.override')}`;
    tooltip.push(line);
    if (c.flags.length > 0) {
      tooltip.push(c.flags.map((f) => t(`flag.${f.type}` as MessageKey)).join(' · '));
    }
  }
  return tooltip;
}

/** The renderer's input for the current scheme, colouring, highlight and selection. */
export function buildChartInput(args: ChartInputArgs): ChartInput {
  const { view, mode, t } = args;
  const coloring = colorBy(mode, view, t);
  const nodes: ChartNode[] = view.scheme.nodes.map(
    (n) => new LazyChartNode(n, view, t, coloring.keyOf(n.id)),
  );
  return {
    nodes,
    colors: coloring.colors,
    legend: coloring.legend,
    highlight: args.highlight,
    selected: args.selected,
    title: t('chart.title', {
      scheme: view.scheme.label,
      view: args.viewName,
      color: t(`color.${mode}` as MessageKey),
    }),
    rootLabel: view.scheme.label,
    labels: {
      up: t('chart.up'),
      reset: t('chart.reset'),
      more: t('chart.more'),
      moreLeaves: t('chart.moreLeaves'),
      breadcrumb: t('chart.breadcrumb'),
    },
  };
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > RULE_CHARS ? `${flat.slice(0, RULE_CHARS)}…` : flat;
}
