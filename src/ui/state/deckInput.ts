/**
 * What the presentation and the printed report show, gathered from the app state: the active
 * scheme and its analysis, growth across the workspace's years, the consolidation simulated
 * on it (if any step is applied), the top overlaps and the flagged items. Numbers come from
 * the worker's analyses only; this file looks up names and orders lists.
 */
import { isCriteriaFlag } from '../../core/classify/flagGroups';
import { growthYears } from '../compare/growthYears';
import { locale, t } from '../i18n/locale.svelte';
import type { DeckInput } from '../present/deck';
import { describeStep } from '../simulate/describeStep';
import type { Lens } from './lens.svelte';

/** How many overlap clusters the deck carries (the slide and the report show fewer). */
const TOP_OVERLAPS = 12;

/** The deck of the active scheme; call only when it has an analysis. */
export function deckInputOf(lens: Lens): DeckInput {
  const entry = lens.active!;
  const scheme = lens.scheme!;
  const analysis = lens.analysis!;
  const view = lens.view!;
  const path = (id: string) => view.path(id).join(' › ');

  const { years, levelNames } = growthYears(
    lens.entries.map((e) => ({
      id: e.id,
      label: e.label,
      year: e.year,
      analysis: lens.analyses.get(e.id) ?? null,
    })),
    t,
  );

  const sim = lens.simulation.current;
  const simulation =
    sim && sim.result.records.length > 0
      ? {
          label: entry.label,
          before: analysis,
          after: sim.analysis,
          steps: sim.result.records.map((r) =>
            describeStep(r.step, locale.lang, (id) => view.byId.get(id)?.name),
          ),
        }
      : null;

  const overlaps = view.clusterOrder.slice(0, TOP_OVERLAPS).map((i) => {
    const c = analysis.overlap.clusters[i];
    return { members: c.members.map(path), similarity: c.maxSimilarity };
  });

  // The items on criteria the 2024 regulations forbid: the overview's headline number.
  // Structural flags (micro-items, wide branches) are counted apart, not listed.
  const flagged = analysis.leaves
    .filter((l) => l.flags.some((f) => isCriteriaFlag(f.type)))
    .map((l) => ({ path: path(l.id), flags: l.flags.map((f) => f.type as string) }));

  return {
    title:
      entry.year !== null && !entry.label.includes(String(entry.year))
        ? `${entry.label} ${entry.year}`
        : entry.label,
    date: new Date().toISOString().slice(0, 10),
    scheme,
    analysis,
    years,
    levelNames,
    simulation,
    overlaps,
    flagged,
  };
}
