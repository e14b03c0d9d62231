/**
 * One size of the analysis benchmark, meant to run in a child process of its own so that
 * its peak memory (maxRSS) is its own: a seeded scheme from the generator, parse-only time
 * (TextDecoder + Papa.parse of the same bytes) against the worker API's full analysis
 * (openFile + analyze: import, classification, overlap, all metrics), and a breakdown of
 * the analysis by stage.
 */
import Papa from 'papaparse';
import { classifyLeaves } from '../src/core/classify/classifyLeaves';
import { generateScheme } from '../src/core/gen/generateScheme';
import { countScheme } from '../src/core/metrics/counts';
import { summarizeFlags, summarizeIncentive, summarizeKind } from '../src/core/metrics/summaries';
import { DEFAULT_THRESHOLD, findOverlap } from '../src/core/overlap/findOverlap';
import { overlapItems } from '../src/core/overlap/overlapItems';
import type { ImportOptions } from '../src/core/import/importScheme';
import type { Scheme } from '../src/core/types';
import { analyze, openFile } from '../src/worker/api';
import { bestTime } from './timing';

/** Seconds per stage of one analysis, measured apart from the headline run. */
export interface StageSeconds {
  import: number;
  classify: number;
  overlap: number;
  counts: number;
  summaries: number;
}

/** The figures of one size. Times in seconds, memory in MB. */
export interface SizeFigures {
  leaves: number;
  bytes: number;
  runs: number;
  generateSeconds: number;
  parseSeconds: number;
  analysisSeconds: number;
  /** analysisSeconds / parseSeconds; the target is ≤ 4 (issue 5). */
  ratio: number;
  overlapMethod: string;
  clusters: number;
  /** Set when the app's default row limit refuses this size: the limit was raised to measure. */
  refusedByDefaultLimit?: string;
  stages?: StageSeconds;
  /** Heap in use after the analysis, with the scheme and the analysis still alive. */
  heapUsedMB: number;
  /** The process's peak resident set (process.resourceUsage().maxRSS). */
  peakRssMB: number;
}

/** Best-of runs: a few for small sizes, one for the largest (bench.md: keep it under ~5 min). */
export function runsFor(leaves: number): number {
  return leaves <= 20_000 ? 3 : leaves <= 100_000 ? 2 : 1;
}

function stages(bytes: Uint8Array, options?: ImportOptions): StageSeconds {
  const t = (f: () => unknown) => bestTime(f, 1).seconds;
  let scheme: Scheme | null = null;
  const importSeconds = t(() => (scheme = openFile(bytes, 'bench.csv', options).scheme));
  if (!scheme) throw new Error('the generated scheme did not import');
  const s: Scheme = scheme;
  let leaves: ReturnType<typeof classifyLeaves> = [];
  return {
    import: importSeconds,
    classify: t(() => (leaves = classifyLeaves(s, { overrides: [] }))),
    overlap: t(() => findOverlap(overlapItems(s), DEFAULT_THRESHOLD)),
    counts: t(() => countScheme(s)),
    summaries: t(() => {
      summarizeIncentive(s, leaves);
      summarizeKind(s, leaves);
      summarizeFlags(leaves);
    }),
  };
}

/** Measures one size; `breakdown` adds one more analysis, timed stage by stage. */
export function measureSize(leaves: number, seed: number, breakdown: boolean): SizeFigures {
  const runs = runsFor(leaves);
  const generated = bestTime(() => new TextEncoder().encode(generateScheme({ leaves, seed })), 1);
  const bytes = generated.result;
  const parse = bestTime(() => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.length;
  }, runs);
  // The importer refuses tables above LIMITS.maxRows (src/core/import/limits.ts); say so,
  // then measure with the limit raised, as a caller may through ImportOptions.limits.
  const refused = openFile(bytes, 'bench.csv').issues.find((i) => i.code === 'too-many-rows');
  const importOptions = refused ? { limits: { maxRows: leaves + 1000 } } : undefined;
  const full = bestTime(() => {
    const { scheme, issues } = openFile(bytes, 'bench.csv', importOptions);
    if (!scheme) throw new Error(`the generated scheme did not import: ${issues[0]?.code}`);
    return { scheme, analysis: analyze(scheme) };
  }, runs);
  const heapUsedMB = process.memoryUsage().heapUsed / 2 ** 20;
  // Read before the breakdown run, which would add its own allocations to the peak.
  // maxRSS is in kilobytes (Node docs, process.resourceUsage()).
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const { analysis } = full.result;
  return {
    leaves,
    bytes: bytes.length,
    runs,
    generateSeconds: generated.seconds,
    parseSeconds: parse.seconds,
    analysisSeconds: full.seconds,
    ratio: full.seconds / parse.seconds,
    overlapMethod: analysis.overlap.join ?? analysis.overlap.method,
    clusters: analysis.overlap.clusters.length,
    refusedByDefaultLimit: refused ? refused.message.en : undefined,
    stages: breakdown ? stages(bytes, importOptions) : undefined,
    heapUsedMB,
    peakRssMB,
  };
}
