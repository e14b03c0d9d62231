import { classifyLeaves } from './classify/classifyLeaves';
import { countScheme } from './metrics/counts';
import { summarizeFlags, summarizeIncentive, summarizeKind } from './metrics/summaries';
import { DEFAULT_THRESHOLD, findOverlap } from './overlap/findOverlap';
import { overlapItems } from './overlap/overlapItems';
import type { Analysis, Override, Scheme } from './types';

export interface AnalyzeOptions {
  /** Jaccard similarity at or above which two leaves overlap. Default: DEFAULT_THRESHOLD. */
  threshold?: number;
  /** The user's overrides of kind or incentive. Default: none. */
  overrides?: Override[];
}

/** Every headline metric of one scheme, each leaf carrying its evidence. */
export function analyzeScheme(scheme: Scheme, options: AnalyzeOptions = {}): Analysis {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const leaves = classifyLeaves(scheme, { overrides: options.overrides ?? [] });
  return {
    schemeId: scheme.id,
    counts: countScheme(scheme),
    overlap: findOverlap(overlapItems(scheme), threshold),
    incentive: summarizeIncentive(scheme, leaves),
    kind: summarizeKind(scheme, leaves),
    flags: summarizeFlags(leaves),
    leaves,
  };
}
