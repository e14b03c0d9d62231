/**
 * Text → a rectangular table of trimmed cells, with the delimiter detected among comma, tab
 * and semicolon (DESIGN.md input formats). Parsing is papaparse's, called directly and never
 * with `worker: true` (TOOLCHAIN.md: broken under Vite 8 production builds).
 */
import Papa from 'papaparse';
import type { ImportIssue } from '../types';
import { issue, messages } from './messages';

/** A parsed table: `rows[i]` is spreadsheet row i + 1; every row has `width` cells. */
export interface ParsedTable {
  rows: string[][];
  width: number;
  delimiter: string;
  issues: ImportIssue[];
}

const DELIMITERS = [',', '\t', ';'];
const SAMPLE_CHARS = 64 * 1024;

/** Most frequent value of a list and how often it occurs. */
function mode(values: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  let best = { value: 0, count: 0 };
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > best.count || (c === best.count && v > best.value)) best = { value: v, count: c };
  }
  return best;
}

/**
 * The delimiter that splits the first rows into the most consistent number of fields (more
 * than one); comma when none does. Quoted cells are respected because papaparse counts them.
 */
export function detectDelimiter(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let best = ',';
  let bestScore = 0;
  let bestFields = 0;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, {
      delimiter,
      preview: 60,
      skipEmptyLines: 'greedy',
    }).data;
    if (rows.length === 0) continue;
    const m = mode(rows.map((r) => r.length));
    if (m.value < 2) continue;
    const score = m.count / rows.length;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && m.value > bestFields)) {
      best = delimiter;
      bestScore = score;
      bestFields = m.value;
    }
  }
  return best;
}

/** Parses the text; quote problems become warnings, never exceptions. */
export function parseTable(text: string): ParsedTable {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const data = result.data;
  // A final line break makes papaparse return one last empty row; a spreadsheet shows none.
  let end = data.length;
  while (end > 0 && data[end - 1].every((c) => c.trim() === '')) end--;
  let width = 0;
  for (let r = 0; r < end; r++) if (data[r].length > width) width = data[r].length;
  // Rows are trimmed and padded in place: no second copy of a 100,000-row table.
  const rows = data;
  rows.length = end;
  for (let r = 0; r < end; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      row[c] = (cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell).trim();
    }
    while (row.length < width) row.push('');
  }
  const issues: ImportIssue[] = [];
  const seen = new Set<number>();
  for (const e of result.errors) {
    if (e.type !== 'Quotes' || e.row === undefined || seen.has(e.row)) continue;
    seen.add(e.row);
    issues.push(issue('warning', 'csv-quotes', e.row + 1, null, messages.quotes()));
  }
  return { rows, width, delimiter, issues };
}
