import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../../src/core/analyze';
import { importScheme } from '../../../src/core/import/importScheme';
import { simulate } from '../../../src/core/simulate/simulate';
import {
  compareMetrics,
  deltaOf,
  leafPointsTotal,
  metricText,
  type MetricRow,
} from '../../../src/ui/simulate/compareMetrics';

const bytes = readFileSync(resolve(import.meta.dirname, '../../../data/scheme-2020.csv'));
const S2020 = importScheme(new Uint8Array(bytes), 'scheme-2020.csv').scheme!;

describe('compareMetrics(before, after) on scheme-2020.csv before and after a merge', () => {
  const before = { scheme: S2020, analysis: analyzeScheme(S2020) };
  const result = simulate(S2020, [{ type: 'merge-overlap', points: 'sum' }]);
  const after = { scheme: result.scheme, analysis: analyzeScheme(result.scheme) };
  const rows = Object.fromEntries(compareMetrics(before, after).map((r) => [r.metric, r]));

  it('takes every number from the two analyses', () => {
    expect(Object.keys(rows)).toEqual([
      'level-1',
      'level-2',
      'level-3',
      'leaves',
      'points',
      'overlap',
      'negative',
      'process',
      'flagged',
      'structural',
    ]);
    // data/README.md: 4 major, 109 sub, 371 detailed items, 15 planted overlap groups.
    expect([rows['level-1'].before, rows['level-2'].before, rows['level-3'].before]).toEqual([
      4, 109, 371,
    ]);
    expect(rows.leaves.after).toBe(371 - result.records[0].removed.length);
    expect(rows.overlap.after).toBe(0);
    expect(rows.negative.before).toBe(before.analysis.incentive.negativeRatio);
    expect(rows.process.after).toBe(after.analysis.kind.processShare);
    expect(rows.flagged.before).toBe(before.analysis.flags.criteriaLeaves);
  });

  it('a merge that sums points keeps the total of the detailed items', () => {
    expect(rows.points.before).toBe(rows.points.after);
    expect(rows.points.before).toBe(
      Math.round(
        S2020.nodes.reduce((s, n) => s + (n.children.length ? 0 : (n.points ?? 0)), 0) * 1e4,
      ) / 1e4,
    );
  });

  it('gives the after column nothing while the simulation is computed', () => {
    expect(compareMetrics(before, null).every((r) => r.after === null)).toBe(true);
  });
});

describe('deltaOf(row, lang) writes the change as a reader sees it', () => {
  const row = (
    unit: MetricRow['unit'],
    before: number | null,
    after: number | null,
  ): MetricRow => ({
    metric: 'm',
    unit,
    before,
    after,
    lowerIsBetter: true,
  });
  it.each<[MetricRow, string, string, string]>([
    [row('count', 371, 300), '↓ 71', '↓ 71', 'down'],
    [row('count', 9, 12), '↑ 3', '↑ 3', 'up'],
    [row('count', 4, 4), '不变', 'same', 'same'],
    [row('ratio', 0.084, 0), '↓ 8.4 个百分点', '↓ 8.4 pp', 'down'],
    // 76.41% and 76.44% both read 76.4%: no change to see.
    [row('ratio', 0.7641, 0.7644), '不变', 'same', 'same'],
    [row('points', 100, 92.5), '↓ 7.5', '↓ 7.5', 'down'],
    [row('points', 100, 99.9999), '不变', 'same', 'same'],
    [row('count', 3, null), '', '', 'none'],
  ])('%j → %s / %s', (r, zhText, enText, direction) => {
    expect(deltaOf(r, 'zh')).toEqual({ text: zhText, direction });
    expect(deltaOf(r, 'en').text).toBe(enText);
  });

  it.each<[MetricRow['unit'], number | null, string]>([
    ['ratio', 0.0841, '8.4%'],
    ['points', 92.49999999, '92.5'],
    ['count', 371, '371'],
    ['ratio', null, '—'],
  ])('metricText(%s, %s) is %s', (unit, value, text) => {
    expect(metricText(unit, value)).toBe(text);
  });

  it('leafPointsTotal is null for a scheme whose leaves have no points', () => {
    expect(
      leafPointsTotal({ ...S2020, nodes: S2020.nodes.map(({ points: _p, ...n }) => n) }),
    ).toBeNull();
  });
});
