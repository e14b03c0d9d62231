/**
 * The presentation deck for a reform meeting (issue 4, "Present"): one idea per slide, each
 * slide plain data taken from the analysis, so the view only lays out and formats. Pure: no
 * DOM, no language — the components translate and format (src/ui/present/messages.ts).
 */
import { isCriteriaFlag } from '../../core/classify/flagGroups';
import type { Analysis, FlagType, Scheme } from '../../core/types';

/** Items of one level across a year, for the growth chart (src/ui/compare/GrowthChart.svelte). */
export interface YearLevels {
  key: string;
  label: string;
  /** Nodes per level, index 0 = level 1. */
  byLevel: number[];
}

/** A consolidation tried in the simulator, shown before and after. */
export interface DeckSimulation {
  label: string;
  before: Analysis;
  after: Analysis;
  /** What each step did, in the order applied, already in the interface language. */
  steps: string[];
}

/** One overlap cluster as the deck shows it. */
export interface DeckOverlap {
  /** Paths of the cluster's leaves, names joined ' › '. */
  members: string[];
  /** Highest pairwise similarity inside the cluster. */
  similarity: number;
}

/** One flagged leaf as the deck shows it. */
export interface DeckFlagged {
  /** Names from the major item down to the leaf, joined ' › '. */
  path: string;
  /** Flag types (e.g. 'meeting'); a string that is not a flag type is shown as written. */
  flags: string[];
}

/** Everything the presentation and the printed report show; built by the app from the Lens. */
export interface DeckInput {
  /** The scheme's label, e.g. "某县乡镇综合考核 2020". */
  title: string;
  /** ISO date (YYYY-MM-DD or a full timestamp), shown formatted. */
  date: string;
  scheme: Scheme;
  analysis: Analysis;
  /** Items per level across the workspace's years, oldest first (may be one). */
  years: YearLevels[];
  /** The name of each level ("大项", "小项", "细项"), index 0 = level 1. */
  levelNames: string[];
  simulation: DeckSimulation | null;
  /** Top overlap clusters, largest first. */
  overlaps: DeckOverlap[];
  /**
   * The leaves on criteria the 2024 regulations forbid (the overview's headline; structural
   * flags are counted apart in the numbers). The deck shows the first ones and counts all.
   */
  flagged: DeckFlagged[];
}

/** One level's count with its name: "109 小项". */
export interface LevelCount {
  count: number;
  name: string;
}

/**
 * The headline numbers of one analysis (DESIGN.md, "The headline metrics"): items per level,
 * overlap ratio, negative-incentive ratio and process share, with the numbers the report adds.
 */
export interface SchemeNumbers {
  levels: LevelCount[];
  leaves: number;
  overlapRatio: number;
  /** Σ(cluster size − 1): what merging would remove. */
  redundant: number;
  /** Clusters of two or more leaves. */
  clusters: number;
  negativeRatio: number;
  negativeRatioByPoints: number | null;
  vetoes: number;
  processShare: number;
  processShareByPoints: number | null;
  /** Leaves with at least one flag of any kind. */
  flaggedLeaves: number;
  /** Leaves on a criterion the 2024 regulations forbid (or signs, certificates): the headline. */
  criteriaLeaves: number;
  /** Leaves with a structural flag (wide branch, micro-item, uncapped deduction), shown apart. */
  structuralLeaves: number;
}

/** Slide kinds, in the order the deck shows them. */
export type SlideKind = 'numbers' | 'sunburst' | 'growth' | 'simulation' | 'flags' | 'overlaps';

export type Slide =
  | { kind: 'numbers'; numbers: SchemeNumbers }
  | { kind: 'sunburst' }
  | { kind: 'growth'; years: YearLevels[]; levelNames: string[] }
  | {
      kind: 'simulation';
      label: string;
      before: SchemeNumbers;
      after: SchemeNumbers;
      steps: string[];
    }
  | { kind: 'flags'; items: DeckFlagged[]; rest: number; total: number }
  | { kind: 'overlaps'; items: DeckOverlap[]; rest: number; clusters: number; redundant: number };

/** Flagged items on one slide: 12 lines of 28 px text fit a 768 px high projector. */
export const FLAGS_ON_SLIDE = 12;
/** Overlap clusters on one slide: each takes two or three lines. */
export const OVERLAPS_ON_SLIDE = 4;

/**
 * The flags worth a line on a slide or the page: what the item measures (the criteria the 2024
 * regulations forbid, signs, certificates) when it has any — its shape (micro-item …) would
 * only crowd them out — else its structural flags.
 */
export function headlineFlags(flags: string[]): string[] {
  const criteria = flags.filter((f) => isCriteriaFlag(f as FlagType));
  return criteria.length > 0 ? criteria : flags;
}

const withHeadlineFlags = (items: DeckFlagged[]): DeckFlagged[] =>
  items.map((item) => ({ path: item.path, flags: headlineFlags(item.flags) }));

/** The name of a level: the given one, else "L3" so a deeper level never goes unnamed. */
function nameOf(levelNames: string[], level: number): string {
  return levelNames[level - 1] ?? `L${level}`;
}

/** The headline numbers of an analysis, levels named by `levelNames`. */
export function numbersOf(analysis: Analysis, levelNames: string[]): SchemeNumbers {
  const { counts, overlap, incentive, kind, flags } = analysis;
  return {
    levels: counts.byLevel.map((count, i) => ({ count, name: nameOf(levelNames, i + 1) })),
    leaves: counts.leaves,
    overlapRatio: overlap.ratio,
    redundant: overlap.redundant,
    clusters: overlap.clusters.filter((c) => c.members.length > 1).length,
    negativeRatio: incentive.negativeRatio,
    negativeRatioByPoints: incentive.negativeRatioByPoints,
    vetoes: incentive.vetoes,
    processShare: kind.processShare,
    processShareByPoints: kind.processShareByPoints,
    flaggedLeaves: flags.leaves,
    criteriaLeaves: flags.criteriaLeaves,
    structuralLeaves: flags.structuralLeaves,
  };
}

/**
 * The slides for a meeting, one idea each: the four numbers; the sunburst; growth across
 * years (only with two years or more); before and after a consolidation (only with one);
 * the flagged items (top FLAGS_ON_SLIDE with their headline flags, and how many more; only if
 * any); the top overlaps
 * (only if any). Does not modify the input.
 */
export function slidesOf(input: DeckInput): Slide[] {
  const slides: Slide[] = [
    { kind: 'numbers', numbers: numbersOf(input.analysis, input.levelNames) },
    { kind: 'sunburst' },
  ];
  if (input.years.length >= 2) {
    slides.push({ kind: 'growth', years: input.years, levelNames: input.levelNames });
  }
  const sim = input.simulation;
  if (sim) {
    slides.push({
      kind: 'simulation',
      label: sim.label,
      before: numbersOf(sim.before, input.levelNames),
      after: numbersOf(sim.after, input.levelNames),
      steps: sim.steps,
    });
  }
  if (input.flagged.length > 0) {
    slides.push({
      kind: 'flags',
      items: withHeadlineFlags(input.flagged.slice(0, FLAGS_ON_SLIDE)),
      rest: Math.max(0, input.flagged.length - FLAGS_ON_SLIDE),
      total: input.flagged.length,
    });
  }
  if (input.overlaps.length > 0) {
    const n = numbersOf(input.analysis, input.levelNames);
    const items = input.overlaps.slice(0, OVERLAPS_ON_SLIDE);
    slides.push({
      kind: 'overlaps',
      items,
      // Counted from the analysis: the input may carry only the top clusters.
      rest: Math.max(0, n.clusters - items.length),
      clusters: n.clusters,
      redundant: n.redundant,
    });
  }
  return slides;
}

/** A path split for display: the leaf's own name first, the branches above it as context. */
export function splitPath(path: string): { name: string; context: string } {
  const parts = path.split(' › ');
  const name = parts.pop() ?? path;
  return { name, context: parts.join(' › ') };
}

/** Overlap clusters the one-page report lists. */
export const REPORT_OVERLAPS = 5;
/** Flagged items the one-page report lists. */
export const REPORT_FLAGS = 10;

/** What the printed one-page report shows, taken from the deck input. */
export interface ReportContent {
  numbers: SchemeNumbers;
  /** The growth chart's years; empty when the workspace has no scheme to chart. */
  years: YearLevels[];
  overlaps: DeckOverlap[];
  /** Clusters of two or more in the analysis (the list may show fewer). */
  overlapsTotal: number;
  flagged: DeckFlagged[];
  flaggedTotal: number;
}

/**
 * The one-page report (issue 4): the four numbers with flagged items and vetoes, the growth
 * chart's years, the top REPORT_OVERLAPS overlaps and the top REPORT_FLAGS flagged items.
 */
export function reportOf(input: DeckInput): ReportContent {
  const numbers = numbersOf(input.analysis, input.levelNames);
  return {
    numbers,
    years: input.years,
    overlaps: input.overlaps.slice(0, REPORT_OVERLAPS),
    overlapsTotal: numbers.clusters,
    flagged: withHeadlineFlags(input.flagged.slice(0, REPORT_FLAGS)),
    flaggedTotal: input.flagged.length,
  };
}
