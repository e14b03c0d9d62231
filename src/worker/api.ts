/**
 * The worker's API: plain functions over core. Tests import this module directly; the
 * worker entry (worker.ts) only exposes it with comlink, so this file must not import comlink.
 */
import { analyzeScheme, type AnalyzeOptions } from '../core/analyze';
import { importAny } from '../core/import/importAny';
import { importScheme, type ImportOptions } from '../core/import/importScheme';
import type { WorkbookOptions, WorkbookResult } from '../core/import/importWorkbook';
import type { Analysis, ImportResult, Scheme } from '../core/types';

/** Reads a file's bytes (transferred in) into a scheme, or into errors naming row and column. */
export function openFile(
  bytes: Uint8Array,
  fileName: string,
  options?: ImportOptions,
): ImportResult {
  return importScheme(bytes, fileName, options);
}

/**
 * Reads any file a user drops — an .xlsx workbook (one sheet: `options.sheet`) or a text
 * table — into a scheme or errors; `sheets` lists the workbook's sheets for the picker.
 * The caller should first refuse an oversized file with checkFileSize(file.size).
 */
export function openAny(
  bytes: Uint8Array,
  fileName: string,
  options?: WorkbookOptions,
): Promise<WorkbookResult> {
  return importAny(bytes, fileName, options);
}

/** All headline metrics of a scheme. */
export function analyze(scheme: Scheme, options?: AnalyzeOptions): Analysis {
  return analyzeScheme(scheme, options);
}

export const api = { openFile, openAny, analyze };
export type Api = typeof api;
