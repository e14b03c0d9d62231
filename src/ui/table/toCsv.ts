/**
 * CSV text for the indicator table. Cells that a spreadsheet would read as a formula
 * (starting with = + - @ tab or CR) are neutralised by a leading apostrophe (OWASP, "CSV
 * injection"; issue 3), because rule text comes from files nobody here controls.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted where CSV needs it. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole table as CSV: CRLF line ends and a UTF-8 byte-order mark, which is how Excel on a
 * Chinese Windows recognises UTF-8 (our importer drops the mark again).
 */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
