/**
 * Pure operations on the workspace's entries (issue 4 "Workspace"): one entry per scheme
 * open — one file per year, or one year of a file with a year column — with its label,
 * year, overrides, threshold and simulation. Entries are replaced, never mutated, so the
 * Svelte state holding them can be raw and the same objects can be stored in IndexedDB.
 */
import type { PointsPolicy, SimulationStep } from '../../core/simulate/simulate';
import type { Scheme } from '../../core/types';
import type { SimulationState, WorkspaceEntry } from '../../core/workspace/workspaceDoc';

/** The policy a new simulation starts with: the one that keeps a scheme's totals. */
export const DEFAULT_POLICY: PointsPolicy = 'keep-parent-totals';

/** A four-digit year in a file or scheme name ("考核办法2020.xlsx" → 2020), or null. */
export function yearFromName(name: string): number | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(name);
  return m ? Number(m[1]) : null;
}

/** An id no entry in `taken` has. */
export function freshId(taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((e) => e.id));
  let n = taken.length + 1;
  while (ids.has(`e${n}`)) n++;
  return `e${n}`;
}

/** A new entry for an imported scheme: label from the scheme, year from the scheme or the file name. */
export function newEntry(
  scheme: Scheme,
  from: { bytes: Uint8Array | null; fileName: string; sheet: string | null; threshold: number },
  taken: readonly { id: string }[],
): WorkspaceEntry {
  return {
    id: freshId(taken),
    label: scheme.label,
    year: scheme.year ?? yearFromName(from.fileName) ?? yearFromName(scheme.label),
    fileName: from.fileName,
    bytes: from.bytes,
    sheet: from.sheet,
    scheme,
    overrides: [],
    threshold: from.threshold,
    simulation: { steps: [], cursor: 0, policy: DEFAULT_POLICY },
  };
}

/** The entries ordered by year (entries without one last), then label: the order of the growth chart. */
export function byYear(entries: readonly WorkspaceEntry[]): WorkspaceEntry[] {
  return [...entries].sort(
    (a, b) =>
      (a.year ?? Infinity) - (b.year ?? Infinity) ||
      a.label.localeCompare(b.label, 'zh') ||
      a.id.localeCompare(b.id),
  );
}

/** The pair compared by default: the two latest years (older first). */
export function defaultPair(entries: readonly WorkspaceEntry[]): {
  oldId: string | null;
  newId: string | null;
} {
  const ordered = byYear(entries);
  if (ordered.length < 2) return { oldId: null, newId: null };
  return { oldId: ordered[ordered.length - 2].id, newId: ordered[ordered.length - 1].id };
}

/** Replaces the entry with `id` by `f(entry)`. */
export function update(
  entries: readonly WorkspaceEntry[],
  id: string,
  f: (e: WorkspaceEntry) => WorkspaceEntry,
): WorkspaceEntry[] {
  return entries.map((e) => (e.id === id ? f(e) : e));
}

/** The steps applied now. */
export function applied(sim: SimulationState): SimulationStep[] {
  return sim.steps.slice(0, sim.cursor);
}

/** Appends a step after the applied ones; steps that could have been redone are dropped. */
export function withStep(sim: SimulationState, step: SimulationStep): SimulationState {
  const steps = [...applied(sim), step];
  return { ...sim, steps, cursor: steps.length };
}

export function undone(sim: SimulationState): SimulationState {
  return { ...sim, cursor: Math.max(0, sim.cursor - 1) };
}

export function redone(sim: SimulationState): SimulationState {
  return { ...sim, cursor: Math.min(sim.steps.length, sim.cursor + 1) };
}

/** The same steps replayed on another scheme (issue 4: "replayed on another scheme"). */
export function replayed(from: SimulationState): SimulationState {
  const steps = applied(from);
  return { steps, cursor: steps.length, policy: from.policy };
}

/** A key that changes whenever what a simulation computes from changes. */
export function simulationKey(entry: WorkspaceEntry): string {
  return JSON.stringify([
    entry.scheme.id,
    applied(entry.simulation),
    entry.simulation.policy,
    entry.threshold,
    entry.overrides,
  ]);
}
