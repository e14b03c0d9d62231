/**
 * Simulated consolidation (DESIGN.md "Simulate consolidation"): steps applied in order to a
 * copy of a scheme, each recording what it changed.
 */
import { analyzeScheme } from '../analyze';
import type { Scheme } from '../types';
import { Draft, round } from './draft';
import { applyMerge, applyMove, mergeInto } from './mergeNodes';
import type { PointsPolicy, SimulationResult, SimulationStep, StepRecord } from './steps';

export type {
  MergePoints,
  PointsPolicy,
  SimulationResult,
  SimulationStep,
  StepRecord,
} from './steps';
export { STEP_TYPES } from './steps';

/** The rule a deduction-only item is rewritten to (issue 4). */
export const ATTAINMENT_RULE = '按完成情况得分';

function leafIds(scheme: Scheme): string[] {
  return scheme.nodes.filter((n) => n.children.length === 0).map((n) => n.id);
}

function applyStep(d: Draft, step: SimulationStep): void {
  const need = (id: string) => {
    const n = d.byId.get(id);
    if (!n) d.record.missing.push(id);
    return n;
  };
  switch (step.type) {
    case 'merge-overlap': {
      const overlap = analyzeScheme(d.scheme, { threshold: step.threshold }).overlap;
      for (const cluster of overlap.clusters) {
        const [keep, ...rest] = cluster.members.map((m) => d.byId.get(m)!);
        mergeInto(d, keep, rest, step.points ?? 'sum');
      }
      return;
    }
    case 'drop-flag': {
      const analysis = analyzeScheme(d.scheme);
      for (const leaf of analysis.leaves) {
        if (leaf.flags.some((f) => f.type === step.flag)) d.remove(leaf.id);
      }
      return;
    }
    case 'cap': {
      // Keep the highest-points leaves; ties keep file order (the earlier item stays).
      const rank = (ids: string[]) =>
        ids
          .map((id, i) => ({ id, i, p: d.byId.get(id)!.points ?? 0 }))
          .sort((a, b) => b.p - a.p || a.i - b.i)
          .map((x) => x.id);
      if (step.perBranch !== undefined) {
        const parents = new Set(leafIds(d.scheme).map((id) => d.byId.get(id)!.parent));
        for (const p of parents) {
          const kids = leafIds(d.scheme).filter((id) => d.byId.get(id)?.parent === p);
          rank(kids)
            .slice(step.perBranch)
            .forEach((id) => d.remove(id));
        }
      }
      if (step.total !== undefined)
        rank(leafIds(d.scheme))
          .slice(step.total)
          .forEach((id) => d.remove(id));
      return;
    }
    case 'fold-process': {
      // Chosen: process items go and their points go to the outcome siblings (whatever the
      // policy: folding must not shrink the branch). A branch of process items only becomes
      // one leaf itself, worth what its items were worth.
      const process = new Set(
        analyzeScheme(d.scheme)
          .leaves.filter((l) => l.kind === 'process')
          .map((l) => l.id),
      );
      const parents = new Set([...process].map((id) => d.byId.get(id)!.parent));
      for (const pid of parents) {
        const parent = pid === null ? undefined : d.byId.get(pid);
        if (!parent) continue;
        const kids = parent.children.map((c) => d.byId.get(c)!);
        const folded = kids.filter((k) => process.has(k.id));
        if (folded.length === kids.length) {
          const sum = kids.reduce((s, k) => s + (k.points ?? 0), 0);
          if (parent.points === undefined && sum > 0) d.setPoints(parent, round(sum));
          kids.forEach((k) => {
            d.scheme.nodes = d.scheme.nodes.filter((n) => n.id !== k.id);
            d.byId.delete(k.id);
            d.record.removed.push(k.id);
          });
          parent.children = [];
        } else {
          const keepTotals = new Draft(d.scheme, 'keep-parent-totals', d.record);
          folded.forEach((k) => keepTotals.remove(k.id));
          d.byId.clear();
          d.scheme.nodes.forEach((n) => d.byId.set(n.id, n));
        }
      }
      return;
    }
    case 'deductions-to-attainment': {
      // Issue 4 / DESIGN.md: deduction-only rules become attainment scoring; vetoes stay.
      for (const leaf of analyzeScheme(d.scheme).leaves) {
        if (leaf.incentive !== 'negative' || leaf.veto) continue;
        const n = d.byId.get(leaf.id)!;
        d.record.rules.push({ id: n.id, before: n.rule ?? null, after: ATTAINMENT_RULE });
        n.rule = ATTAINMENT_RULE;
      }
      return;
    }
    case 'delete':
      if (need(step.id)) d.remove(step.id);
      return;
    case 'rename': {
      const n = need(step.id);
      if (n && n.name !== step.name) {
        d.record.renamed.push({ id: n.id, from: n.name, to: step.name });
        n.name = step.name;
      }
      return;
    }
    case 'set-points': {
      const n = need(step.id);
      if (n) d.setPoints(n, step.points);
      return;
    }
    case 'move': {
      const n = need(step.id);
      const target = need(step.parent);
      if (n && target) applyMove(d, n, target);
      return;
    }
    case 'merge':
      applyMerge(d, step.ids, step.name, step.points ?? 'sum');
      return;
  }
}

/**
 * Applies steps, in order, to a copy of the scheme; the scheme given is never changed.
 * Each record says what its step removed, renamed, moved and re-pointed.
 */
export function simulate(
  scheme: Scheme,
  steps: readonly SimulationStep[],
  policy: PointsPolicy = 'keep-leaf-points',
): SimulationResult {
  const copy: Scheme = structuredClone(scheme);
  const records: StepRecord[] = [];
  for (const step of steps) {
    const record: StepRecord = {
      step,
      removed: [],
      renamed: [],
      moved: [],
      points: [],
      rules: [],
      missing: [],
    };
    applyStep(new Draft(copy, policy, record), step);
    records.push(record);
  }
  return { scheme: copy, records };
}
