/**
 * .xlsx export (issue 6: "Export the scheme, a simulation's result and the indicator table as
 * .xlsx too, with the hierarchy as merged cells, as offices expect"). exceljs is loaded on
 * first use, as importWorkbook.ts does, so the app's first load does not carry it.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { csvField } from '../gen/toCsv';
import type { Scheme } from '../types';
import { safeCell } from './toCsv';
import { schemeGrid, type GridCell, type GridColumnRole } from './schemeGrid';

/** Options for {@link schemeToXlsx}. */
export interface SchemeXlsxOptions {
  /** The worksheet's name. Default: the scheme's label (made valid for Excel). */
  sheetName?: string;
  /** Language of the header row. Default: 'zh' (一级指标, 分值 …). */
  lang?: 'zh' | 'en';
}

/**
 * A text cell made safe exactly as the CSV writer does (toCsv.ts safeCell: a leading ' before
 * = + - @ tab CR, OWASP CSV injection); only the CSV quoting is left out. The cell is still
 * written as a string, never as a formula.
 */
export function neutralise(text: string): string {
  return safeCell(text) === csvField(text) ? text : `'${text}`;
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function sheetNameOf(name: string | undefined, fallback: string): string {
  const cleaned = (name ?? '')
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  return Array.from(cleaned || fallback)
    .slice(0, 31)
    .join('');
}

async function newWorkbook(): Promise<Workbook> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Indicator Lens';
  return workbook;
}

async function bytesOf(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A text's width in Excel's character units, a CJK glyph counting two; stops past `cap`. */
function displayWidth(text: string, cap: number): number {
  let w = 0;
  for (let i = 0; i < text.length && w < cap; i++) w += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return w;
}

/** Column widths (in Excel's character units) per role: long text wraps instead of widening. */
const MAX_WIDTH: Record<GridColumnRole | 'text', number> = {
  level: 30,
  points: 8,
  rule: 60,
  department: 20,
  code: 8,
  note: 30,
  veto: 10,
  text: 40,
};

function cellText(value: GridCell): string {
  return value === null ? '' : String(value);
}

/** Writes header + rows: header bold and frozen, numbers as numbers, text neutralised. */
function fillSheet(
  ws: Worksheet,
  headers: readonly string[],
  rows: readonly (readonly GridCell[])[],
  roles: readonly (GridColumnRole | 'text')[],
): void {
  ws.addRow(headers.map(neutralise));
  for (const cells of rows) {
    ws.addRow(cells.map((v) => (typeof v === 'string' ? neutralise(v) : v)));
  }
  headers.forEach((title, i) => {
    const role = roles[i] ?? 'text';
    const cap = MAX_WIDTH[role];
    let widest = displayWidth(title, cap);
    for (let r = 0; r < rows.length && widest < cap; r++) {
      widest = Math.max(widest, displayWidth(cellText(rows[r][i] ?? null), cap));
    }
    const column = ws.getColumn(i + 1);
    column.width = Math.min(cap, Math.max(6, widest + 2));
    column.alignment = { vertical: 'middle', wrapText: true };
  });
  // After the columns' style, which would otherwise overwrite the header's.
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

/**
 * A scheme as an .xlsx workbook of one sheet, in the wide form offices keep (schemeGrid.ts):
 * each level cell merged over the rows of its leaves, vertically centred, wrapped; 分值 as
 * numbers. Reading it back with importWorkbook gives the same tree (test/core/export).
 */
export async function schemeToXlsx(
  scheme: Scheme,
  options: SchemeXlsxOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'zh';
  const grid = schemeGrid(scheme, lang);
  const workbook = await newWorkbook();
  const fallback = lang === 'zh' ? '指标体系' : 'Scheme';
  const ws = workbook.addWorksheet(sheetNameOf(options.sheetName ?? scheme.label, fallback));
  fillSheet(ws, grid.headers, grid.rows, grid.roles);
  for (const m of grid.merges) ws.mergeCells(m.top, m.col, m.bottom, m.col);
  return bytesOf(workbook);
}

/**
 * A table (the indicator table, a simulation's step log) as an .xlsx workbook of one sheet:
 * header bold and frozen, numbers as numbers, null as an empty cell, text neutralised as
 * the CSV writer does.
 */
export async function tableToXlsx(
  headers: string[],
  rows: (string | number | null)[][],
  sheetName?: string,
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const ws = workbook.addWorksheet(sheetNameOf(sheetName, 'Sheet1'));
  fillSheet(
    ws,
    headers,
    rows,
    headers.map(() => 'text'),
  );
  return bytesOf(workbook);
}
