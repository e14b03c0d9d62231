/**
 * Comparing two schemes of the workspace (issue 4 "Compare"): the pair chosen (saved with the
 * view, defaulting to the two latest years) and their diff, computed in the worker.
 */
import type { DiffBasis, SchemeDiff } from '../../core/compare/diffSchemes';
import { defaultPair } from './entries';
import type { Lens } from './lens.svelte';

export class Comparison {
  /** The diff shown and what it was computed from. */
  private last = $state.raw<{ key: string; diff: SchemeDiff } | null>(null);
  busy = $state(false);

  /** The pair compared: the user's choice while both still exist, else the default. */
  pair: { oldId: string | null; newId: string | null } = $derived.by(() => {
    const chosen = this.lens.saved.compare;
    const has = (id: string | null) => !!id && this.lens.entries.some((e) => e.id === id);
    if (has(chosen.oldId) && has(chosen.newId)) {
      return chosen;
    }
    return defaultPair(this.lens.entries);
  });

  /** The diff of the pair as it stands now, or null while it is computed. */
  diff: SchemeDiff | null = $derived(
    this.last && this.last.key === this.key() ? this.last.diff : null,
  );

  constructor(private readonly lens: Lens) {}

  pick(oldId: string, newId: string): void {
    this.lens.saved.compare = { oldId, newId };
    this.lens.saved.soon();
    void this.ensure();
  }

  /** Computes the diff of the pair if it is not the one shown. */
  async ensure(): Promise<void> {
    const key = this.key();
    const { oldId, newId } = this.pair;
    const a = this.lens.entries.find((e) => e.id === oldId);
    const b = this.lens.entries.find((e) => e.id === newId);
    if (!key || !a || !b || this.last?.key === key) return;
    this.busy = true;
    try {
      // The headline numbers of both are known already: only they cross, not the analyses,
      // and the worker does not analyse either scheme again (issue 5: compare at 100k).
      const analyses = this.basis(a.id, b.id);
      const diff = await this.lens.client.diff(a.scheme, b.scheme, {
        threshold: b.threshold,
        ...(analyses ? { analyses } : {}),
      });
      if (diff && key === this.key()) this.last = { key, diff };
    } catch (e) {
      this.lens.fail(e);
    } finally {
      this.busy = false;
    }
  }

  /** The numbers the diff compares, from the analyses shown, when both are there. */
  private basis(oldId: string, newId: string): { old: DiffBasis; new: DiffBasis } | null {
    const of = (id: string): DiffBasis | null => {
      const a = this.lens.analyses.get(id);
      if (!a) return null;
      return {
        counts: { byLevel: a.counts.byLevel, leaves: a.counts.leaves },
        overlap: { ratio: a.overlap.ratio },
        incentive: { negativeRatio: a.incentive.negativeRatio },
        kind: { processShare: a.kind.processShare },
        flags: { leaves: a.flags.leaves },
      };
    };
    const o = of(oldId);
    const n = of(newId);
    return o && n ? { old: o, new: n } : null;
  }

  private key(): string | null {
    const { oldId, newId } = this.pair;
    const a = this.lens.entries.find((e) => e.id === oldId);
    const b = this.lens.entries.find((e) => e.id === newId);
    return a && b ? JSON.stringify([a.id, a.scheme.id, b.id, b.scheme.id, b.threshold]) : null;
  }
}
