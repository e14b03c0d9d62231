/**
 * Rows that are read but are not indicators: titles above the table, blank rows, repeated
 * header rows (printed forms repeat them per page: jilin corpus file), totals (总分, 合计,
 * 综合得分) and notes (注：…). Decided from the table alone, so detection and a mapping the
 * user edited skip the same rows.
 */
import type { SkippedRow } from '../types';
import { compact, filledCount } from './cells';
import { isSubHeader } from './detectHeader';
import { parseCode } from './numbering';
import { isNumberCell } from './parsePoints';

/** What a row of the table is. */
export type RowKind =
  'data' | 'header' | 'title' | 'blank' | 'repeated-header' | 'total' | 'section-total' | 'note';

const TOTAL =
  /^(总分|总计|合计|综合得分|总得分|得分合计|合计得分|分数合计|累计得分|最终得分|考核总分|满分|total|grandtotal|sum)(?:$|[：:（(，,]|\d)/i;
const SUBTOTAL = /^(小计|分项合计|subtotal|sub-total)(?:$|[：:（(，,]|\d)/i;
const NOTE = /^(注|备注|说明|附注|注释|注意事项|填表说明|评分说明|note|notes)(?:$|[：:]|\d|[一①])/i;

// First characters of every total or note word above: rows whose label starts otherwise are
// data without running the patterns (100,000-row tables, import brief).
const KEY_STARTS = /^[总合综累最考满小分注备说附填评tsnTSN]/;
// Cells that may be a bare numbering or a number, to look past: digits, signs, parentheses,
// Chinese numerals, circled numbers.
const MAYBE_CODE = /^[\d.+\-（(一二三四五六七八九十百零〇０-９①-⑳A-Za-z]/;

/** The first cell that is a label: not empty, not a bare numbering, not a number. */
function labelOf(row: readonly string[]): string {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (cell === '') continue;
    if (MAYBE_CODE.test(cell) && (parseCode(cell) || isNumberCell(cell))) continue;
    return KEY_STARTS.test(cell) ? compact(cell) : '';
  }
  return '';
}

const hasSpace = (text: string) => /\s/.test(text);

/** `headers` holds the header rows already compacted. */
function isRepeatedHeader(row: readonly string[], headers: readonly string[][]): boolean {
  let filled = 0;
  let same = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === '') continue;
    filled++;
    for (let k = 0; k < headers.length; k++) {
      const head = headers[k][c];
      if (head === undefined || head === '') continue;
      // Header cells are compacted: a cell with whitespace can only match once compacted, and
      // is then longer than the header. Checked in this order, a 100,000-row table's cells
      // rarely need the whitespace test (import brief: stay fast at that size).
      if (
        cell === head ||
        (cell.length > head.length && hasSpace(cell) && compact(cell) === head)
      ) {
        same++;
        break;
      }
    }
  }
  return same >= 2 && same >= 0.8 * filled;
}

/** Classifies every row; the skipped ones are listed with their reason. */
export function classifyRows(
  rows: readonly string[][],
  top: number,
  headerRows: number,
): { kinds: RowKind[]; skipped: SkippedRow[] } {
  const kinds = new Array<RowKind>(rows.length);
  const skipped: SkippedRow[] = [];
  const headers = rows.slice(top, top + headerRows);
  const compacted = headers.map((h) => h.map(compact));
  const skip = (r: number, kind: Exclude<RowKind, 'data' | 'header'>) => {
    kinds[r] = kind;
    skipped.push({ row: r + 1, reason: kind, text: rows[r].filter((c) => c !== '').join(' | ') });
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const filled = filledCount(row);
    if (filled === 0) skip(r, 'blank');
    else if (r < top) skip(r, 'title');
    else if (r < top + headerRows) kinds[r] = 'header';
    else if (headers.length > 0 && isRepeatedHeader(row, compacted)) skip(r, 'repeated-header');
    else if (
      headers.length > 0 &&
      kinds[r - 1] === 'repeated-header' &&
      isSubHeader(row, headers[0])
    ) {
      skip(r, 'repeated-header');
    } else {
      const label = labelOf(row);
      if (TOTAL.test(label)) skip(r, 'total');
      else if (SUBTOTAL.test(label)) skip(r, 'section-total');
      else if (filled <= 2 && NOTE.test(label)) skip(r, 'note');
      else kinds[r] = 'data';
    }
  }
  return { kinds, skipped };
}
