/**
 * The compare-and-simulate part of the benchmark (issue 5: "Compare and simulate on
 * 100,000-leaf schemes finish within a few seconds"). Two years of one generated scheme
 * (`lens gen --years 2`: the second year about 10% larger, reworded and regrouped) are read
 * and split as the app does; then the worker API's `diff` of the two years, and its
 * `simulate` (the steps, then the analysis of the result, as the simulate page asks for it)
 * under both points policies, the steps timed also given the overlap of the analysis the app
 * holds (SimulateOptions.overlap). The diff is timed as the API runs it (analysing both schemes)
 * and given the analyses the app already holds (the matching alone); and once more between
 * two unrelated seeds, where few names match and the similarity join does the work.
 * Meant to run in a child process of its own.
 */
import { isDeepStrictEqual } from 'node:util';
import { analyzeScheme } from '../src/core/analyze';
import { generateScheme } from '../src/core/gen/generateScheme';
import { simulate as simulateScheme } from '../src/core/simulate/simulate';
import type { PointsPolicy, SimulationStep } from '../src/core/simulate/steps';
import { diff, openFile, simulate, splitYears } from '../src/worker/api';
import { bestTime } from './timing';

/** The steps timed: one of each kind that touches many items (the brief of this benchmark). */
export const BENCH_STEPS: SimulationStep[] = [
  { type: 'merge-overlap', points: 'sum' },
  { type: 'drop-flag', flag: 'meeting' },
  { type: 'cap', perBranch: 10 },
];

/** Seconds of one policy's simulation: the steps alone, and with the analysis of the result. */
export interface SimulateFigures {
  policy: PointsPolicy;
  stepsSeconds: number;
  /**
   * The steps given the overlap of the scheme's analysis, which the app already holds
   * (SimulateOptions.overlap): the merge-overlap step need not find it again.
   */
  stepsGivenOverlapSeconds: number;
  /** Whether the steps gave the same result with the analysis's overlap as without. */
  sameGivenOverlap: boolean;
  /** Worker API `simulate` as the app calls it (the analysis's overlap given): steps and analysis of the result. */
  withAnalysisSeconds: number;
  leavesAfter: number;
  removed: number;
}

/** The figures of compare and simulate on one generated size. Times in seconds. */
export interface CompareSimulateFigures {
  leavesOld: number;
  leavesNew: number;
  /** Reading the two-year file and splitting it into one scheme per year. */
  setupSeconds: number;
  /** Worker API `diff` of year 1 and year 2: matching and both analyses. */
  diffSeconds: number;
  /** The same diff given both analyses (DiffOptions.analyses): the matching alone. */
  diffGivenAnalysesSeconds: number;
  diffCounts: Record<string, number>;
  similarityMatches: number;
  /** Diff of two unrelated generated schemes (seed, seed + 1), analyses given. */
  seeds: { seconds: number; similarityMatches: number; removed: number; added: number };
  simulate: SimulateFigures[];
  peakRssMB: number;
}

const leafCount = (nodes: { children: string[] }[]) =>
  nodes.filter((n) => n.children.length === 0).length;

/** Measures diff and simulate on a generated two-year scheme of `leaves` first-year leaves. */
export function measureCompareSimulate(
  leaves: number,
  seed: number,
  runs = 1,
): CompareSimulateFigures {
  const bytes = new TextEncoder().encode(generateScheme({ leaves, seed, years: 2 }));
  const setup = bestTime(() => {
    const { scheme, issues } = openFile(bytes, 'bench-years.csv');
    if (!scheme) throw new Error(`the generated scheme did not import: ${issues[0]?.code}`);
    return splitYears(scheme);
  }, 1);
  const [first, second] = setup.result;
  if (!first || !second) throw new Error('the generated file did not hold two years');
  const compared = bestTime(() => diff(first.scheme, second.scheme), runs);
  const analyses = { old: analyzeScheme(first.scheme), new: analyzeScheme(second.scheme) };
  const given = bestTime(() => diff(first.scheme, second.scheme, { analyses }), runs);
  const other = openFile(
    new TextEncoder().encode(generateScheme({ leaves, seed: seed + 1 })),
    'bench-other.csv',
  ).scheme;
  if (!other) throw new Error('the second generated scheme did not import');
  const seedAnalyses = { old: analyses.old, new: analyzeScheme(other) };
  const seeds = bestTime(() => diff(first.scheme, other, { analyses: seedAnalyses }), runs);
  const figures: SimulateFigures[] = (['keep-leaf-points', 'keep-parent-totals'] as const).map(
    (policy) => {
      const steps = bestTime(() => simulateScheme(first.scheme, BENCH_STEPS, policy), runs);
      const overlap = analyses.old.overlap;
      const reused = bestTime(
        () => simulateScheme(first.scheme, BENCH_STEPS, policy, { overlap }),
        runs,
      );
      // As the worker runs it for the app: with the overlap of the scheme's analysis.
      const full = bestTime(
        () => simulate(first.scheme, BENCH_STEPS, policy, {}, { overlap }),
        runs,
      );
      return {
        policy,
        stepsSeconds: steps.seconds,
        stepsGivenOverlapSeconds: reused.seconds,
        sameGivenOverlap: isDeepStrictEqual(reused.result, steps.result),
        withAnalysisSeconds: full.seconds,
        leavesAfter: leafCount(full.result.result.scheme.nodes),
        removed: full.result.result.records.reduce((sum, r) => sum + r.removed.length, 0),
      };
    },
  );
  return {
    leavesOld: leafCount(first.scheme.nodes),
    leavesNew: leafCount(second.scheme.nodes),
    setupSeconds: setup.seconds,
    diffSeconds: compared.seconds,
    diffGivenAnalysesSeconds: given.seconds,
    diffCounts: compared.result.counts,
    similarityMatches: compared.result.leaves.filter((l) => l.matchedBy === 'similarity').length,
    seeds: {
      seconds: seeds.seconds,
      similarityMatches: seeds.result.leaves.filter((l) => l.matchedBy === 'similarity').length,
      removed: seeds.result.counts.removed,
      added: seeds.result.counts.added,
    },
    simulate: figures,
    // maxRSS is in kilobytes (Node docs, process.resourceUsage()).
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}
