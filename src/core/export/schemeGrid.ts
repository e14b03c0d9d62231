/**
 * schemeGrid: a scheme laid out as the wide table an office keeps in Excel (DESIGN.md input
 * formats 1) — one column per level, one row per leaf, and the merged ranges of the level
 * cells. Pure data, no Excel library: toXlsx.ts writes it, tests read it.
 */
import { splitNumbering } from '../import/numbering';
import { pointsInName } from '../import/pointsInName';
import { ancestorsOf, departmentOf, leavesOf, nodeIndex } from '../tree';
import type { IndicatorNode, Scheme } from '../types';

/** A cell of the grid: text, a number (分值) or empty. */
export type GridCell = string | number | null;

/** What a column holds, so the writer can size and align it. */
export type GridColumnRole = 'level' | 'points' | 'rule' | 'department' | 'code' | 'note' | 'veto';

/** A vertical merge over sheet rows `top`…`bottom` (1-based, inclusive; row 1 = header). */
export interface GridMerge {
  col: number;
  top: number;
  bottom: number;
}

/** The wide table of a scheme. `rows` excludes the header; `roles[i]` is column i's. */
export interface SchemeGrid {
  headers: string[];
  roles: GridColumnRole[];
  rows: GridCell[][];
  merges: GridMerge[];
}

const HEADERS = {
  zh: {
    level: (n: number) =>
      ['一级指标', '二级指标', '三级指标', '四级指标', '五级指标', '六级指标'][n - 1] ??
      `${n}级指标`,
    points: '分值',
    rule: '评分标准',
    department: '责任单位',
    code: '序号',
    note: '备注',
    veto: '单项否决',
  },
  en: {
    level: (n: number) => `Level ${n}`,
    points: 'Points',
    rule: 'Scoring rule',
    department: 'Department',
    code: 'No.',
    note: 'Note',
    veto: 'Veto',
  },
} as const;

/**
 * The text of a level cell. A branch's numbering ("一、") goes in front of its name and its
 * points behind it ("（10分）"), as offices write them; the importer reads both back
 * (numbering.ts splitNumbering, pointsInName.ts). The wide CSV writer has no place for a
 * branch's points (toCsv.ts writes leaf rows only), so this is where they survive. Each is
 * added only when it reads back exactly, so a name is never changed by the round trip.
 */
export function levelCellText(node: IndicatorNode): string {
  let text = node.name;
  if (node.code !== undefined) {
    const withCode = `${node.code}${text}`;
    const back = splitNumbering(withCode);
    if (back.code === node.code && back.name === text) text = withCode;
  }
  if (node.points !== undefined && node.children.length > 0) {
    if (pointsInName(text).points !== node.points) {
      const withPoints = `${text}（${node.points}分）`;
      const back = pointsInName(withPoints);
      if (back.points === node.points && back.name === text) text = withPoints;
    }
  }
  return text;
}

/**
 * The rows to write, in file order: every leaf, and before the first leaf of a branch that has
 * its own 评分标准 or 备注 a row of the branch alone (shicheng corpus files: a "三、" section
 * row with its own rule), which the importer lands on the branch. `path` runs from the major
 * item down to the node.
 */
function entries(
  scheme: Scheme,
  index: Map<string, IndicatorNode>,
): { node: IndicatorNode; path: IndicatorNode[] }[] {
  const out: { node: IndicatorNode; path: IndicatorNode[] }[] = [];
  const written = new Set<string>();
  for (const leaf of leavesOf(scheme)) {
    const path = [...ancestorsOf(leaf, index).reverse(), leaf.id].map((id) => index.get(id)!);
    for (let k = 0; k < path.length - 1; k++) {
      const branch = path[k];
      if (written.has(branch.id)) continue;
      written.add(branch.id);
      if (branch.rule !== undefined || branch.note !== undefined) {
        out.push({ node: branch, path: path.slice(0, k + 1) });
      }
    }
    out.push({ node: leaf, path });
  }
  return out;
}

/**
 * The scheme as one row per leaf: its path over the level columns, then 分值 (a number),
 * 评分标准, 责任单位 (inherited, tree.ts departmentOf, as toCsv.ts writes it), and 序号 / 备注 /
 * 单项否决 when any row has one (a branch's own rule or note gets a row, see entries). A
 * node's level cell is written once and merged down over the rows below it (the merged-cell
 * layout the importer reads, xlsxTable.ts).
 */
export function schemeGrid(scheme: Scheme, lang: 'zh' | 'en' = 'zh'): SchemeGrid {
  const h = HEADERS[lang];
  const index = nodeIndex(scheme);
  const leaves = leavesOf(scheme);
  const depth = Math.max(1, ...scheme.nodes.map((n) => n.level));
  const hasCode = leaves.some((n) => n.code !== undefined);
  const hasNote = scheme.nodes.some((n) => n.note !== undefined);
  const hasVeto = leaves.some((n) => n.vetoText !== undefined);

  const headers: string[] = [];
  const roles: GridColumnRole[] = [];
  const add = (header: string, role: GridColumnRole) => {
    headers.push(header);
    roles.push(role);
  };
  // 序号 first, as printed schemes number their rows at the left.
  if (hasCode) add(h.code, 'code');
  const firstLevel = headers.length;
  for (let level = 1; level <= depth; level++) add(h.level(level), 'level');
  add(h.points, 'points');
  add(h.rule, 'rule');
  add(h.department, 'department');
  if (hasNote) add(h.note, 'note');
  if (hasVeto) add(h.veto, 'veto');

  const rows: GridCell[][] = [];
  // Per level: the node whose block is open and the sheet row where it started.
  const open: ({ id: string; top: number } | null)[] = new Array(depth).fill(null);
  const merges: GridMerge[] = [];
  const close = (k: number, lastRow: number) => {
    const block = open[k];
    if (block && lastRow > block.top) {
      merges.push({ col: firstLevel + k + 1, top: block.top, bottom: lastRow });
    }
    open[k] = null;
  };

  for (const { node: item, path } of entries(scheme, index)) {
    const sheetRow = rows.length + 2; // row 1 is the header
    const cells: GridCell[] = new Array<GridCell>(headers.length).fill(null);
    for (let k = 0; k < depth; k++) {
      const node = path[k];
      if (open[k] && open[k]!.id === node?.id) continue; // inside the block above
      close(k, sheetRow - 1);
      if (!node) continue;
      cells[firstLevel + k] = levelCellText(node);
      open[k] = { id: node.id, top: sheetRow };
    }
    const leaf = item.children.length === 0;
    let c = firstLevel + depth;
    cells[c++] = leaf ? (item.points ?? null) : null; // a branch's points are in its name
    cells[c++] = item.rule ?? null;
    cells[c++] = (leaf ? departmentOf(item, index) : item.department) ?? null;
    if (hasCode && leaf) cells[0] = item.code ?? null;
    if (hasNote) cells[c++] = item.note ?? null;
    if (hasVeto) cells[c++] = item.vetoText ?? null;
    rows.push(cells);
  }
  for (let k = 0; k < depth; k++) close(k, rows.length + 1);
  merges.sort((a, b) => a.col - b.col || a.top - b.top);
  return { headers, roles, rows, merges };
}
