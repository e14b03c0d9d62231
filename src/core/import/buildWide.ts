/**
 * The wide form (DESIGN.md input formats): one column per level; a blank level cell means
 * "same as the row above" (merged cells exported), and a value equal to the one above in a
 * level that is not the deepest is the same node (fill-down exports). Numbered sections
 * ("一、" above "1") nest the items below them; rows with no level cell continue the item
 * above (jilin corpus file: one item printed over four rows).
 */
import type { ImportIssue, SkippedRow } from '../types';
import type { Layout } from './layout';
import { issue, messages } from './messages';
import {
  addPoints,
  addText,
  hasAttributes,
  hasKeptChild,
  hasValues,
  newDraft,
  readRow,
  type Draft,
  type RowValues,
} from './nodeFactory';
import { isNumberCell } from './parsePoints';
import { columnCodes, nameCodes, planSections, type SectionPlan } from './sections';
import type { RowKind } from './skipRows';

interface Section {
  draft: Draft;
  rank: number;
  /** The level column whose cell named the section (-1: another column). */
  levelIndex: number;
  raw: string;
}

/**
 * The open node of each level column and the cell that named it (null: none). Two arrays
 * rather than an object per node: fewer allocations on a 100,000-row table (issue 5).
 */
interface Path {
  drafts: (Draft | null)[];
  raws: string[];
}

/** Lands a row's values: points on their level's node (or `target`), text on `target`. */
function land(
  target: Draft,
  path: Path,
  values: RowValues,
  withCode: boolean,
  issues: ImportIssue[],
): void {
  for (const p of values.points) {
    const owner = (p.level !== undefined ? path.drafts[p.level] : undefined) ?? target;
    addPoints(owner, p.value, values.row, p.label, issues);
  }
  addText(target, values, withCode);
}

/** True when `cell` repeats the name of a section taken from level column `k` (fill-down). */
function echoes(sections: readonly Section[], k: number, cell: string): boolean {
  for (const s of sections) if (s.levelIndex === k && s.raw === cell) return true;
  return false;
}

/** The name of a section row whose level cells are all blank: its first other text. */
function fallbackName(cells: readonly string[], layout: Layout): string {
  for (let c = 0; c < cells.length; c++) {
    if (c !== layout.code && cells[c] !== '' && !isNumberCell(cells[c])) return cells[c];
  }
  return layout.code !== undefined ? cells[layout.code] : '';
}

/**
 * Builds the drafts of a wide table. Issues and skipped rows are appended to the given lists.
 */
export function buildWide(
  table: readonly string[][],
  kinds: readonly RowKind[],
  layout: Layout,
  issues: ImportIssue[],
  skipped: SkippedRow[],
): Draft[] {
  const drafts: Draft[] = [];
  const levels = layout.levels;
  const L = levels.length;
  const dataRows: number[] = [];
  for (let r = 0; r < table.length; r++) if (kinds[r] === 'data') dataRows.push(r);
  // Sections come from the numbering column, or, in a one-column list, from the numbering
  // that starts each name ("一、安全生产" above "1.隐患排查").
  const plan: SectionPlan | null =
    layout.code !== undefined
      ? planSections(table, dataRows, columnCodes(table, layout.code))
      : L === 1
        ? planSections(table, dataRows, nameCodes(table, levels[0]))
        : null;

  const sections: Section[] = [];
  const path: Path = { drafts: new Array<Draft | null>(L).fill(null), raws: new Array(L).fill('') };
  // The department of the last row, carried down to rows that only add an item beside it
  // (zerendanwei corpus file: a department cell merged over that department's items).
  let carried: string | undefined;
  // The year of the rows (issue 4: one file holding several years). A blank year cell is the
  // year above, as level cells are; a new year starts a new block, so the same major item in
  // two years becomes two nodes, one per year.
  let year: number | undefined;
  const make = (cell: string, parent: Draft | null, row: number, k: number): Draft => {
    const d = newDraft(cell, parent, row, k);
    if (year !== undefined) d.node.year = year;
    return d;
  };

  for (let i = 0; i < dataRows.length; i++) {
    const r = dataRows[i];
    const cells = table[r];
    const row = r + 1;
    const values = readRow(cells, row, layout, issues);
    const rank = plan?.rank.get(r);
    if (values.year !== undefined && values.year !== year) {
      if (year !== undefined) {
        path.drafts.fill(null);
        sections.length = 0;
        carried = undefined;
      }
      year = values.year;
    }

    if (plan && rank !== undefined && rank < plan.levels) {
      while (sections.length > 0 && sections[sections.length - 1].rank >= rank) sections.pop();
      const parent = sections.length > 0 ? sections[sections.length - 1].draft : null;
      let k0 = -1;
      for (let k = 0; k < L && k0 === -1; k++) if (cells[levels[k]] !== '') k0 = k;
      const raw = k0 >= 0 ? cells[levels[k0]] : fallbackName(cells, layout);
      const section = make(raw, parent, row, -1);
      drafts.push(section);
      sections.push({ draft: section, rank, levelIndex: k0, raw });
      path.drafts.fill(null);
      carried = undefined;
      let deepest = section;
      for (let k = k0 + 1; k < L; k++) {
        const cell = cells[levels[k]];
        if (cell === '') continue;
        deepest = make(cell, deepest, row, k);
        drafts.push(deepest);
        path.drafts[k] = deepest;
        path.raws[k] = cell;
      }
      if (deepest !== section) addText(section, { row, points: [], code: values.code }, true);
      land(deepest, path, values, deepest === section, issues);
      continue;
    }

    let parent: Draft | null = sections.length > 0 ? sections[sections.length - 1].draft : null;
    let inheriting = true;
    let created = 0;
    for (let k = 0; k < L; k++) {
      const cell = cells[levels[k]];
      if (inheriting) {
        const at = path.drafts[k];
        if (
          cell === '' ||
          (k < L - 1 && at !== null && path.raws[k] === cell) ||
          echoes(sections, k, cell)
        ) {
          if (at) parent = at;
          continue;
        }
        inheriting = false;
      }
      if (cell === '') {
        path.drafts[k] = null;
        continue;
      }
      const draft = make(cell, parent, row, k);
      drafts.push(draft);
      path.drafts[k] = draft;
      path.raws[k] = cell;
      parent = draft;
      created++;
    }

    if (created === 0) {
      // No level cell: the row continues the node above.
      let target: Draft | null = null;
      for (let k = L - 1; k >= 0 && !target; k--) target = path.drafts[k];
      target ??= sections.length > 0 ? sections[sections.length - 1].draft : null;
      if (!hasValues(values)) {
        skipped.push({ row, reason: 'unmapped', text: cells.filter((c) => c !== '').join(' | ') });
      } else if (!target) {
        issues.push(
          issue('error', 'empty-name', row, layout.labels[levels[0]], messages.emptyName()),
        );
      } else {
        land(target, path, values, false, issues);
      }
      continue;
    }
    if (values.department !== undefined) carried = values.department;
    else if (created === 1) values.department = carried;
    else carried = undefined;
    land(parent!, path, values, true, issues);
  }
  removeEmptyBranches(drafts, L, issues, skipped);
  return drafts;
}

/**
 * Drops nodes above the deepest level that got no items and carry nothing (jilin corpus
 * file: "产出成本" and "服务对象满意度" are printed headings with nothing under them), when
 * the scheme's items generally carry points or rules — in a bare list of names, nothing is
 * dropped. Each one is reported as a warning and a skipped row.
 */
function removeEmptyBranches(
  drafts: Draft[],
  levelCount: number,
  issues: ImportIssue[],
  skipped: SkippedRow[],
): void {
  let deepest = 0;
  let described = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.levelIndex !== levelCount - 1) continue;
    deepest++;
    if (d.node.points !== undefined || d.node.rule !== undefined) described++;
  }
  if (deepest === 0 || described < 0.8 * deepest) return;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.levelIndex === levelCount - 1 || hasAttributes(d.node) || hasKeptChild(d)) continue;
    d.removed = true;
    const row = d.node.rows[0];
    issues.push(issue('warning', 'empty-branch', row, null, messages.emptyBranch(d.node.name)));
    skipped.push({ row, reason: 'empty-branch', text: d.node.name });
  }
}
