/**
 * The contract between the Svelte UI and the d3 renderers. Charts draw; they never compute
 * metrics: every colour key, label and tooltip line arrives here already decided.
 */

/**
 * One node of the tree to draw (plain data; a leaf has no children).
 * Colour: a node is filled with `colors[colorKey]`. A branch whose colorKey is not in `colors`
 * takes the colour of its dominant leaf key (most leaves; ties: first in file order), lighter,
 * so leaves carry the full colour and a branch shows what dominates it. Unknown keys are grey.
 */
export interface ChartNode {
  id: string;
  name: string;
  /** Parent id, null for a major item (the chart adds its own invisible root). */
  parent: string | null;
  /** Colour key of the node (e.g. 'process', a department name, a cluster id). */
  colorKey: string;
  /** Lines shown on hover: full path, points, rule, classification. */
  tooltip: string[];
  /** Accessible name for the element (e.g. "安全生产, 12 项, 10 分"). */
  ariaLabel: string;
}

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  /** How many leaves this colour covers. */
  count: number;
}

export interface ChartInput {
  /** In file order; parents before children. */
  nodes: ChartNode[];
  /** Colour of each colour key; keys not listed are drawn grey. */
  colors: Record<string, string>;
  legend: LegendEntry[];
  /** Ids to emphasise (search matches, the rows behind a clicked number). Empty = none. */
  highlight: string[];
  /** Id of the selected node, if any. */
  selected: string | null;
  /** Title drawn on exported images. */
  title: string;
  /** Label of the invisible root (the scheme's name), used by the breadcrumb. */
  rootLabel: string;
  /** The few words a chart draws itself, in the UI's language. Default: Chinese. */
  labels?: ChartLabels;
}

/**
 * Words drawn by the charts themselves, passed in so that charts hold no dictionary.
 * Every field is optional; missing ones fall back to DEFAULT_LABELS in labels.ts (Chinese).
 */
export interface ChartLabels {
  /** The sunburst's centre when zoomed in: "返回上级" / "Up". */
  up?: string;
  /** The sunburst's reset control: "重置" / "Reset". */
  reset?: string;
  /** A mark standing for small items, `{n}` = how many: "+{n} 项" / "+{n} more". */
  more?: string;
  /** Tooltip line of such a mark, `{n}` = how many detailed items (leaves) it holds. */
  moreLeaves?: string;
  /** aria-label of the breadcrumb navigation: "当前位置" / "Current branch". */
  breadcrumb?: string;
}

/** Renderer options that are not data. */
export interface ChartOptions {
  /** Length of animated transitions in ms. Default 600; 0 when the user prefers reduced motion. */
  duration?: number;
}

export interface ChartCallbacks {
  /** A node was clicked or chosen with the keyboard. */
  onSelect?: (id: string) => void;
  /** The sunburst zoomed: the id of the new centre (null = root). */
  onZoom?: (id: string | null) => void;
}

/** What every renderer returns: (element, data, options) → { update, destroy }. */
export interface ChartHandle {
  update(input: ChartInput): void;
  destroy(): void;
  /** A standalone SVG (with title and legend) of what is shown, for export. */
  toSvg(): SVGSVGElement;
}

/** The sunburst's handle: zoomTo(null) goes back to the root. */
export interface SunburstHandle extends ChartHandle {
  zoomTo(id: string | null): void;
}

/** The tree's handle; reveal(ids) expands the branches leading to those ids. */
export interface TreeHandle extends ChartHandle {
  expandAll(): void;
  collapseAll(): void;
  reveal(ids: string[]): void;
}
