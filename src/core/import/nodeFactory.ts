/**
 * The one place a table row becomes a typed node (DESIGN.md: "a CSV row becomes a typed node
 * in exactly one place"). Builders decide the structure; this module reads a row's cells
 * into values once, makes nodes from name cells, and lands the values on a node.
 */
import type { ImportIssue, IndicatorNode } from '../types';
import type { Layout, TextColumn } from './layout';
import { issue, messages } from './messages';
import { splitNumbering } from './numbering';
import { parsePoints } from './parsePoints';
import { pointsInName } from './pointsInName';

// Placeholder until finishDrafts gives each node its own list.
const NO_CHILDREN: string[] = [];

/** A node under construction, with the links and facts the builders need. */
export interface Draft {
  node: IndicatorNode;
  parent: Draft | null;
  /** Children in file order (null until the first one: most nodes are leaves). */
  children: Draft[] | null;
  /** Index into the layout's level columns; -1 for sections and long-form nodes. */
  levelIndex: number;
  /** Points the name gave ("（0.4分）"), to compare with a points column. */
  namePoints?: number;
  /** True once a points column gave this node points. */
  columnPoints: boolean;
  removed: boolean;
}

/** A points cell of a row that is a number; `level` as in Layout.points. */
export interface RowPoints {
  level?: number;
  value: number;
  label: string;
}

// Shared by the rows without points: one array less per row of a 100,000-row table.
const NO_POINTS: readonly RowPoints[] = [];

/** What one row says, read once. */
export interface RowValues {
  row: number;
  /** Points cells that are numbers. */
  points: readonly RowPoints[];
  rule?: string;
  note?: string;
  department?: string;
  kindText?: string;
  incentiveText?: string;
  vetoText?: string;
  code?: string;
  /** The year cell, when the mapping has a year column and the cell is a year. */
  year?: number;
}

/** A year cell: "2019", "2019年", "2019年度" (headerHints: 年份/年度/year columns). */
export function parseYear(cell: string | undefined): number | undefined {
  const m = cell === undefined ? null : /^((?:19|20)\d{2})(?:年度?)?$/.exec(cell.trim());
  return m ? Number(m[1]) : undefined;
}

function joinText(cells: readonly string[], cols: readonly TextColumn[]): string | undefined {
  let out: string | undefined;
  for (const c of cols) {
    const v = cells[c.col];
    if (v === '') continue;
    const text = c.prefixed ? `${c.label}：${v}` : v;
    out = out === undefined ? text : `${out}\n${text}`;
  }
  return out;
}

function joinPlain(
  cells: readonly string[],
  cols: readonly number[],
  sep: string,
): string | undefined {
  let out: string | undefined;
  for (const c of cols) {
    const v = cells[c];
    if (v !== '') out = out === undefined ? v : `${out}${sep}${v}`;
  }
  return out;
}

/**
 * Reads a row's value columns. A points cell that is not a number is a warning with its row
 * and column, and gives no points (import brief: the rest still opens).
 */
export function readRow(
  cells: readonly string[],
  row: number,
  layout: Layout,
  issues: ImportIssue[],
): RowValues {
  let points = NO_POINTS;
  for (const p of layout.points) {
    const cell = parsePoints(cells[p.col]);
    if (cell.kind === 'number') {
      const entry: RowPoints = { level: p.level, value: cell.value, label: p.label };
      points = points === NO_POINTS ? [entry] : [...points, entry];
    } else if (cell.kind === 'nan') {
      issues.push(issue('warning', 'points-nan', row, p.label, messages.pointsNaN(cell.text)));
    }
  }
  // Every field in one literal: adding them one by one grew each row's object several times,
  // a fifth of what importing a 100,000-row table allocated (heap sampling, issue 5).
  return {
    row,
    points,
    rule: joinText(cells, layout.rule),
    note: joinText(cells, layout.note),
    department: joinPlain(cells, layout.department, '、'),
    kindText: joinPlain(cells, layout.kind, ' '),
    incentiveText: joinPlain(cells, layout.incentive, ' '),
    vetoText: joinPlain(cells, layout.veto, ' '),
    code: layout.code !== undefined && cells[layout.code] !== '' ? cells[layout.code] : undefined,
    year: layout.year.length > 0 ? parseYear(cells[layout.year[0]]) : undefined,
  };
}

/** True when the row says anything besides its name and number. */
export function hasValues(v: RowValues): boolean {
  return (
    v.points.length > 0 ||
    v.rule !== undefined ||
    v.note !== undefined ||
    v.department !== undefined ||
    v.kindText !== undefined ||
    v.incentiveText !== undefined ||
    v.vetoText !== undefined
  );
}

/**
 * A new node from a name cell: a leading numbering ("一、", "1）") becomes its code and a
 * points suffix ("（10分）") its points; the stored name keeps neither.
 */
export function newDraft(
  cell: string,
  parent: Draft | null,
  row: number,
  levelIndex: number,
): Draft {
  const numbered = splitNumbering(cell);
  const pointed = pointsInName(numbered.name);
  const node: IndicatorNode = {
    id: '',
    name: pointed.name,
    level: parent ? parent.node.level + 1 : 1,
    parent: null,
    children: NO_CHILDREN,
    rows: [row],
  };
  if (numbered.code !== undefined) node.code = numbered.code;
  if (pointed.points !== undefined) node.points = pointed.points;
  const draft: Draft = {
    node,
    parent,
    children: null,
    levelIndex,
    namePoints: pointed.points,
    columnPoints: false,
    removed: false,
  };
  if (parent) adopt(parent, draft);
  return draft;
}

/** Appends `child` to the children of `parent`. */
export function adopt(parent: Draft, child: Draft): void {
  if (parent.children) parent.children.push(child);
  else parent.children = [child];
}

/** True when the draft has a child that was not removed. */
export function hasKeptChild(draft: Draft): boolean {
  if (!draft.children) return false;
  for (const c of draft.children) if (!c.removed) return true;
  return false;
}

/** Records that `row` also produced this node. */
export function addRow(draft: Draft, row: number): void {
  const rows = draft.node.rows;
  if (rows[rows.length - 1] !== row) rows.push(row);
}

/**
 * Gives a node points from a column. The first column value wins over the name's points (with
 * a warning when they differ); further rows of the same node add up (jilin corpus file: an
 * item printed over four rows of 5 points each is worth 20, as its parent's 分值 says).
 */
export function addPoints(
  draft: Draft,
  value: number,
  row: number,
  label: string,
  issues: ImportIssue[],
): void {
  const node = draft.node;
  if (!draft.columnPoints) {
    if (draft.namePoints !== undefined && draft.namePoints !== value) {
      issues.push(
        issue(
          'warning',
          'points-conflict',
          row,
          label,
          messages.pointsConflict(draft.namePoints, value),
        ),
      );
    }
    node.points = value;
    draft.columnPoints = true;
  } else {
    node.points = Math.round(((node.points ?? 0) + value) * 1e6) / 1e6;
  }
  addRow(draft, row);
}

/**
 * Lands a row's text values on a node: rules and notes of further rows are appended, the
 * first department, kind, incentive and veto cell is kept. `withCode`: the row's number
 * names this node (the first row of a node).
 */
export function addText(draft: Draft, v: RowValues, withCode: boolean): void {
  const node = draft.node;
  if (v.rule !== undefined)
    node.rule = node.rule === undefined ? v.rule : `${node.rule}\n${v.rule}`;
  if (v.note !== undefined)
    node.note = node.note === undefined ? v.note : `${node.note}\n${v.note}`;
  if (v.department !== undefined && node.department === undefined) node.department = v.department;
  if (v.kindText !== undefined && node.kindText === undefined) node.kindText = v.kindText;
  if (v.incentiveText !== undefined && node.incentiveText === undefined) {
    node.incentiveText = v.incentiveText;
  }
  if (v.vetoText !== undefined && node.vetoText === undefined) node.vetoText = v.vetoText;
  if (withCode && v.code !== undefined) node.code = v.code;
  addRow(draft, v.row);
}

/** True when a node carries anything besides its name. */
export function hasAttributes(node: IndicatorNode): boolean {
  return (
    node.points !== undefined ||
    node.rule !== undefined ||
    node.note !== undefined ||
    node.department !== undefined ||
    node.kindText !== undefined ||
    node.incentiveText !== undefined ||
    node.vetoText !== undefined
  );
}

/**
 * The finished nodes, in the drafts' order, removed ones left out: ids from `idOf`, parent
 * and children as ids, levels recomputed from the parents.
 */
export function finishDrafts(
  drafts: readonly Draft[],
  idOf: (d: Draft, n: number) => string,
): IndicatorNode[] {
  // Index loops: for…of over 100,000 drafts allocated an iterator result per step here.
  const nodes: IndicatorNode[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.removed) continue;
    d.node.id = idOf(d, nodes.length);
    nodes.push(d.node);
  }
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.removed) continue;
    const node = d.node;
    node.parent = d.parent ? d.parent.node.id : null;
    node.level = d.parent ? d.parent.node.level + 1 : 1;
    const children: string[] = [];
    const kids = d.children;
    if (kids) {
      for (let k = 0; k < kids.length; k++) if (!kids[k].removed) children.push(kids[k].node.id);
    }
    node.children = children;
  }
  return nodes;
}
