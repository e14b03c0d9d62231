/**
 * importWorkbook: the bytes of an .xlsx workbook → a scheme, by the same path as a CSV once
 * the chosen sheet is a table of text cells (issue 6, "Import .xlsx directly"). Async because
 * exceljs reads the ZIP asynchronously; exceljs is loaded only when a workbook is opened, so
 * the app's first load does not carry it. Never rejects: failures are error issues.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ImportIssue, ImportResult } from '../types';
import { importTable, type ImportOptions } from './importScheme';
import { checkFileSize, limitsOf, tooLargeUnzipped, tooManyColumns, tooManyRows } from './limits';
import { issue } from './messages';
import { sheetTable } from './xlsxTable';
import { xlsxMessages } from './xlsxMessages';
import { unzippedSize } from './xlsxUnzippedSize';

/** Import options for a workbook. */
export interface WorkbookOptions extends ImportOptions {
  /** The worksheet to read, by name. Default: the visible worksheet with the most rows. */
  sheet?: string;
  /** Read hidden rows as blank (listed as skipped, reason 'hidden'). Default: false, kept. */
  skipHiddenRows?: boolean;
}

/** An import result with the workbook's sheet names and the sheet that was read. */
export interface WorkbookResult extends ImportResult {
  /** Every worksheet's name, in workbook order, for the sheet picker. */
  sheets: string[];
  /** The sheet that was read; null when none could be. */
  sheet: string | null;
}

function failed(issues: ImportIssue[], sheets: string[] = []): WorkbookResult {
  return {
    scheme: null,
    issues,
    skipped: [],
    mapping: null,
    encoding: null,
    delimiter: null,
    preview: [],
    sheets,
    sheet: null,
  };
}

/** exceljs, loaded on first use (its browser bundle under Vite, its Node build elsewhere). */
async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  // exceljs types the argument as a Node Buffer; JSZip underneath reads any Uint8Array.
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

/**
 * The sheet named, or by default the visible sheet with the most rows: a workbook often
 * opens with a cover or an instructions sheet (封面, 填表说明) before the table, and reading
 * the cover would offer a scheme of one or two items without a word of warning.
 */
function pickSheet(workbook: Workbook, name: string | undefined): Worksheet | undefined {
  const all = workbook.worksheets;
  if (name !== undefined) return all.find((ws) => ws.name === name);
  const visible = all.filter((ws) => ws.state === 'visible' && ws.actualRowCount > 0);
  const largest = visible.reduce<Worksheet | undefined>(
    (best, ws) => (!best || ws.actualRowCount > best.actualRowCount ? ws : best),
    undefined,
  );
  return largest ?? all[0];
}

/**
 * Reads one worksheet of an .xlsx workbook into a scheme. `fileName` gives the default label,
 * year and id, as for importScheme.
 */
export async function importWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: WorkbookOptions = {},
): Promise<WorkbookResult> {
  const limits = limitsOf(options.limits);
  const tooLarge = checkFileSize(bytes.length, limits);
  if (tooLarge) return failed([tooLarge]);
  const unzipped = unzippedSize(bytes);
  if (unzipped !== null && unzipped > limits.maxUnzippedBytes) {
    return failed([tooLargeUnzipped(unzipped, limits)]);
  }
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return failed([issue('error', 'xlsx-damaged', 0, null, xlsxMessages.damaged(detail))]);
  }
  const sheets = workbook.worksheets.map((ws) => ws.name);
  if (sheets.length === 0) {
    return failed([issue('error', 'xlsx-no-sheets', 0, null, xlsxMessages.noSheets())]);
  }
  const ws = pickSheet(workbook, options.sheet);
  if (!ws) {
    const message = xlsxMessages.sheetMissing(options.sheet ?? '', sheets);
    return failed([issue('error', 'sheet-missing', 0, null, message)], sheets);
  }
  // Checked on the sheet's own counts, before a million-row table is built from it.
  if (ws.actualRowCount > limits.maxRows)
    return failed([tooManyRows(ws.actualRowCount, limits)], sheets);
  if (ws.actualColumnCount > limits.maxColumns) {
    return failed([tooManyColumns(ws.actualColumnCount, limits)], sheets);
  }

  try {
    const skipHidden = options.skipHiddenRows === true;
    const { rows, hiddenRows } = sheetTable(ws, skipHidden);
    const result = importTable(
      rows,
      { fileName, encoding: 'utf-8', delimiter: '', sheet: ws.name, issues: [] },
      options,
    );
    const hidden = new Set(skipHidden ? hiddenRows : []);
    const skipped = result.skipped.map((s) => (hidden.has(s.row) ? { ...s, reason: 'hidden' } : s));
    // A default sheet that holds no scheme (a cover or notes sheet): point at the others.
    const others = sheets.filter((name) => name !== ws.name);
    const issues =
      !result.scheme && options.sheet === undefined && others.length > 0
        ? [
            ...result.issues,
            issue('warning', 'other-sheets', 0, null, xlsxMessages.otherSheets(ws.name, others)),
          ]
        : result.issues;
    return { ...result, issues, skipped, sheets, sheet: ws.name };
  } catch (err) {
    // importTable never throws; reading cells might on a malformed sheet.
    const detail = err instanceof Error ? err.message : String(err);
    return failed([issue('error', 'xlsx-damaged', 0, null, xlsxMessages.damaged(detail))], sheets);
  }
}
