/** Small text helpers shared by the importer's detectors and builders. */

/** The text without any whitespace (ideographic space included): "分 值" reads as "分值". */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

const FULL_WIDTH = /[０-９．＋－]/g;

/** Full-width digits and signs (１０．５) as ASCII, the way Excel users often type them. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A spreadsheet column letter for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** How issues name a column: its header text, or its letter when the header is empty. */
export function columnLabel(header: string, index: number): string {
  return header !== '' ? header : columnLetter(index);
}

/** Number of non-empty cells in a row. */
export function filledCount(row: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) if (row[i] !== '') n++;
  return n;
}

/** Reason text for the mapping screen, in both languages ("中文 · English"). */
export function because(zh: string, en: string): string {
  return `${zh} · ${en}`;
}

/** The first few distinct values of a list, quoted, for a reason text. */
export function examples(values: readonly string[], max = 2): string {
  const seen: string[] = [];
  for (const v of values) {
    if (v === '' || seen.includes(v)) continue;
    seen.push(v.length > 12 ? v.slice(0, 12) + '…' : v);
    if (seen.length >= max) break;
  }
  return seen.map((v) => `“${v}”`).join('、');
}
