/**
 * Test helpers: workbooks written with exceljs the way an office keeps its scheme — numbers as
 * numbers, and each level cell merged down over the rows it covers (the blank cells below it
 * in a CSV export).
 */
import ExcelJS from 'exceljs';
import type { ColumnMapping } from '../../../src/core/types';

/** A cell as an office would type it: a plain number becomes a number cell. */
export function typed(text: string): string | number {
  if (/^-?\d+(?:\.\d+)?$/.test(text) && String(Number(text)) === text) return Number(text);
  return text;
}

/**
 * Merged ranges (1-based, inclusive) for the level columns of a wide table: a level cell
 * covers the blank cells below it until a row fills this level or any level above it.
 */
export function levelMerges(
  rows: readonly string[][],
  levelColumns: readonly number[],
  firstDataRow: number,
): { top: number; bottom: number; col: number }[] {
  const merges: { top: number; bottom: number; col: number }[] = [];
  levelColumns.forEach((col, k) => {
    const above = levelColumns.slice(0, k);
    for (let r = firstDataRow; r < rows.length; r++) {
      if (rows[r][col] === '') continue;
      let bottom = r;
      while (
        bottom + 1 < rows.length &&
        rows[bottom + 1].some((c) => c !== '') &&
        rows[bottom + 1][col] === '' &&
        above.every((a) => rows[bottom + 1][a] === '')
      ) {
        bottom++;
      }
      if (bottom > r) merges.push({ top: r + 1, bottom: bottom + 1, col: col + 1 });
      r = bottom;
    }
  });
  return merges;
}

/** The level columns of a detected mapping, major level first. */
export function levelColumnsOf(mapping: ColumnMapping): number[] {
  return mapping.columns
    .filter((c) => c.role === 'level')
    .sort((a, b) => (a.level ?? 0) - (b.level ?? 0))
    .map((c) => c.index);
}

/** Sheets to write: name, rows, merged ranges, hidden rows (1-based), formulas by address. */
export interface SheetSpec {
  name: string;
  rows: string[][];
  merges?: { top: number; bottom: number; col: number }[];
  hidden?: number[];
  state?: 'visible' | 'hidden';
  formulas?: Record<string, { formula: string; result: number }>;
}

/** The bytes of an .xlsx workbook with these sheets. */
export async function workbookBytes(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((text, c) => {
        if (text !== '') row.getCell(c + 1).value = typed(text);
      });
      if (spec.hidden?.includes(r + 1)) row.hidden = true;
    });
    for (const [address, value] of Object.entries(spec.formulas ?? {})) {
      ws.getCell(address).value = value;
    }
    for (const m of spec.merges ?? []) ws.mergeCells(m.top, m.col, m.bottom, m.col);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
