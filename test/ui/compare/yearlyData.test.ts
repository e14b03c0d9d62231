import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/types';
import {
  axisLabels,
  orderEntries,
  type CompareEntry,
} from '../../../src/ui/compare/compareEntries';
import { diffRows, DIFF_KINDS } from '../../../src/ui/compare/diffRows';
import { growthYears } from '../../../src/ui/compare/growthYears';
import { tc } from '../../../src/ui/compare/messages';
import { trendSeries } from '../../../src/ui/compare/trendSeries';
import { locale, t } from '../../../src/ui/i18n/locale.svelte';
import { analysis } from '../fixture';
import { samples } from './samples';

afterEach(() => locale.set('zh'));

/** The hand-made fixture analysis with other counts per level and other ratios. */
function withCounts(byLevel: number[], ratios: { overlap: number; flagged: number }): Analysis {
  return {
    ...analysis,
    counts: { ...analysis.counts, byLevel },
    overlap: { ...analysis.overlap, ratio: ratios.overlap },
    flags: { ...analysis.flags, leaves: ratios.flagged },
  };
}

const e = (id: string, label: string, year: number | null, a: Analysis | null): CompareEntry => ({
  id,
  label,
  year,
  analysis: a,
});
const A2011 = withCounts([9, 45], { overlap: 0, flagged: 3 });
const A2020 = withCounts([4, 109, 371], { overlap: 0.084, flagged: 74 });
const ENTRIES = [
  e('x', '无年份方案', null, A2011),
  e('b', '2020 定稿', 2020, A2020),
  e('a', '2011 方案', 2011, A2011),
  e('c', '2020 初稿', 2020, null),
];

describe('orderEntries(entries) and axisLabels(entries)', () => {
  it('orders by year, schemes without a year last, then by label (初稿 before 定稿)', () => {
    expect(orderEntries(ENTRIES).map((x) => x.id)).toEqual(['a', 'c', 'b', 'x']);
  });

  it('does not modify the entries it was given', () => {
    const copy = [...ENTRIES];
    orderEntries(ENTRIES);
    expect(ENTRIES).toEqual(copy);
  });

  it('labels a column by its year, adding the label where a year repeats or is missing', () => {
    expect(Object.fromEntries(axisLabels(ENTRIES))).toEqual({
      x: '无年份方案',
      b: '2020 · 2020 定稿',
      a: '2011',
      c: '2020 · 2020 初稿',
    });
  });
});

describe('growthYears(entries, t)', () => {
  it('gives the analysed schemes in year order, with their nodes per level', () => {
    const g = growthYears(ENTRIES.slice(0, 3), t);
    expect(g.years).toEqual([
      { key: 'a', label: '2011', byLevel: [9, 45] },
      { key: 'b', label: '2020', byLevel: [4, 109, 371] },
      { key: 'x', label: '无年份方案', byLevel: [9, 45] },
    ]);
  });

  it('leaves out a scheme still being analysed', () => {
    expect(growthYears(ENTRIES, t).years.map((y) => y.key)).toEqual(['a', 'b', 'x']);
  });

  it.each([
    { depths: [[9, 45]], names: ['一级指标', '二级指标'] },
    {
      depths: [
        [9, 45],
        [4, 109, 371],
      ],
      names: ['大项', '小项', '细项'],
    },
    { depths: [[1, 2, 3, 4]], names: ['一级指标', '二级指标', '三级指标', '四级指标'] },
  ])('names the levels for the deepest scheme: $names', ({ depths, names }) => {
    const entries = depths.map((d, i) =>
      e(`e${i}`, `s${i}`, 2000 + i, withCounts(d, { overlap: 0, flagged: 0 })),
    );
    expect(growthYears(entries, t).levelNames).toEqual(names);
  });
});

describe('trendSeries(entries, tc, title)', () => {
  it('gives the four headline metrics per scheme, null while one is analysed', () => {
    const tr = trendSeries(ENTRIES, tc, 'T');
    expect(tr.years.map((y) => y.key)).toEqual(['a', 'c', 'b', 'x']);
    expect(tr.series.map((s) => [s.key, s.format])).toEqual([
      ['overlap', 'percent'],
      ['negative', 'percent'],
      ['process', 'percent'],
      ['flagged', 'count'],
    ]);
    expect(tr.series[0].values).toEqual([0, null, 0.084, 0]);
    expect(tr.series[3].values).toEqual([3, null, 74, 3]);
  });

  it('names the metrics in the interface language', () => {
    locale.set('en');
    expect(trendSeries(ENTRIES, tc, 'T').series.map((s) => s.label)).toEqual([
      'Overlap ratio',
      'Negative-incentive ratio',
      'Process share',
      'Items flagged as formalism',
    ]);
  });
});

describe('diffRows(diff, kind)', () => {
  const { diff } = samples();

  it.each(DIFF_KINDS)('lists as many %s leaves as the diff counts', (kind) => {
    expect(diffRows(diff, kind)).toHaveLength(diff.counts[kind]);
  });

  it('lists every leaf without a kind', () => {
    expect(diffRows(diff, null)).toBe(diff.leaves);
  });
});
