/**
 * The worker's API: plain functions over core. Tests import this module directly; the
 * worker entry (worker.ts) only exposes it with comlink, so this file must not import comlink.
 */
import { analyzeScheme, type AnalyzeOptions } from '../core/analyze';
import { importScheme, type ImportOptions } from '../core/import/importScheme';
import type { Analysis, ImportResult, Scheme } from '../core/types';

/** Reads a file's bytes (transferred in) into a scheme, or into errors naming row and column. */
export function openFile(
  bytes: Uint8Array,
  fileName: string,
  options?: ImportOptions,
): ImportResult {
  return importScheme(bytes, fileName, options);
}

/** All headline metrics of a scheme. */
export function analyze(scheme: Scheme, options?: AnalyzeOptions): Analysis {
  return analyzeScheme(scheme, options);
}

export const api = { openFile, analyze };
export type Api = typeof api;
