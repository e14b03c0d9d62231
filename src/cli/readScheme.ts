import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { importScheme, type ImportOptions } from '../core/import/importScheme';
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

/** Reads FILE from disk and imports it; throws InputError with every error found. */
export function readScheme(
  file: string,
  lang: 'zh' | 'en',
  options?: ImportOptions,
): { scheme: Scheme; result: ImportResult } {
  let bytes: Uint8Array;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    const message =
      lang === 'zh'
        ? '无法读取文件（不存在或不是文件）'
        : 'cannot read the file (missing or not a file)';
    throw new InputError([`${file}:0:: error: ${message}`]);
  }
  const result = importScheme(bytes, basename(file), options);
  if (!result.scheme) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    throw new InputError(errors.map((i) => formatIssue(file, i, lang)));
  }
  return { scheme: result.scheme, result };
}
