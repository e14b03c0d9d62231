import { axisLeft, max, scaleBand, scaleLinear, select, type Selection } from 'd3';
import { FONT_FAMILY, resolveDuration, TEXT_COLOR } from './style';
import { estimateTextWidth } from './textFit';

/** One scheme of the growth chart: its nodes per level. */
export interface GrowthYear {
  /** Stable key (the workspace entry id). */
  key: string;
  /** What the x axis shows ("2011"). */
  label: string;
  /** Nodes per level, index 0 = level 1; a scheme with fewer levels has a shorter array. */
  byLevel: number[];
}

/** The data of the growth chart (issue 4 "Compare": items per level across the years). */
export interface GrowthInput {
  /** In the order drawn (the caller orders them by year). */
  years: GrowthYear[];
  /** One name per level drawn ('大项', '小项', '细项' or '一级指标' …); sets how many levels. */
  levelNames: string[];
  title: string;
}

/** Options of renderGrowth; none is data. */
export interface GrowthOptions {
  /** Width of the drawing in SVG units; default 720. */
  width?: number;
  /** Height of the drawing in SVG units; default 360. */
  height?: number;
  /** Multiplies every font size and the margins around the plot; default 1 (presentation: 2). */
  fontScale?: number;
  /** Length of the bars' growth animation in ms; default 600, 0 under reduced motion. */
  duration?: number;
}

/** One colour per level, darkest for the major items (Tableau-like, readable in print). */
export const LEVEL_COLORS = ['#2463d1', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#9c755f'];

/** The colour of a level (0-based index), cycling past the palette. */
export function levelColor(i: number): string {
  return LEVEL_COLORS[i % LEVEL_COLORS.length];
}

/**
 * Grouped bars of nodes per level for each year, a linear y axis, the number on each bar and,
 * because 371 dwarfs 4, the numbers again as text under each year ("4 / 109 / 371"). A level a
 * scheme does not have gets no bar (nor a 0). Each bar carries data-year, data-level (1-based)
 * and an aria-label. Rendering again replaces everything the svg holds.
 */
export function renderGrowth(
  svg: SVGSVGElement,
  input: GrowthInput,
  options: GrowthOptions = {},
): void {
  const width = options.width ?? 720;
  const height = options.height ?? 360;
  const k = options.fontScale ?? 1;
  const duration = resolveDuration(options.duration);
  const font = { title: 15 * k, label: 12 * k, axis: 11 * k, numbers: 12 * k };
  const levels = input.levelNames.length;

  const root = select(svg);
  root.interrupt();
  root.selectAll('*').interrupt().remove();
  root
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT_FAMILY)
    .attr('role', 'img')
    .attr('aria-label', input.title);

  const margin = {
    top: font.title + 14 + font.label + 18,
    right: 12 * k,
    bottom: font.axis + font.numbers + 22,
    left: 34 * k + 8,
  };
  const plotW = Math.max(10, width - margin.left - margin.right);
  const plotH = Math.max(10, height - margin.top - margin.bottom);

  root
    .append('text')
    .attr('class', 'title')
    .attr('x', 0)
    .attr('y', font.title)
    .attr('font-size', font.title)
    .attr('font-weight', 600)
    .attr('fill', TEXT_COLOR)
    .text(input.title);
  drawLegend(root, input.levelNames, font.label, font.title + 12);

  const x0 = scaleBand<string>()
    .domain(input.years.map((y) => y.key))
    .range([0, plotW])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const x1 = scaleBand<number>()
    .domain(Array.from({ length: levels }, (_, i) => i))
    .range([0, x0.bandwidth()])
    .padding(0.08);
  const top = max(input.years, (y) => max(y.byLevel.slice(0, levels))) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(1, top)])
    .nice()
    .range([plotH, 0]);

  const plot = root.append('g').attr('transform', `translate(${margin.left},${margin.top})`);
  const axis = plot.append('g').attr('class', 'y-axis').call(axisLeft(y).ticks(5));
  axis.selectAll('text').attr('font-size', font.axis).attr('font-family', FONT_FAMILY);
  axis.select('.domain').attr('stroke', '#c9ced6');
  plot
    .append('line')
    .attr('x1', 0)
    .attr('x2', plotW)
    .attr('y1', plotH)
    .attr('y2', plotH)
    .attr('stroke', '#9aa3ae');

  const groups = plot
    .selectAll<SVGGElement, GrowthYear>('g.year')
    .data(input.years, (d) => d.key)
    .join('g')
    .attr('class', 'year')
    .attr('data-year', (d) => d.key)
    .attr('transform', (d) => `translate(${x0(d.key) ?? 0},0)`);

  type Bar = { year: GrowthYear; level: number; value: number };
  // Only the levels a scheme has: a zero bar under 细项 for a two-level scheme would read as
  // "no detailed items" when its detailed items sit on its second level.
  const barsOf = (d: GrowthYear): Bar[] =>
    d.byLevel.slice(0, input.levelNames.length).map((value, level) => ({ year: d, level, value }));

  const bars = groups
    .selectAll<SVGRectElement, Bar>('rect.bar')
    .data(barsOf)
    .join('rect')
    .attr('class', 'bar')
    .attr('data-year', (d) => d.year.key)
    .attr('data-level', (d) => d.level + 1)
    .attr('aria-label', (d) => `${d.year.label} · ${input.levelNames[d.level]} · ${d.value}`)
    .attr('role', 'img')
    .attr('x', (d) => x1(d.level) ?? 0)
    .attr('width', x1.bandwidth())
    .attr('fill', (d) => levelColor(d.level));
  const values = groups
    .selectAll<SVGTextElement, Bar>('text.value')
    .data(barsOf)
    .join('text')
    .attr('class', 'value')
    .attr('data-year', (d) => d.year.key)
    .attr('data-level', (d) => d.level + 1)
    .attr('x', (d) => (x1(d.level) ?? 0) + x1.bandwidth() / 2)
    .attr('text-anchor', 'middle')
    .attr('font-size', font.label)
    .attr('font-weight', 600)
    .attr('fill', TEXT_COLOR)
    // A white halo keeps the number readable where a line or an axis runs through it.
    .attr('paint-order', 'stroke')
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 3)
    .attr('stroke-linejoin', 'round')
    .text((d) => String(d.value));

  const barTop = (d: Bar) => y(d.value);
  // A bar too short to notice still shows its number just above the axis.
  const labelY = (d: Bar) => Math.min(barTop(d), plotH) - 4;
  if (duration > 0) {
    bars
      .attr('y', plotH)
      .attr('height', 0)
      .transition()
      .duration(duration)
      .attr('y', barTop)
      .attr('height', (d) => plotH - barTop(d));
    values
      .attr('y', plotH - 4)
      .transition()
      .duration(duration)
      .attr('y', labelY);
  } else {
    bars.attr('y', barTop).attr('height', (d) => plotH - barTop(d));
    values.attr('y', labelY);
  }

  // Under each year: its label, then its numbers per level as text.
  groups
    .append('text')
    .attr('class', 'year-label')
    .attr('x', x0.bandwidth() / 2)
    .attr('y', plotH + font.axis + 6)
    .attr('text-anchor', 'middle')
    .attr('font-size', font.axis)
    .attr('font-weight', 600)
    .attr('fill', TEXT_COLOR)
    .text((d) => d.label);
  groups
    .append('text')
    .attr('class', 'year-numbers')
    .attr('x', x0.bandwidth() / 2)
    .attr('y', plotH + font.axis + font.numbers + 12)
    .attr('text-anchor', 'middle')
    .attr('font-size', font.numbers)
    .attr('fill', '#4a5563')
    .text((d) => d.byLevel.join(' / '));
}

/** Swatch and name per level, in a row under the title. */
function drawLegend(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  names: string[],
  size: number,
  top: number,
): void {
  const legend = root.append('g').attr('class', 'legend').attr('transform', `translate(0,${top})`);
  let x = 0;
  names.forEach((name, i) => {
    const item = legend
      .append('g')
      .attr('class', 'legend-item')
      .attr('transform', `translate(${x},0)`);
    item
      .append('rect')
      .attr('width', size)
      .attr('height', size)
      .attr('rx', 2)
      .attr('fill', levelColor(i));
    item
      .append('text')
      .attr('x', size + 5)
      .attr('y', size * 0.85)
      .attr('font-size', size)
      .attr('fill', TEXT_COLOR)
      .text(name);
    x += size + 5 + estimateTextWidth(name, size) + 16;
  });
}
