import { analyzeScheme } from '../analyze';
import type { FlagType, IndicatorNode, Scheme } from '../types';

/**
 * One consolidation step (DESIGN.md "Simulate consolidation"). Plain JSON, so a list of
 * steps can be saved and replayed on another scheme; ids missing there are reported.
 */
export type SimulationStep =
  | { type: 'merge-overlap'; points?: 'sum' | 'max' | 'first'; threshold?: number }
  | { type: 'drop-flag'; flag: FlagType }
  | { type: 'cap'; perBranch?: number; total?: number }
  | { type: 'fold-process' }
  | { type: 'deductions-to-attainment' }
  | { type: 'delete'; id: string }
  | { type: 'rename'; id: string; name: string }
  | { type: 'set-points'; id: string; points: number }
  | { type: 'move'; id: string; parent: string };

/**
 * What happens to points when leaves go: 'keep-leaf-points' leaves the others as they are;
 * 'keep-parent-totals' scales the remaining siblings so their parent's total is unchanged.
 */
export type PointsPolicy = 'keep-leaf-points' | 'keep-parent-totals';

/** What one applied step changed. */
export interface StepRecord {
  step: SimulationStep;
  removed: string[];
  renamed: { id: string; from: string; to: string }[];
  moved: { id: string; from: string | null; to: string }[];
  points: { id: string; before: number | null; after: number | null }[];
  /** Scoring rules rewritten (deductions-to-attainment). */
  rules: { id: string; before: string | null; after: string }[];
  /** Ids the step names that the scheme does not have (replayed on another scheme). */
  missing: string[];
}

/** A simulated scheme and what each step did. */
export interface SimulationResult {
  scheme: Scheme;
  records: StepRecord[];
}

/** Points are rounded so scaled values stay readable (0.3333333 → 0.3333). */
const round = (x: number) => Math.round(x * 10000) / 10000;

/** The rule a deduction-only item is rewritten to (issue 4). */
export const ATTAINMENT_RULE = '按完成情况得分';

class Draft {
  readonly byId: Map<string, IndicatorNode>;
  constructor(
    readonly scheme: Scheme,
    readonly policy: PointsPolicy,
    readonly record: StepRecord,
  ) {
    this.byId = new Map(scheme.nodes.map((n) => [n.id, n]));
  }

  setPoints(node: IndicatorNode, points: number | undefined): void {
    if (node.points === points) return;
    this.record.points.push({ id: node.id, before: node.points ?? null, after: points ?? null });
    if (points === undefined) delete node.points;
    else node.points = points;
  }

  /**
   * Removes a node and its subtree. A branch left without children goes too: an empty
   * major item is not an indicator. With 'keep-parent-totals' (and `redistribute`), the
   * removed points go to the remaining siblings in proportion to their points.
   */
  remove(id: string, redistribute = true): void {
    const node = this.byId.get(id);
    if (!node) return;
    const gone = new Set<string>();
    const walk = (n: IndicatorNode) => {
      gone.add(n.id);
      n.children.forEach((c) => this.byId.get(c) && walk(this.byId.get(c)!));
    };
    walk(node);
    const parent = node.parent === null ? undefined : this.byId.get(node.parent);
    this.scheme.nodes = this.scheme.nodes.filter((n) => !gone.has(n.id));
    gone.forEach((g) => this.byId.delete(g));
    this.record.removed.push(...gone);
    if (!parent) return;
    parent.children = parent.children.filter((c) => c !== id);
    if (parent.children.length === 0) {
      this.remove(parent.id, redistribute);
      return;
    }
    if (redistribute && this.policy === 'keep-parent-totals' && node.points) {
      const siblings = parent.children.map((c) => this.byId.get(c)!);
      const sum = siblings.reduce((s, n) => s + (n.points ?? 0), 0);
      if (sum > 0) {
        for (const s of siblings) {
          if (s.points) this.setPoints(s, round((s.points * (sum + node.points)) / sum));
        }
      }
    }
  }
}

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
        const all = [keep, ...rest].map((n) => n.points).filter((p) => p !== undefined);
        const mode = step.points ?? 'sum';
        if (all.length > 0 && mode !== 'first') {
          d.setPoints(
            keep,
            round(mode === 'sum' ? all.reduce((a, b) => a + b, 0) : Math.max(...all)),
          );
        }
        // The merged item carries its points (sum/max/first): no redistribution on top.
        rest.forEach((n) => d.remove(n.id, false));
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
      if (!n || !target || n.parent === target.id) return;
      const from = n.parent === null ? undefined : d.byId.get(n.parent);
      if (from) from.children = from.children.filter((c) => c !== n.id);
      target.children.push(n.id);
      d.record.moved.push({ id: n.id, from: n.parent, to: target.id });
      n.parent = target.id;
      n.level = target.level + 1;
      return;
    }
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
