/**
 * The numbers of the before/after comparison (issue 4: "Before and after side by side: the
 * counts per level, the four metrics"), as plain rows, and how a change between them reads.
 * Every value is taken from the worker's analyses; only the leaf points total is summed here,
 * because Analysis has no field for it (counts.pointsByLevel sums by level, not by leaf).
 */
import type { Analysis, Scheme } from '../../core/types';
import { points as fmtPoints } from '../format';
import type { Lang } from '../i18n/locale.svelte';
import { tsIn } from './messages';

/** How a metric is measured, which decides how it and its change are written. */
export type MetricUnit = 'count' | 'ratio' | 'points';

/** One line of the comparison. */
export interface MetricRow {
  /** Stable name, written as data-metric="…": 'level-1' … 'level-n', 'leaves', 'points', … */
  metric: string;
  /** For 'level-n' rows: the level (1 = major items). */
  level?: number;
  unit: MetricUnit;
  before: number | null;
  /** Null while the simulation is being computed. */
  after: number | null;
  /** Whether a lower value is the aim of a consolidation (the view colours such a drop). */
  lowerIsBetter: boolean;
}

/** Sum of the points of the leaves (detailed items); null when no leaf has points. */
export function leafPointsTotal(scheme: Scheme): number | null {
  let total: number | null = null;
  for (const n of scheme.nodes) {
    if (n.children.length === 0 && n.points !== undefined) total = (total ?? 0) + n.points;
  }
  // Points are kept to 4 decimals by simulate (round()); summing floats must not add noise.
  return total === null ? null : Math.round(total * 10000) / 10000;
}

/**
 * The rows of the comparison: nodes per level (as many levels as the deeper of the two),
 * leaves, leaf points, overlap ratio, negative-incentive ratio by count, process share by
 * count, leaves on forbidden criteria and leaves with structural flags.
 */
export function compareMetrics(
  before: { scheme: Scheme; analysis: Analysis },
  after: { scheme: Scheme; analysis: Analysis } | null,
): MetricRow[] {
  const b = before.analysis;
  const a = after?.analysis ?? null;
  const depth = Math.max(b.counts.byLevel.length, a?.counts.byLevel.length ?? 0);
  const rows: MetricRow[] = [];
  for (let i = 0; i < depth; i++) {
    rows.push({
      metric: `level-${i + 1}`,
      level: i + 1,
      unit: 'count',
      before: b.counts.byLevel[i] ?? 0,
      after: a ? (a.counts.byLevel[i] ?? 0) : null,
      lowerIsBetter: true,
    });
  }
  const row = (
    metric: string,
    unit: MetricUnit,
    of: (x: Analysis) => number | null,
    lowerIsBetter = true,
  ) => rows.push({ metric, unit, before: of(b), after: a ? of(a) : null, lowerIsBetter });
  row('leaves', 'count', (x) => x.counts.leaves);
  rows.push({
    metric: 'points',
    unit: 'points',
    before: leafPointsTotal(before.scheme),
    after: after ? leafPointsTotal(after.scheme) : null,
    // Points moving is a consequence of the policy chosen, neither good nor bad in itself.
    lowerIsBetter: false,
  });
  row('overlap', 'ratio', (x) => x.overlap.ratio);
  row('negative', 'ratio', (x) => x.incentive.negativeRatio);
  row('process', 'ratio', (x) => x.kind.processShare);
  row('flagged', 'count', (x) => x.flags.criteriaLeaves);
  row('structural', 'count', (x) => x.flags.structuralLeaves);
  return rows;
}

/** A value as the view writes it: a count, a percentage with one decimal, or points. */
export function metricText(unit: MetricUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === 'ratio') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'points') return fmtPoints(value);
  return String(value);
}

/** Which way a value went. 'none' when one side is missing. */
export type Direction = 'up' | 'down' | 'same' | 'none';

/**
 * The change from before to after: "↓ 12", "↑ 0.5", ratios in percentage points
 * ("↓ 3.2 个百分点"), "不变" when equal as written.
 */
export function deltaOf(row: MetricRow, lang: Lang): { text: string; direction: Direction } {
  const { before, after, unit } = row;
  if (before === null || after === null) return { text: '', direction: 'none' };
  // Compare what the reader sees: a ratio equal to one decimal of a percent is unchanged.
  const diff =
    unit === 'ratio'
      ? Math.round((after - before) * 1000) / 10
      : unit === 'points'
        ? Math.round((after - before) * 100) / 100
        : after - before;
  if (diff === 0) return { text: tsIn(lang, 'delta.same'), direction: 'same' };
  const arrow = diff < 0 ? '↓' : '↑';
  const size = Math.abs(diff);
  const text =
    unit === 'ratio'
      ? `${arrow} ${tsIn(lang, 'delta.pp', { n: size.toFixed(1) })}`
      : `${arrow} ${unit === 'points' ? fmtPoints(size) : size}`;
  return { text, direction: diff < 0 ? 'down' : 'up' };
}
