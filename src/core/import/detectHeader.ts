/**
 * Where the table starts and how many header rows it has. Exports often begin with a title
 * row (one merged cell) and may have a second header row of sub-headers under a header cell
 * that spans several columns (jilin corpus file: 采集数据项 over 数据项1 / 数据项2).
 */
import { filledCount } from './cells';
import { isHeaderWord } from './headerHints';
import { isNumberCell } from './parsePoints';

/** The first row of the table proper: leading rows with at most one filled cell are titles. */
export function findTop(rows: readonly string[][]): number {
  const limit = Math.min(rows.length, 10);
  for (let r = 0; r < limit; r++) if (filledCount(rows[r]) >= 2) return r;
  return 0;
}

/** True when a row reads as a header: no numbers, and known header words or short labels. */
export function looksLikeHeader(row: readonly string[]): boolean {
  let filled = 0;
  let words = 0;
  let long = 0;
  for (const cell of row) {
    if (cell === '') continue;
    filled++;
    if (isNumberCell(cell)) return false;
    if (isHeaderWord(cell)) words++;
    if (cell.length > 16) long++;
  }
  return filled > 0 && (words > 0 || long === 0);
}

/**
 * True when `row` is a second header row under `header`: a few short, non-numeric cells, each
 * under an empty or spanning header cell or itself a header word (数据项1, 一级, 分值 …).
 */
export function isSubHeader(row: readonly string[], header: readonly string[]): boolean {
  let filled = 0;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (cell === '') continue;
    filled++;
    if (cell.length > 12 || isNumberCell(cell)) return false;
    const spanned = header[i] === '' || (i + 1 < header.length && header[i + 1] === '');
    if (!spanned && !isHeaderWord(cell) && !/\D\d{1,2}$/.test(cell)) return false;
  }
  return filled > 0 && filled <= Math.ceil(row.length / 2);
}

/** Number of header rows at `top`: 0 (the table starts with data), 1 or 2. */
export function detectHeaderRows(rows: readonly string[][], top: number): number {
  if (top >= rows.length || !looksLikeHeader(rows[top])) return 0;
  // A second header row needs data under it: taking the only data row as a sub-header
  // would leave an empty table ("一级指标" over "扣分," is a header and one item).
  const dataBelowSecond = rows.slice(top + 2).some((r) => filledCount(r) > 0);
  if (dataBelowSecond && isSubHeader(rows[top + 1], rows[top])) return 2;
  return 1;
}

/**
 * Each column's header text, several header rows joined with " / ". In a two-row header an
 * empty top cell above a sub-header belongs to the spanning cell on its left.
 */
export function headerTexts(
  rows: readonly string[][],
  top: number,
  headerRows: number,
  width: number,
): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let h = 0; h < headerRows && top + h < rows.length; h++) {
      let cell = rows[top + h][c] ?? '';
      if (cell === '' && h === 0 && headerRows > 1) {
        const below = rows[top + 1]?.[c] ?? '';
        for (let k = c - 1; below !== '' && k >= 0 && cell === ''; k--) cell = rows[top][k];
      }
      if (cell !== '') parts.push(cell.replace(/\s*\n\s*/g, ' '));
    }
    out.push(parts.join(' / '));
  }
  return out;
}
