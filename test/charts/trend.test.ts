// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { formatTrendValue, labelPlace, renderTrend, type TrendInput } from '../../src/charts/trend';

const INPUT: TrendInput = {
  years: [
    { key: 'e1', label: '2011' },
    { key: 'e2', label: '2016' },
    { key: 'e3', label: '2020' },
  ],
  series: [
    { key: 'overlap', label: '重复率', values: [0, null, 0.084], format: 'percent' },
    { key: 'negative', label: '负向激励比例', values: [0.2, 0.5, 0.76], format: 'percent' },
    { key: 'process', label: '过程性指标占比', values: [0.3, 0.45, 0.65], format: 'percent' },
    { key: 'flagged', label: '被标记的形式主义指标', values: [3, 20, 74], format: 'count' },
  ],
  title: '主要指标随年份的变化',
};

let svg: SVGSVGElement;
afterEach(() => svg?.remove());

function draw(input: TrendInput = INPUT, options = {}) {
  svg ??= document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  renderTrend(svg, input, { duration: 0, ...options });
}
const labels = (series: string) =>
  [...svg.querySelectorAll(`text.value[data-series="${series}"]`)].map((t) => t.textContent);
const cy = (series: string, year: string) =>
  Number(
    svg
      .querySelector(`circle.point[data-series="${series}"][data-year="${year}"]`)!
      .getAttribute('cy'),
  );

describe('renderTrend(svg, input)', () => {
  it('draws one small chart per metric, titled with its name', () => {
    draw();
    const titles = [...svg.querySelectorAll('g.panel text.panel-title')].map((t) => t.textContent);
    expect(titles).toEqual(['重复率', '负向激励比例', '过程性指标占比', '被标记的形式主义指标']);
  });

  it('labels every known point with its value, as a percentage or a count', () => {
    draw();
    expect(labels('negative')).toEqual(['20.0%', '50.0%', '76.0%']);
    expect(labels('flagged')).toEqual(['3', '20', '74']);
  });

  it('leaves a gap where a value is unknown: no point, no label', () => {
    draw();
    expect(labels('overlap')).toEqual(['0.0%', '8.4%']);
    expect(svg.querySelector('circle.point[data-series="overlap"][data-year="e2"]')).toBeNull();
    // Two separate line pieces (one point each), not a line through the unknown year.
    const d = svg.querySelector('g.panel[data-series="overlap"] path.line')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('puts a larger value higher, from a zero baseline', () => {
    draw();
    expect(cy('flagged', 'e3')).toBeLessThan(cy('flagged', 'e2'));
    expect(cy('flagged', 'e2')).toBeLessThan(cy('flagged', 'e1'));
    expect(cy('overlap', 'e1')).toBeGreaterThan(cy('overlap', 'e3')); // 0 sits on the baseline
  });

  it('names each point for assistive technology', () => {
    draw();
    const c = svg.querySelector('circle.point[data-series="process"][data-year="e3"]')!;
    expect(c.getAttribute('aria-label')).toBe('过程性指标占比 · 2020 · 65.0%');
  });

  it('replaces what it drew when rendered again', () => {
    draw();
    draw({ ...INPUT, series: INPUT.series.slice(0, 2) });
    expect(svg.querySelectorAll('g.panel')).toHaveLength(2);
    expect(svg.querySelectorAll('text.title')).toHaveLength(1);
  });

  it('enlarges its text with fontScale', () => {
    draw();
    const normal = Number(svg.querySelector('text.panel-title')!.getAttribute('font-size'));
    draw(INPUT, { fontScale: 2 });
    expect(Number(svg.querySelector('text.panel-title')!.getAttribute('font-size'))).toBe(
      normal * 2,
    );
  });
});

describe('formatTrendValue(value, format)', () => {
  it.each([
    { value: 0.084, format: 'percent' as const, expected: '8.4%' },
    { value: 1, format: 'percent' as const, expected: '100.0%' },
    { value: 74, format: 'count' as const, expected: '74' },
    { value: null, format: 'count' as const, expected: '—' },
    { value: Number.NaN, format: 'percent' as const, expected: '—' },
  ])('$value as $format → $expected', ({ value, format, expected }) => {
    expect(formatTrendValue(value, format)).toBe(expected);
  });
});

describe("labelPlace(values, j) keeps the line out of a point's label", () => {
  it.each([
    { values: [0.2, 0.76], j: 0, expected: 'left' }, // the line climbs to the right
    { values: [0.2, 0.76], j: 1, expected: 'above' }, // it arrives from below
    { values: [0.76, 0.2], j: 1, expected: 'right' }, // it falls into the point from the left
    { values: [0.5, 0.1, 0.6], j: 1, expected: 'below' }, // a dip
    { values: [0.1, 0.6, 0.2], j: 1, expected: 'above' }, // a peak
    { values: [0.6, null, 0.9], j: 0, expected: 'above' }, // no segment across a gap
    { values: [74], j: 0, expected: 'above' },
  ])('$values at $j → $expected', ({ values, j, expected }) => {
    expect(labelPlace(values, j)).toBe(expected);
  });

  it("sets a rising line's first label to the left of its point", () => {
    draw();
    const t = svg.querySelector('text.value[data-series="flagged"][data-year="e1"]')!;
    const c = svg.querySelector('circle.point[data-series="flagged"][data-year="e1"]')!;
    expect(t.getAttribute('text-anchor')).toBe('end');
    expect(Number(t.getAttribute('x'))).toBeLessThan(Number(c.getAttribute('cx')));
  });
});
