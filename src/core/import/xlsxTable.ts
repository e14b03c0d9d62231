/**
 * A worksheet → the table of trimmed text cells the CSV importer reads after parsing
 * (issue 6, "read merged cells as what they mean"). Cells become what an office's "save as
 * CSV" would write: numbers as numbers, a formula as its cached result, rich text as plain
 * text, dates as ISO text. Only a merged block's top-left cell keeps its value; the others are
 * blank, which the wide importer reads as "same as the row above" (DESIGN.md input formats).
 */
import type { CellValue, Worksheet } from 'exceljs';

/** A worksheet read as text: `rows[i]` is sheet row i + 1. */
export interface SheetTable {
  rows: string[][];
  /** 1-based rows that were hidden in the sheet (left blank when skipped). */
  hiddenRows: number[];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A date as ISO text: the day alone when it has no time of day (exceljs reads dates as UTC). */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return day;
  return `${day}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/**
 * A number as Excel shows it in the General format: 15 significant digits, so a formula's
 * 0.30000000000000004 reads 0.3, as it would in a CSV saved from Excel.
 */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : '';
}

/** One cell value as plain text, untrimmed. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText(value.result as CellValue | undefined);
  }
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** Trimmed, with line ends as the CSV parser leaves them. */
const clean = (text: string): string =>
  (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trim();

/**
 * Reads the used range of a worksheet. Trailing blank rows and columns are dropped (Excel
 * often records formatting far past the data). With `skipHidden`, a hidden row is read as
 * blank, so every other row keeps the number Excel shows for it.
 */
export function sheetTable(ws: Worksheet, skipHidden: boolean): SheetTable {
  const rows: string[][] = [];
  const hiddenRows: number[] = [];
  let lastRow = 0;
  let width = 0;
  const count = ws.rowCount;
  for (let r = 1; r <= count; r++) {
    const row = ws.findRow(r);
    const cells: string[] = [];
    if (row && row.hidden) hiddenRows.push(r);
    if (row && !(skipHidden && row.hidden)) {
      row.eachCell((cell, col) => {
        // A merged block's value belongs to its master cell alone (see the file comment).
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const text = clean(cellText(cell.value));
        if (text === '') return;
        while (cells.length < col - 1) cells.push('');
        cells[col - 1] = text;
      });
    }
    if (cells.length > 0) lastRow = r;
    if (cells.length > width) width = cells.length;
    rows.push(cells);
  }
  rows.length = lastRow;
  for (const cells of rows) while (cells.length < width) cells.push('');
  return { rows, hiddenRows };
}
