/**
 * The step log of a simulation (issue 4: "Every step … is listed with what it changed (items
 * and points)", "the step log exports as CSV"): a human label per step, counts and the
 * points total before → after per step, and one row per changed item. Pure: the records come
 * from core's simulate(); items are named from the scheme as it was before any step.
 */
import { safeCell } from '../../core/export/toCsv';
import type { StepRecord } from '../../core/simulate/steps';
import { nodeIndex, pathOf } from '../../core/tree';
import type { IndicatorNode, Scheme } from '../../core/types';
import { points as fmtPoints } from '../format';
import type { Lang } from '../i18n/locale.svelte';
import { describeStep, type NameOf } from './describeStep';
import { tsIn } from './messages';

export { describeStep, type NameOf } from './describeStep';

/** What one step changed, counted, with the leaf points total around it. */
export interface RecordSummary {
  /** Nodes removed, subtrees included. */
  removed: number;
  /** Of those, the ones that were leaves (detailed items) when the step ran. */
  removedLeaves: number;
  renamed: number;
  moved: number;
  /** Nodes whose points changed. */
  points: number;
  rules: number;
  missing: number;
  /** Σ leaf points before and after the step; null when no leaf has points. */
  totalBefore: number | null;
  totalAfter: number | null;
}

/**
 * The tree as each step left it, rebuilt from the records alone (who is gone, who moved
 * where, whose points changed), so each step's points total needs no intermediate scheme.
 */
class Replay {
  private readonly parent = new Map<string, string | null>();
  private readonly points = new Map<string, number>();
  private readonly gone = new Set<string>();

  constructor(private readonly nodes: readonly IndicatorNode[]) {
    for (const n of nodes) {
      this.parent.set(n.id, n.parent);
      if (n.points !== undefined) this.points.set(n.id, n.points);
    }
  }

  /** Ids of the nodes present that have no present child. */
  leaves(): Set<string> {
    const present = this.nodes.filter((n) => !this.gone.has(n.id)).map((n) => n.id);
    const withChild = new Set(present.map((id) => this.parent.get(id)));
    return new Set(present.filter((id) => !withChild.has(id)));
  }

  total(): number | null {
    let total: number | null = null;
    for (const id of this.leaves()) {
      const p = this.points.get(id);
      if (p !== undefined) total = (total ?? 0) + p;
    }
    return total === null ? null : Math.round(total * 10000) / 10000;
  }

  apply(record: StepRecord): void {
    for (const m of record.moved) this.parent.set(m.id, m.to);
    for (const p of record.points) {
      if (p.after === null) this.points.delete(p.id);
      else this.points.set(p.id, p.after);
    }
    record.removed.forEach((id) => this.gone.add(id));
  }
}

function count(record: StepRecord, leaves: Set<string>) {
  return {
    removed: record.removed.length,
    removedLeaves: record.removed.filter((id) => leaves.has(id)).length,
    renamed: record.renamed.length,
    moved: record.moved.length,
    points: new Set(record.points.map((p) => p.id)).size,
    rules: record.rules.length,
    missing: record.missing.length,
  };
}

/** Summaries of every record, in order, each with the points total before and after it. */
export function summarizeRecords(records: readonly StepRecord[], before: Scheme): RecordSummary[] {
  const replay = new Replay(before.nodes);
  return records.map((record) => {
    const leaves = replay.leaves();
    const totalBefore = replay.total();
    replay.apply(record);
    return { ...count(record, leaves), totalBefore, totalAfter: replay.total() };
  });
}

/**
 * What `record` changed: counts and the leaf points total before → after. `earlier` are the
 * records of the steps applied before it (their removals and point changes set its start).
 */
export function summarizeRecord(
  record: StepRecord,
  before: Scheme,
  earlier: readonly StepRecord[] = [],
): RecordSummary {
  return summarizeRecords([...earlier, record], before).at(-1)!;
}

/** A summary as one line: "删除 12 项（细项 9）· 分值变更 5 项 · 总分 100 → 92". */
export function summaryText(s: RecordSummary, lang: Lang): string {
  const parts: string[] = [];
  if (s.removed > 0) {
    parts.push(
      s.removedLeaves === s.removed
        ? tsIn(lang, 'summary.removed', { n: s.removed })
        : tsIn(lang, 'summary.removedLeaves', { n: s.removed, leaves: s.removedLeaves }),
    );
  }
  if (s.renamed > 0) parts.push(tsIn(lang, 'summary.renamed', { n: s.renamed }));
  if (s.moved > 0) parts.push(tsIn(lang, 'summary.moved', { n: s.moved }));
  if (s.points > 0) parts.push(tsIn(lang, 'summary.points', { n: s.points }));
  if (s.rules > 0) parts.push(tsIn(lang, 'summary.rules', { n: s.rules }));
  if (s.missing > 0) parts.push(tsIn(lang, 'summary.missing', { n: s.missing }));
  if (parts.length === 0) parts.push(tsIn(lang, 'summary.nothing'));
  // Compared as written (two decimals): redistributing 1/3s must not read "100 → 99.9999".
  const [from, to] = [fmtPoints(s.totalBefore), fmtPoints(s.totalAfter)];
  if (from !== to) parts.push(tsIn(lang, 'summary.total', { before: from, after: to }));
  return parts.join(' · ');
}

/** The kinds of change an item can have in a step. */
export type ChangeKind = 'removed' | 'renamed' | 'moved' | 'points' | 'rule' | 'missing';

/** One changed item of one step. */
export interface ChangedItem {
  change: ChangeKind;
  id: string;
  /** Names from the major item down, as in the scheme before any step (else the id). */
  path: string[];
  /** The value before and after, as text ('' where there is none). */
  before: string;
  after: string;
}

/** Paths of ids: from the BEFORE scheme, else the simulated one, else the bare id. */
function pathFinder(before: Scheme, after?: Scheme) {
  const b = nodeIndex(before);
  const a = after ? nodeIndex(after) : new Map<string, IndicatorNode>();
  return (id: string): string[] => {
    const n = b.get(id);
    if (n) return pathOf(n, b);
    const m = a.get(id);
    return m ? pathOf(m, a) : [id];
  };
}

const num = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));

/** Every item `record` changed, in the order removed, renamed, moved, points, rules, missing. */
export function changedItems(record: StepRecord, before: Scheme, after?: Scheme): ChangedItem[] {
  const path = pathFinder(before, after);
  const index = nodeIndex(before);
  const parentPath = (id: string | null) => (id === null ? '' : path(id).join(' › '));
  return [
    ...record.removed.map((id) => ({
      change: 'removed' as const,
      id,
      path: path(id),
      before: num(index.get(id)?.points),
      after: '',
    })),
    ...record.renamed.map((r) => ({
      change: 'renamed' as const,
      id: r.id,
      path: path(r.id),
      before: r.from,
      after: r.to,
    })),
    ...record.moved.map((m) => ({
      change: 'moved' as const,
      id: m.id,
      path: path(m.id),
      before: parentPath(m.from),
      after: parentPath(m.to),
    })),
    ...record.points.map((p) => ({
      change: 'points' as const,
      id: p.id,
      path: path(p.id),
      before: num(p.before),
      after: num(p.after),
    })),
    ...record.rules.map((r) => ({
      change: 'rule' as const,
      id: r.id,
      path: path(r.id),
      before: r.before ?? '',
      after: r.after,
    })),
    ...record.missing.map((id) => ({
      change: 'missing' as const,
      id,
      path: [id],
      before: '',
      after: '',
    })),
  ];
}

const CHANGE_KEY = {
  removed: 'change.removed',
  renamed: 'change.renamed',
  moved: 'change.moved',
  points: 'change.points',
  rule: 'change.rule',
  missing: 'change.missing',
} as const;

/** The name of a kind of change in `lang` ("删除", "moved"). */
export function changeName(change: ChangeKind, lang: Lang): string {
  return tsIn(lang, CHANGE_KEY[change]);
}

/**
 * The rows of the step log CSV: a header, then one row per changed item (step #, step, change,
 * item path, before, after). A step that changed nothing still gets one row saying so, so
 * every applied step is in the file. Points are written as plain numbers; removed items carry
 * the points they had in the scheme as read.
 */
export function stepLogRows(
  records: readonly StepRecord[],
  before: Scheme,
  after?: Scheme,
  lang: Lang = 'zh',
): string[][] {
  const names = pathFinder(before, after);
  const nameOf: NameOf = (id) => names(id).join(' › ');
  const header = (
    ['csv.step', 'csv.description', 'csv.change', 'csv.path', 'csv.before', 'csv.after'] as const
  ).map((k) => tsIn(lang, k));
  const rows = [header];
  records.forEach((record, i) => {
    const step = [String(i + 1), describeStep(record.step, lang, nameOf)];
    const items = changedItems(record, before, after);
    if (items.length === 0) rows.push([...step, tsIn(lang, 'summary.nothing'), '', '', '']);
    for (const c of items) {
      rows.push([...step, changeName(c.change, lang), c.path.join(' › '), c.before, c.after]);
    }
  });
  return rows;
}

/**
 * The step log as CSV text (comma, CRLF, UTF-8 without BOM), each cell made safe for Excel
 * as the scheme export does (core/export/toCsv.ts safeCell: issue 4, "= + - @").
 */
export function stepLogCsv(
  records: readonly StepRecord[],
  before: Scheme,
  after?: Scheme,
  lang: Lang = 'zh',
): string {
  const rows = stepLogRows(records, before, after, lang);
  return rows.map((r) => r.map(safeCell).join(',')).join('\r\n') + '\r\n';
}
