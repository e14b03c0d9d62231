/**
 * Limits on what the importer reads, so a huge or hostile file ends in a clear message instead
 * of a frozen tab (issue 6, "Limits with clear messages instead of a frozen tab"). Each limit
 * is far above any real scheme: the largest the design mentions is 4 major / 109 sub / 371
 * detailed items (DESIGN.md background), and the performance targets are 100,000 leaves
 * analysed in seconds and 300,000 that complete (issue 5).
 */
import type { ImportIssue } from '../types';
import { issue } from './messages';

/** The limits one import runs under; tests and power users may lower or raise them. */
export interface Limits {
  /** Largest file in bytes, checked before anything is decoded. Default 100 MB. */
  maxBytes: number;
  /** Largest .xlsx once unzipped, from its ZIP directory. Default 500 MB (a ZIP bomb is far more). */
  maxUnzippedBytes: number;
  /**
   * Most table rows (header and skipped rows included). Default 500,000: a 300,000-leaf
   * province workspace (issue 5) with room to spare. The bound is memory, not time: the
   * analysis of 300,000 generated leaves peaks near 0.8 GB in Node (npm run bench), about
   * what a browser tab can count on, so much larger tables are refused with a message.
   */
  maxRows: number;
  /** Most table columns. Default 500. */
  maxColumns: number;
  /** Longest cell in characters. Default 32,767: Excel's own cell limit, so no real sheet has more. */
  maxCellChars: number;
  /** Deepest indicator level (1 = major item). Default 20; real schemes have 2 to 5. */
  maxDepth: number;
}

/** The default limits. */
export const LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 100 * 1024 * 1024,
  maxUnzippedBytes: 500 * 1024 * 1024,
  maxRows: 500_000,
  maxColumns: 500,
  maxCellChars: 32_767,
  maxDepth: 20,
});

/** The defaults with the caller's changes. */
export function limitsOf(given?: Partial<Limits>): Limits {
  return { ...LIMITS, ...given };
}

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0);

/**
 * The error for a file too large to open, or null. The UI calls this with `File.size` before
 * reading the file, so a 200 MB file is refused without ever being held in memory.
 */
export function checkFileSize(size: number, limits: Partial<Limits> = {}): ImportIssue | null {
  const max = limitsOf(limits).maxBytes;
  if (size <= max) return null;
  return issue('error', 'too-large', 0, null, {
    zh: `文件太大（${mb(size)} MB），最多可打开 ${mb(max)} MB。请删去无关的工作表或行后再试。`,
    en: `The file is too large (${mb(size)} MB); at most ${mb(max)} MB can be opened. Remove unrelated sheets or rows and try again.`,
  });
}

/** The error for a workbook that unzips to more than the limit (a ZIP bomb, or a huge sheet). */
export function tooLargeUnzipped(size: number, limits: Limits): ImportIssue {
  const said = Number.isFinite(size) ? `${mb(size)} MB` : '> 4 GB';
  return issue('error', 'too-large-unzipped', 0, null, {
    zh: `这个工作簿解压后有 ${said}，最多可读 ${mb(limits.maxUnzippedBytes)} MB。请只保留指标表所在的工作表。`,
    en: `This workbook unpacks to ${said}; at most ${mb(limits.maxUnzippedBytes)} MB can be read. Keep only the sheet with the scheme.`,
  });
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** The error for a table of `rows` rows, more than the limit allows. */
export function tooManyRows(rows: number, limits: Limits): ImportIssue {
  return issue('error', 'too-many-rows', 0, null, {
    zh: `表格有 ${rows} 行，最多可读 ${limits.maxRows} 行。请拆分文件，或删去无关的行。`,
    en: `The table has ${rows} rows; at most ${limits.maxRows} can be read. Split the file or remove unrelated rows.`,
  });
}

/** The error for a table of `columns` columns, more than the limit allows. */
export function tooManyColumns(columns: number, limits: Limits): ImportIssue {
  return issue('error', 'too-many-columns', 0, null, {
    zh: `表格有 ${columns} 列，最多可读 ${limits.maxColumns} 列。请删去无关的列。`,
    en: `The table has ${columns} columns; at most ${limits.maxColumns} can be read. Remove unrelated columns.`,
  });
}

/**
 * Errors for a table beyond the row, column or cell-length limits: one per kind of excess,
 * the cell named by row and column letter. Checked before the table is analysed.
 */
export function checkTable(table: readonly string[][], limits: Limits): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (table.length > limits.maxRows) {
    issues.push(tooManyRows(table.length, limits));
    // Scanning the cells of a table refused anyway would only cost time.
    return issues;
  }
  let width = 0;
  let long: { row: number; column: number; length: number } | null = null;
  for (let r = 0; r < table.length; r++) {
    const row = table[r];
    if (row.length > width) width = row.length;
    if (long) continue;
    for (let c = 0; c < row.length; c++) {
      if (row[c].length > limits.maxCellChars) {
        long = { row: r + 1, column: c, length: row[c].length };
        break;
      }
    }
  }
  if (width > limits.maxColumns) {
    issues.push(tooManyColumns(width, limits));
  }
  if (long) {
    issues.push(
      issue('error', 'cell-too-long', long.row, columnLetter(long.column), {
        zh: `第 ${long.row} 行 ${columnLetter(long.column)} 列的单元格有 ${long.length} 个字符，最多 ${limits.maxCellChars} 个：可能是引号不成对，整个文件被读进了一个单元格。`,
        en: `The cell at row ${long.row}, column ${columnLetter(long.column)} holds ${long.length} characters, at most ${limits.maxCellChars} are read: an unbalanced quote may have pulled the rest of the file into one cell.`,
      }),
    );
  }
  return issues;
}

/** The error for a tree deeper than the limit, at the first row that goes too deep, or null. */
export function checkDepth(depth: number, row: number, limits: Limits): ImportIssue | null {
  if (depth <= limits.maxDepth) return null;
  return issue('error', 'too-deep', row, null, {
    zh: `指标层级太深（${depth} 级），最多 ${limits.maxDepth} 级：请检查上级编号或列映射。`,
    en: `The indicator tree is too deep (${depth} levels); at most ${limits.maxDepth} are read. Check the parent ids or the column mapping.`,
  });
}
