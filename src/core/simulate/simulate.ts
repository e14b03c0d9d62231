/**
 * Simulated consolidation (DESIGN.md "Simulate consolidation"): steps applied in order to a
 * copy of a scheme, each recording what it changed.
 */
import { classifyLeaves } from '../classify/classifyLeaves';
import { DEFAULT_THRESHOLD, findOverlap } from '../overlap/findOverlap';
import { overlapItems } from '../overlap/overlapItems';
import type { IndicatorNode, LeafClass, OverlapSummary, Scheme } from '../types';
import { Draft, indexById, round } from './draft';
import { flaggedLeaves } from './flaggedLeaves';
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

function leafIds(nodes: readonly IndicatorNode[]): string[] {
  return nodes.filter((n) => n.children.length === 0).map((n) => n.id);
}

/**
 * The leaves' classification, as analyzeScheme gives it (no overrides): the steps that read
 * kinds, incentives or flags need only this, not overlap and the other metrics.
 */
function classified(d: Draft): LeafClass[] {
  return classifyLeaves({ ...d.scheme, nodes: d.nodes() }, { overrides: [] });
}

/**
 * A copy of a scheme that shares nothing a step can change: each node and its children and
 * rows lists are copied. Several times faster than structuredClone on 100,000 nodes, and
 * equal to it (nodes hold only primitives and these two arrays, types.ts).
 */
function copyScheme(scheme: Scheme): Scheme {
  return {
    ...structuredClone({ ...scheme, nodes: [] }),
    nodes: scheme.nodes.map((n) => ({ ...n, children: [...n.children], rows: [...n.rows] })),
  };
}

/** What a simulation may reuse from analyses the caller already holds. */
export interface SimulateOptions {
  /**
   * The overlap analyzeScheme reported for the very scheme given to simulate. A merge-overlap
   * step that runs before any step has changed the scheme, at the same threshold, takes its
   * clusters instead of finding them again (the longest part of the steps on 100,000 leaves,
   * issue 5); an LSH result, which may miss pairs, is not reused.
   */
  overlap?: OverlapSummary;
}

/** The overlap of the draft's scheme: `given` when it is that overlap, else found anew. */
function overlapOf(d: Draft, threshold: number, given: OverlapSummary | undefined) {
  const fits =
    given &&
    given.method === 'exact' &&
    given.threshold === threshold &&
    // A summary of another scheme would name leaves this one lacks: find the overlap anew.
    given.clusters.every((c) => c.members.every((m) => d.byId.get(m)?.children.length === 0));
  if (fits) return given;
  // The overlap analyzeScheme would report (same items, same threshold), without the rest.
  return findOverlap(overlapItems({ ...d.scheme, nodes: d.nodes() }), threshold);
}

/** Whether a step changed the scheme (ids it names and the scheme lacks change nothing). */
const changedAnything = (r: StepRecord): boolean =>
  r.removed.length + r.renamed.length + r.moved.length + r.points.length + r.rules.length > 0;

function applyStep(d: Draft, step: SimulationStep, overlap?: OverlapSummary): void {
  const need = (id: string) => {
    const n = d.byId.get(id);
    if (!n) d.record.missing.push(id);
    return n;
  };
  switch (step.type) {
    case 'merge-overlap': {
      const found = overlapOf(d, step.threshold ?? DEFAULT_THRESHOLD, overlap);
      for (const cluster of found.clusters) {
        const [keep, ...rest] = cluster.members.map((m) => d.byId.get(m)!);
        mergeInto(d, keep, rest, step.points ?? 'sum');
      }
      return;
    }
    case 'drop-flag': {
      for (const id of flaggedLeaves({ ...d.scheme, nodes: d.nodes() }, step.flag)) d.remove(id);
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
        // Leaves grouped by parent once, in file order: capping one branch removes only its
        // own leaves (and ancestors left empty), so the other groups stay as they were.
        const byParent = new Map<string | null, string[]>();
        for (const id of leafIds(d.nodes())) {
          const p = d.byId.get(id)!.parent;
          const kids = byParent.get(p);
          if (kids) kids.push(id);
          else byParent.set(p, [id]);
        }
        for (const kids of byParent.values()) {
          rank(kids)
            .slice(step.perBranch)
            .forEach((id) => d.remove(id));
        }
      }
      if (step.total !== undefined)
        rank(leafIds(d.nodes()))
          .slice(step.total)
          .forEach((id) => d.remove(id));
      return;
    }
    case 'fold-process': {
      // Chosen: process items go and their points go to the outcome siblings (whatever the
      // policy: folding must not shrink the branch). A branch of process items only becomes
      // one leaf itself, worth what its items were worth.
      const process = new Set(
        classified(d)
          .filter((l) => l.kind === 'process')
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
            d.forget(k.id);
            d.record.removed.push(k.id);
          });
          parent.children = [];
        } else {
          folded.forEach((k) => d.remove(k.id, true, 'keep-parent-totals'));
        }
      }
      return;
    }
    case 'deductions-to-attainment': {
      // Issue 4 / DESIGN.md: deduction-only rules become attainment scoring; vetoes stay.
      for (const leaf of classified(d)) {
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
 * Each record says what its step removed, renamed, moved and re-pointed. `options.overlap`
 * (the scheme's analysis) spares a first merge-overlap step finding the overlap again; the
 * result is the same with or without it.
 */
export function simulate(
  scheme: Scheme,
  steps: readonly SimulationStep[],
  policy: PointsPolicy = 'keep-leaf-points',
  options: SimulateOptions = {},
): SimulationResult {
  const copy = copyScheme(scheme);
  // One index for all steps: each step leaves it true to copy.nodes (Draft.flush).
  const byId = indexById(copy.nodes);
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
    const draft = new Draft(copy, policy, record, byId);
    // The given overlap is the scheme's only until a step changes the scheme.
    const unchanged = records.every((r) => !changedAnything(r));
    applyStep(draft, step, unchanged ? options.overlap : undefined);
    draft.flush();
    records.push(record);
  }
  return { scheme: copy, records };
}
