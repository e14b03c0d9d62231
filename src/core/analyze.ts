import { classifyLeaves } from './classify/classifyLeaves';
import { countScheme } from './metrics/counts';
import { summarizeFlags, summarizeIncentive, summarizeKind } from './metrics/summaries';
import { DEFAULT_THRESHOLD, findOverlap } from './overlap/findOverlap';
import { overlapItems } from './overlap/overlapItems';
import type { AnalyzePhase } from './analyzePhases';
import type { Analysis, Override, Scheme } from './types';

export interface AnalyzeOptions {
  /** Jaccard similarity at or above which two leaves overlap. Default: DEFAULT_THRESHOLD. */
  threshold?: number;
  /** The user's overrides of kind or incentive. Default: none. */
  overrides?: Override[];
}

export { ANALYZE_PHASES, type AnalyzePhase } from './analyzePhases';

/**
 * Every headline metric of one scheme, each leaf carrying its evidence. `onPhase` is told
 * when each phase starts (its index among ANALYZE_PHASES), so a page can show real progress.
 */
export function analyzeScheme(
  scheme: Scheme,
  options: AnalyzeOptions = {},
  onPhase?: (phase: AnalyzePhase, index: number) => void,
): Analysis {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  onPhase?.('classify', 0);
  const leaves = classifyLeaves(scheme, { overrides: options.overrides ?? [] });
  onPhase?.('overlap', 1);
  const overlap = findOverlap(overlapItems(scheme), threshold);
  onPhase?.('metrics', 2);
  return {
    schemeId: scheme.id,
    counts: countScheme(scheme),
    overlap,
    incentive: summarizeIncentive(scheme, leaves),
    kind: summarizeKind(scheme, leaves),
    flags: summarizeFlags(leaves),
    leaves,
  };
}
