// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { renderGrowth, type GrowthInput } from '../../src/charts/growth';

// The two samples as data/README.md counts them: 2011 has 9 major items and 45 items under
// them (two levels), 2020 has 4 major, 109 sub and 371 detailed items.
const SAMPLES: GrowthInput = {
  years: [
    { key: 'e1', label: '2011', byLevel: [9, 45] },
    { key: 'e2', label: '2020', byLevel: [4, 109, 371] },
  ],
  levelNames: ['大项', '小项', '细项'],
  title: '各级指标数量的变化',
};

let svg: SVGSVGElement;
afterEach(() => svg?.remove());

function draw(input: GrowthInput = SAMPLES, options = {}) {
  svg ??= document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  renderGrowth(svg, input, { duration: 0, ...options });
  return svg;
}
const bar = (year: string, level: number) =>
  svg.querySelector<SVGRectElement>(`rect.bar[data-year="${year}"][data-level="${level}"]`)!;
const valueText = (year: string, level: number) =>
  svg.querySelector(`text.value[data-year="${year}"][data-level="${level}"]`)?.textContent;
const height = (year: string, level: number) => Number(bar(year, level).getAttribute('height'));

describe('renderGrowth(svg, input)', () => {
  it('draws a bar per year × level the scheme has, each labelled with its number', () => {
    draw();
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(5);
    expect([1, 2, 3].map((l) => valueText('e2', l))).toEqual(['4', '109', '371']);
    expect([1, 2].map((l) => valueText('e1', l))).toEqual(['9', '45']);
    // 2011 has no third level: no bar and no "0", which would read as "no detailed items".
    expect(valueText('e1', 3)).toBeUndefined();
    expect(svg.querySelector('rect.bar[data-year="e1"][data-level="3"]')).toBeNull();
  });

  it('prints the numbers under each year as text, since 371 dwarfs 4', () => {
    draw();
    const under = [...svg.querySelectorAll('text.year-numbers')].map((t) => t.textContent);
    expect(under).toEqual(['9 / 45', '4 / 109 / 371']);
    const years = [...svg.querySelectorAll('text.year-label')].map((t) => t.textContent);
    expect(years).toEqual(['2011', '2020']);
  });

  it('uses a linear axis: bar heights are proportional to the numbers', () => {
    draw();
    expect(height('e2', 3) / height('e2', 2)).toBeCloseTo(371 / 109, 2);
    expect(height('e1', 1) / height('e2', 1)).toBeCloseTo(9 / 4, 2);
    expect(height('e2', 3)).toBeGreaterThan(height('e1', 2));
  });

  it('names each bar for assistive technology and colours it by level, with a legend', () => {
    draw();
    expect(bar('e2', 3).getAttribute('aria-label')).toBe('2020 · 细项 · 371');
    expect(bar('e1', 1).getAttribute('fill')).toBe(bar('e2', 1).getAttribute('fill'));
    expect(bar('e2', 1).getAttribute('fill')).not.toBe(bar('e2', 2).getAttribute('fill'));
    const legend = [...svg.querySelectorAll('.legend-item text')].map((t) => t.textContent);
    expect(legend).toEqual(['大项', '小项', '细项']);
    expect(svg.getAttribute('aria-label')).toBe('各级指标数量的变化');
  });

  it('replaces what it drew when rendered again', () => {
    draw();
    draw({ ...SAMPLES, years: SAMPLES.years.slice(1) });
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(3);
    expect(svg.querySelectorAll('text.title')).toHaveLength(1);
    expect(svg.querySelectorAll('g.legend')).toHaveLength(1);
  });

  it('enlarges all text with fontScale (the presentation view uses 2)', () => {
    const sizes = () =>
      [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')));
    draw();
    const normal = sizes().filter((s) => s > 0);
    draw(SAMPLES, { fontScale: 2 });
    const large = sizes().filter((s) => s > 0);
    expect(large.length).toBe(normal.length);
    large.forEach((s, i) => expect(s).toBeCloseTo(normal[i] * 2));
  });

  it('does not modify the data it was given', () => {
    const input = structuredClone(SAMPLES);
    draw(input);
    expect(input).toEqual(SAMPLES);
  });
});
