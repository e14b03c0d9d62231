import { line, max, scaleLinear, scalePoint, select } from 'd3';
import { FONT_FAMILY, resolveDuration, TEXT_COLOR } from './style';
import { fitText } from './textFit';

/** One metric over the years; `values[i]` belongs to `years[i]`, null where unknown. */
export interface TrendSeries {
  key: string;
  label: string;
  values: (number | null)[];
  /** 'percent': a ratio in [0, 1] shown as "34.5%"; 'count': a whole number. */
  format: 'percent' | 'count';
}

/** The data of the trend chart: the headline metrics over the years (issue 4 "Compare"). */
export interface TrendInput {
  years: { key: string; label: string }[];
  series: TrendSeries[];
  title: string;
}

/** Options of renderTrend; none is data. */
export interface TrendOptions {
  /** Width of the drawing in SVG units; default 720. */
  width?: number;
  /** Height of one row of panels in SVG units; default 170. The svg grows with the rows. */
  height?: number;
  /** Multiplies every font size; default 1 (presentation: 2). */
  fontScale?: number;
  /** Length of the lines' fade-in in ms; default 600, 0 under reduced motion. */
  duration?: number;
}

const LINE_COLOR = '#2463d1';

/** Where a point's label goes so that neither segment of the line runs through it. */
type LabelPlace = 'above' | 'left' | 'right' | 'below';
const LABEL_DX: Record<LabelPlace, number> = { above: 0, below: 0, left: -6, right: 6 };
const LABEL_ANCHOR: Record<LabelPlace, string> = {
  above: 'middle',
  below: 'middle',
  left: 'end',
  right: 'start',
};

/**
 * Above the point unless a segment climbs from it: the line rising to the right puts the
 * label up-left, rising from the left puts it up-right, rising on both sides (a dip) below.
 */
export function labelPlace(values: readonly (number | null)[], j: number): LabelPlace {
  const v = values[j];
  if (v === null || v === undefined) return 'above';
  const higher = (w: number | null | undefined) => w !== null && w !== undefined && w > v;
  const upLeft = higher(values[j - 1]);
  const upRight = higher(values[j + 1]);
  if (upLeft && upRight) return 'below';
  if (upRight) return 'left';
  if (upLeft) return 'right';
  return 'above';
}

/** A value as the chart prints it: "34.5%" or "74"; "—" where there is none. */
export function formatTrendValue(value: number | null, format: TrendSeries['format']): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return format === 'percent' ? `${(value * 100).toFixed(1)}%` : String(Math.round(value));
}

/**
 * Small multiples: one mini line chart per metric, side by side (four to a row when the width
 * allows, else two), each point labelled with its value. A missing value leaves a gap in the
 * line. Each panel has its own y scale from zero to its largest value, so a change reads as a
 * slope and not as an artefact of a cut axis; the printed values carry the exact numbers.
 * Each point carries data-series, data-year and an aria-label. Rendering again replaces all.
 */
export function renderTrend(
  svg: SVGSVGElement,
  input: TrendInput,
  options: TrendOptions = {},
): void {
  const width = options.width ?? 720;
  const rowH = options.height ?? 170;
  const k = options.fontScale ?? 1;
  const duration = resolveDuration(options.duration);
  const font = { title: 15 * k, panel: 12.5 * k, value: 11.5 * k, axis: 11 * k };
  const n = input.series.length;
  const cols = Math.max(1, Math.min(n, width / k >= 640 ? 4 : 2));
  const rows = Math.max(1, Math.ceil(n / cols));
  const head = font.title + 12;
  const height = head + rows * rowH;

  const root = select(svg);
  root.selectAll('*').interrupt().remove();
  root
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT_FAMILY)
    .attr('role', 'img')
    .attr('aria-label', input.title);
  root
    .append('text')
    .attr('class', 'title')
    .attr('y', font.title)
    .attr('font-size', font.title)
    .attr('font-weight', 600)
    .attr('fill', TEXT_COLOR)
    .text(input.title);

  const panelW = width / cols;
  // Room below the plot for a label set under a low point, then the years.
  const pad = {
    top: font.panel + font.value + 14,
    bottom: font.value + font.axis + 14,
    side: 18 * k,
  };
  const x = scalePoint<string>()
    .domain(input.years.map((y) => y.key))
    .range([pad.side, panelW - pad.side])
    .padding(0.3);
  const plotH = Math.max(10, rowH - pad.top - pad.bottom);

  input.series.forEach((s, i) => {
    const panel = root
      .append('g')
      .attr('class', 'panel')
      .attr('data-series', s.key)
      .attr('transform', `translate(${(i % cols) * panelW},${head + Math.floor(i / cols) * rowH})`);
    panel
      .append('text')
      .attr('class', 'panel-title')
      .attr('x', pad.side)
      .attr('y', font.panel)
      .attr('font-size', font.panel)
      .attr('font-weight', 600)
      .attr('fill', TEXT_COLOR)
      .text(fitText(s.label, panelW - pad.side, font.panel) ?? s.label);

    const top = max(s.values, (v) => v ?? 0) ?? 0;
    const y = scaleLinear()
      .domain([0, top > 0 ? top : 1])
      .range([pad.top + plotH, pad.top]);
    panel
      .append('line')
      .attr('x1', pad.side / 2)
      .attr('x2', panelW - pad.side / 2)
      .attr('y1', pad.top + plotH)
      .attr('y2', pad.top + plotH)
      .attr('stroke', '#c9ced6');
    panel
      .selectAll('text.year')
      .data(input.years)
      .join('text')
      .attr('class', 'year')
      .attr('x', (d) => x(d.key) ?? 0)
      .attr('y', pad.top + plotH + font.value + font.axis + 8)
      .attr('text-anchor', 'middle')
      .attr('font-size', font.axis)
      .attr('fill', '#4a5563')
      .text((d) => d.label);

    type Point = {
      year: { key: string; label: string };
      value: number | null;
      place: LabelPlace;
    };
    const points: Point[] = input.years.map((year, j) => ({
      year,
      value: s.values[j] ?? null,
      place: labelPlace(s.values, j),
    }));
    const path = line<Point>()
      .defined((d) => d.value !== null && Number.isFinite(d.value))
      .x((d) => x(d.year.key) ?? 0)
      .y((d) => y(d.value ?? 0));
    const drawn = panel
      .append('path')
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', LINE_COLOR)
      .attr('stroke-width', 2 * Math.sqrt(k))
      .attr('d', path(points));
    const known = points.filter((d) => d.value !== null && Number.isFinite(d.value));
    const dots = panel
      .selectAll<SVGCircleElement, Point>('circle.point')
      .data(known)
      .join('circle')
      .attr('class', 'point')
      .attr('data-series', s.key)
      .attr('data-year', (d) => d.year.key)
      .attr('role', 'img')
      .attr(
        'aria-label',
        (d) => `${s.label} · ${d.year.label} · ${formatTrendValue(d.value, s.format)}`,
      )
      .attr('cx', (d) => x(d.year.key) ?? 0)
      .attr('cy', (d) => y(d.value ?? 0))
      .attr('r', 3.5 * Math.sqrt(k))
      .attr('fill', LINE_COLOR);
    panel
      .selectAll<SVGTextElement, Point>('text.value')
      .data(known)
      .join('text')
      .attr('class', 'value')
      .attr('data-series', s.key)
      .attr('data-year', (d) => d.year.key)
      .attr('x', (d) => (x(d.year.key) ?? 0) + LABEL_DX[d.place] * k)
      .attr('y', (d) =>
        d.place === 'below' ? y(d.value ?? 0) + font.value + 5 : y(d.value ?? 0) - 7,
      )
      .attr('text-anchor', (d) => LABEL_ANCHOR[d.place])
      .attr('font-size', font.value)
      .attr('font-weight', 600)
      .attr('fill', TEXT_COLOR)
      // A white halo keeps the number readable where a line or an axis runs through it.
      .attr('paint-order', 'stroke')
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 3)
      .attr('stroke-linejoin', 'round')
      .text((d) => formatTrendValue(d.value, s.format));
    if (duration > 0) {
      drawn.attr('opacity', 0).transition().duration(duration).attr('opacity', 1);
      dots.attr('opacity', 0).transition().duration(duration).attr('opacity', 1);
    }
  });
}
