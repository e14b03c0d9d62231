/**
 * The long form (DESIGN.md input formats): each row names its own id and its parent's id.
 * Errors are collected, never thrown (import brief): a duplicate id, an unknown parent, a
 * cycle (naming its rows), an empty name or id. Nodes come out parent first, children in
 * file order, with the table's own ids.
 */
import type { ImportIssue, SkippedRow } from '../types';
import { ROOT_MARKERS } from './detectLong';
import type { Layout } from './layout';
import { issue, messages } from './messages';
import { addPoints, addText, adopt, hasValues, newDraft, readRow, type Draft } from './nodeFactory';
import type { RowKind } from './skipRows';

interface Entry {
  draft: Draft;
  id: string;
  parentId: string;
  row: number;
  parent: Entry | null;
}

/** Reports each cycle of parent links once, starting from its earliest row. */
function findCycles(entries: readonly Entry[], label: string, issues: ImportIssue[]): void {
  const state = new Map<Entry, 1 | 2>();
  for (const start of entries) {
    const trail: Entry[] = [];
    let cur: Entry | null = start;
    while (cur && state.get(cur) !== 2) {
      if (state.get(cur) === 1) {
        const cycle = trail.slice(trail.indexOf(cur));
        let first = 0;
        for (let i = 1; i < cycle.length; i++) if (cycle[i].row < cycle[first].row) first = i;
        // Walk the cycle child → parent, starting from its earliest row.
        const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
        issues.push(
          issue(
            'error',
            'cycle',
            ordered[0].row,
            label,
            messages.cycle(ordered.map((e) => ({ id: e.id, row: e.row }))),
          ),
        );
        break;
      }
      state.set(cur, 1);
      trail.push(cur);
      cur = cur.parent;
    }
    for (const e of trail) state.set(e, 2);
  }
}

/** Builds the drafts of a long table, or null when it has errors (listed in `issues`). */
export function buildLong(
  table: readonly string[][],
  kinds: readonly RowKind[],
  layout: Layout,
  issues: ImportIssue[],
  skipped: SkippedRow[],
): Draft[] | null {
  const idCol = layout.id!;
  const parentCol = layout.parent!;
  const nameCol = layout.name!;
  const labels = layout.labels;
  const errorsBefore = issues.filter((i) => i.severity === 'error').length;
  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  // A blank year cell is the year above (issue 4), as in the wide form.
  let year: number | undefined;

  for (let r = 0; r < table.length; r++) {
    if (kinds[r] !== 'data') continue;
    const cells = table[r];
    const row = r + 1;
    const values = readRow(cells, row, layout, issues);
    year = values.year ?? year;
    const id = cells[idCol];
    const name = cells[nameCol];
    if (id === '' && name === '' && cells[parentCol] === '' && !hasValues(values)) {
      skipped.push({ row, reason: 'unmapped', text: cells.filter((c) => c !== '').join(' | ') });
      continue;
    }
    if (name === '') {
      issues.push(issue('error', 'empty-name', row, labels[nameCol], messages.emptyName()));
      continue;
    }
    if (id === '') {
      issues.push(issue('error', 'empty-id', row, labels[idCol], messages.emptyId()));
      continue;
    }
    const earlier = byId.get(id);
    if (earlier) {
      issues.push(
        issue('error', 'duplicate-id', row, labels[idCol], messages.duplicateId(id, earlier.row)),
      );
      continue;
    }
    const draft = newDraft(name, null, row, -1);
    draft.node.id = id;
    if (year !== undefined) draft.node.year = year;
    for (const p of values.points) addPoints(draft, p.value, row, p.label, issues);
    addText(draft, values, false);
    const entry: Entry = { draft, id, parentId: cells[parentCol], row, parent: null };
    entries.push(entry);
    byId.set(id, entry);
  }

  for (const e of entries) {
    const p = e.parentId;
    if (p === '' || (ROOT_MARKERS.test(p) && !byId.has(p))) continue;
    const parent = byId.get(p);
    if (parent) e.parent = parent;
    else {
      issues.push(
        issue('error', 'unknown-parent', e.row, labels[parentCol], messages.unknownParent(p)),
      );
    }
  }
  findCycles(entries, labels[parentCol], issues);
  if (issues.filter((i) => i.severity === 'error').length > errorsBefore) return null;

  // Link in file order, then list parents before children (pre-order, children in file order).
  for (const e of entries) {
    if (!e.parent) continue;
    e.draft.parent = e.parent.draft;
    adopt(e.parent.draft, e.draft);
  }
  const out: Draft[] = [];
  const stack = entries
    .filter((e) => !e.parent)
    .map((e) => e.draft)
    .reverse();
  while (stack.length > 0) {
    const d = stack.pop()!;
    out.push(d);
    const children = d.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}
