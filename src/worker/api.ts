/**
 * The worker's API: plain functions over core. Tests import this module directly; the
 * worker entry (worker.ts) only exposes it with comlink, so this file must not import comlink.
 */
import { analyzeScheme, type AnalyzeOptions, type AnalyzePhase } from '../core/analyze';
import { diffSchemes, type DiffOptions, type SchemeDiff } from '../core/compare/diffSchemes';
import { importAny } from '../core/import/importAny';
import { importScheme, type ImportOptions } from '../core/import/importScheme';
import type { WorkbookOptions, WorkbookResult } from '../core/import/importWorkbook';
import { splitByYear } from '../core/import/splitByYear';
import {
  simulate as simulateScheme,
  type PointsPolicy,
  type SimulateOptions,
  type SimulationResult,
  type SimulationStep,
} from '../core/simulate/simulate';
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

/**
 * All headline metrics of a scheme; `onPhase` (a comlink proxy from the page) hears each
 * phase as it starts.
 */
export function analyze(
  scheme: Scheme,
  options?: AnalyzeOptions,
  onPhase?: (phase: AnalyzePhase, index: number) => void,
): Analysis {
  return analyzeScheme(scheme, options, onPhase);
}

/** The diff of two schemes (DESIGN.md "Compare"): matched, added, removed leaves; growth. */
export function diff(oldScheme: Scheme, newScheme: Scheme, options?: DiffOptions): SchemeDiff {
  return diffSchemes(oldScheme, newScheme, options);
}

/** A simulated scheme with what each step did, and its analysis. */
export interface SimulateReply {
  result: SimulationResult;
  analysis: Analysis;
}

/**
 * Applies `steps` to a copy of `scheme` and analyses the result with the given threshold.
 * Overrides of items the steps removed are dropped; the others still apply. `known` may hold
 * the overlap the scheme's analysis already found, so that merging overlaps does not look
 * for them again (core simulate checks it fits).
 */
export function simulate(
  scheme: Scheme,
  steps: SimulationStep[],
  policy: PointsPolicy,
  options: AnalyzeOptions = {},
  known: SimulateOptions = {},
): SimulateReply {
  const result = simulateScheme(scheme, steps, policy, known);
  const present = new Set(result.scheme.nodes.map((n) => n.id));
  const overrides = options.overrides?.filter((o) => present.has(o.id));
  const analysis = analyzeScheme(result.scheme, { ...options, overrides });
  return { result, analysis };
}

/** One scheme per year of a file holding several years; [] when it has no year column. */
export function splitYears(scheme: Scheme): { year: number; scheme: Scheme }[] {
  return splitByYear(scheme);
}

export const api = { openFile, openAny, analyze, diff, simulate, splitYears };
export type Api = typeof api;
