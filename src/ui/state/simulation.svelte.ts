/**
 * The active scheme's simulation (issue 4 "Simulate consolidation"): steps applied in the
 * worker to a copy, undo and redo by moving a cursor over the step list, replay on another
 * scheme. A step is committed to the workspace only once its result has arrived, so a tab
 * closed mid-simulation reopens with the steps as they were. Results are cached by what
 * they were computed from, so undo and redo are instant.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- Maps and Dates here are snapshots: a
   $state.raw value is replaced whole, never mutated, so there is nothing for SvelteMap to track. */
import type { PointsPolicy, SimulationResult, SimulationStep } from '../../core/simulate/simulate';
import type { Analysis } from '../../core/types';
import type { SimulationState, WorkspaceEntry } from '../../core/workspace/workspaceDoc';
import { applied, redone, replayed, simulationKey, undone, update, withStep } from './entries';
import type { Lens } from './lens.svelte';

export interface SimulationOutcome {
  result: SimulationResult;
  analysis: Analysis;
}

/** How many computed simulations are kept for instant undo/redo. */
const CACHE_SIZE = 24;

export class Simulation {
  /** Outcomes by simulationKey; replaced whole. */
  private cache = $state.raw<ReadonlyMap<string, SimulationOutcome>>(new Map());
  busy = $state(false);

  /** The outcome for the active entry as it stands, or null while it is computed. */
  current: SimulationOutcome | null = $derived.by(() => {
    const entry = this.lens.active;
    return entry ? (this.cache.get(simulationKey(entry)) ?? null) : null;
  });

  constructor(private readonly lens: Lens) {}

  /** Computes the active entry's simulation if it is not cached (opening the page, a restore). */
  async ensure(): Promise<void> {
    const entry = this.lens.active;
    if (entry && !this.cache.has(simulationKey(entry))) await this.run(entry, entry.simulation);
  }

  add(step: SimulationStep): Promise<void> {
    return this.change((sim) => withStep(sim, step));
  }
  undo(): Promise<void> {
    return this.change(undone);
  }
  redo(): Promise<void> {
    return this.change(redone);
  }
  /** Back to the scheme as read; the steps stay redoable. */
  reset(): Promise<void> {
    return this.change((sim) => ({ ...sim, cursor: 0 }));
  }
  setPolicy(policy: PointsPolicy): Promise<void> {
    return this.change((sim) => ({ ...sim, policy }));
  }

  /** Applies the active entry's steps to another scheme of the workspace and shows it. */
  async replayOn(targetId: string): Promise<void> {
    const from = this.lens.active;
    const target = this.lens.entries.find((e) => e.id === targetId);
    if (!from || !target || target.id === from.id) return;
    this.lens.activate(target.id);
    await this.run(target, replayed(from.simulation));
  }

  private async change(f: (sim: SimulationState) => SimulationState): Promise<void> {
    const entry = this.lens.active;
    if (!entry) return;
    const next = f(entry.simulation);
    if (JSON.stringify(next) === JSON.stringify(entry.simulation)) return;
    await this.run(entry, next);
  }

  /** Computes `sim` on `entry` and, once it has arrived, commits it to the workspace. */
  private async run(entry: WorkspaceEntry, sim: SimulationState): Promise<void> {
    const next: WorkspaceEntry = { ...entry, simulation: sim };
    const key = simulationKey(next);
    let outcome = this.cache.get(key) ?? null;
    if (!outcome) {
      const op = this.lens.start({ stage: 'simulating', since: Date.now() });
      this.busy = true;
      try {
        outcome = await this.lens.client.simulate(entry.scheme, applied(sim), sim.policy, {
          threshold: entry.threshold,
          overrides: entry.overrides,
        });
        if (!outcome) return;
        this.lens.end(op);
      } catch (e) {
        this.lens.end(op);
        this.lens.fail(e);
        return;
      } finally {
        this.busy = false;
      }
      const cache = new Map(this.cache).set(key, outcome);
      while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      this.cache = cache;
    }
    if (!this.lens.entries.some((e) => e.id === entry.id)) return;
    this.lens.commit(update(this.lens.entries, entry.id, (e) => ({ ...e, simulation: sim })));
  }
}
