/**
 * The evidence detection works from: each column's header, the hint its words give, and the
 * shape of its data over the item rows (data rows that are not section rows).
 */
import { columnLabel } from './cells';
import { columnStats, type ColumnStats } from './columnStats';
import { headerHint, type HeaderHint } from './headerHints';

export interface ColumnProfile {
  index: number;
  header: string;
  /** Header, or the column letter when the header is empty. */
  label: string;
  hint: HeaderHint | null;
  stats: ColumnStats;
}

/** Everything the detectors share. */
export interface DetectContext {
  table: readonly string[][];
  /** Data rows (not skipped, not header), in file order. */
  dataRows: number[];
  /** Data rows that are not section rows. */
  itemRows: number[];
  sectionRows: Set<number>;
  columns: ColumnProfile[];
  /** The numbering column, if any. */
  codeColumn?: number;
}

/** Profiles every column over `rows`. */
export function profileColumns(
  table: readonly string[][],
  headers: readonly string[],
  rows: readonly number[],
): ColumnProfile[] {
  return headers.map((header, index) => ({
    index,
    header,
    label: columnLabel(header, index),
    hint: headerHint(header),
    stats: columnStats(table, index, rows),
  }));
}
