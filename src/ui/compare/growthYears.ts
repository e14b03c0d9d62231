/**
 * The growth chart's data from the workspace's analyses: nodes per level of each analysed
 * scheme, in year order, and the level names for the deepest of them (issue 3's naming:
 * 大项/小项/细项 when the deepest scheme has three levels, 一级/二级… otherwise).
 */
import type { GrowthYear } from '../../charts/growth';
import type { Translate } from '../overview/doorLabel';
import { levelName } from '../overview/doorLabel';
import { axisLabels, orderEntries, type CompareEntry } from './compareEntries';

/** GrowthYear per analysed entry (entries still being analysed are left out), and level names. */
export function growthYears(
  entries: readonly CompareEntry[],
  t: Translate,
): { years: GrowthYear[]; levelNames: string[] } {
  const ordered = orderEntries(entries).filter((e) => e.analysis !== null);
  const labels = axisLabels(ordered);
  const depth = Math.max(0, ...ordered.map((e) => e.analysis!.counts.byLevel.length));
  return {
    years: ordered.map((e) => ({
      key: e.id,
      label: labels.get(e.id) ?? e.label,
      byLevel: [...e.analysis!.counts.byLevel],
    })),
    levelNames: Array.from({ length: depth }, (_, i) => levelName(i + 1, depth, t)),
  };
}
