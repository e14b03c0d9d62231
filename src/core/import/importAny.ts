/**
 * importAny: whatever file a user drops → a scheme or clear errors (issue 6). Dispatches on
 * the bytes, not the file name, since offices rename files freely: an .xlsx workbook goes to
 * importWorkbook, an old .xls (or a password-protected workbook) and other archives get a
 * message saying what to save instead, anything else is read as a text table.
 */
import { importScheme } from './importScheme';
import { importWorkbook, type WorkbookOptions, type WorkbookResult } from './importWorkbook';
import { checkFileSize } from './limits';
import { issue } from './messages';
import { spreadsheetKind } from './xlsxSignature';
import { xlsxMessages } from './xlsxMessages';
import type { ImportIssue } from '../types';

function refused(found: ImportIssue): WorkbookResult {
  return {
    scheme: null,
    issues: [found],
    skipped: [],
    mapping: null,
    encoding: null,
    delimiter: null,
    preview: [],
    sheets: [],
    sheet: null,
  };
}

/**
 * Reads a CSV/TSV text table or an .xlsx workbook. `sheets` is empty and `sheet` null for a
 * text table. Never rejects.
 */
export async function importAny(
  bytes: Uint8Array,
  fileName: string,
  options: WorkbookOptions = {},
): Promise<WorkbookResult> {
  const tooLarge = checkFileSize(bytes.length, options.limits);
  if (tooLarge) return refused(tooLarge);
  switch (spreadsheetKind(bytes)) {
    case 'xlsx':
      return importWorkbook(bytes, fileName, options);
    case 'xls':
      return refused(issue('error', 'xls', 0, null, xlsxMessages.xls()));
    case 'xlsb':
      return refused(issue('error', 'xlsb', 0, null, xlsxMessages.binaryWorkbook()));
    case 'zip':
      return refused(issue('error', 'not-workbook', 0, null, xlsxMessages.notWorkbook()));
    default:
      return { ...importScheme(bytes, fileName, options), sheets: [], sheet: null };
  }
}
