import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { importAny } from '../core/import/importAny';
import type { WorkbookOptions } from '../core/import/importWorkbook';
import { checkFileSize } from '../core/import/limits';
import type { ImportIssue, ImportResult, Scheme } from '../core/types';

/** Formats an issue as `FILE:ROW:COLUMN: message`, the shape editors and grep understand. */
export function formatIssue(file: string, issue: ImportIssue, lang: 'zh' | 'en'): string {
  const column = issue.column ?? '';
  return `${file}:${issue.row}:${column}: ${issue.severity}: ${issue.message[lang]}`;
}

/** A file that could not be opened as a scheme; its lines are already formatted. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/**
 * Reads FILE (CSV/TSV or .xlsx; `options.sheet` picks a worksheet) from disk and imports it;
 * rejects with InputError carrying every error found.
 */
export async function readScheme(
  file: string,
  lang: 'zh' | 'en',
  options?: WorkbookOptions,
): Promise<{ scheme: Scheme; result: ImportResult }> {
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    // Refused before the file is read whole (issue 6: a 200 MB file is refused politely).
    const tooLarge = checkFileSize(stat.size, options?.limits);
    if (tooLarge) throw new InputError([formatIssue(file, tooLarge, lang)]);
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const message =
      lang === 'zh'
        ? '无法读取文件（不存在或不是文件）'
        : 'cannot read the file (missing or not a file)';
    throw new InputError([`${file}:0:: error: ${message}`]);
  }
  const result = await importAny(bytes, basename(file), options);
  if (!result.scheme) {
    // Errors first; then the hint to choose another sheet, when the workbook's default held none.
    const shown = [
      ...result.issues.filter((i) => i.severity === 'error'),
      ...result.issues.filter((i) => i.code === 'other-sheets'),
    ];
    throw new InputError(shown.map((i) => formatIssue(file, i, lang)));
  }
  return { scheme: result.scheme, result };
}
