/**
 * The contract between the Svelte UI and the d3 renderers. Charts draw; they never compute
 * metrics: every colour key, label and tooltip line arrives here already decided.
 */

/** One node of the tree to draw (plain data; a leaf has no children). */
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
