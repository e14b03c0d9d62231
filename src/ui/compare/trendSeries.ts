/**
 * The trend chart's data: the headline metrics (DESIGN.md "The headline metrics") of each
 * scheme in year order — overlap ratio, negative-incentive ratio by count, process share by
 * count, and leaves flagged at least once. A scheme still being analysed gives null (a gap).
 */
import type { TrendInput, TrendSeries } from '../../charts/trend';
import type { Analysis } from '../../core/types';
import { axisLabels, orderEntries, type CompareEntry } from './compareEntries';
import type { CompareKey, CompareTranslate } from './messages';

const METRICS: {
  key: string;
  label: CompareKey;
  format: TrendSeries['format'];
  of: (a: Analysis) => number;
}[] = [
  {
    key: 'overlap',
    label: 'compare.metric.overlap',
    format: 'percent',
    of: (a) => a.overlap.ratio,
  },
  {
    key: 'negative',
    label: 'compare.metric.negative',
    format: 'percent',
    of: (a) => a.incentive.negativeRatio,
  },
  {
    key: 'process',
    label: 'compare.metric.process',
    format: 'percent',
    of: (a) => a.kind.processShare,
  },
  { key: 'flagged', label: 'compare.metric.flagged', format: 'count', of: (a) => a.flags.leaves },
];

/** The trend chart's input for the entries (all of them, in year order). */
export function trendSeries(
  entries: readonly CompareEntry[],
  tc: CompareTranslate,
  title: string,
): TrendInput {
  const ordered = orderEntries(entries);
  const labels = axisLabels(ordered);
  return {
    years: ordered.map((e) => ({ key: e.id, label: labels.get(e.id) ?? e.label })),
    series: METRICS.map((m) => ({
      key: m.key,
      label: tc(m.label),
      format: m.format,
      values: ordered.map((e) => (e.analysis ? m.of(e.analysis) : null)),
    })),
    title,
  };
}
