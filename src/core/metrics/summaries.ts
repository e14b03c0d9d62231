import { isCriteriaFlag } from '../classify/flagGroups';
import type {
  FlagSummary,
  FlagType,
  IncentiveSummary,
  KindSummary,
  LeafClass,
  Scheme,
} from '../types';

/** Points of each leaf by id; leaves without points are absent. */
function leafPoints(scheme: Scheme): Map<string, number> {
  const points = new Map<string, number>();
  for (const n of scheme.nodes) {
    if (n.children.length === 0 && n.points !== undefined) points.set(n.id, n.points);
  }
  return points;
}

const ratio = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/**
 * Negative-incentive ratio (DESIGN.md): leaves scored only by deductions or vetoes over the
 * leaves whose incentive is known; by count and by points; vetoes counted apart.
 */
export function summarizeIncentive(scheme: Scheme, leaves: LeafClass[]): IncentiveSummary {
  const points = leafPoints(scheme);
  const s = { negative: 0, positive: 0, neutral: 0, unknown: 0 };
  let knownPoints = 0;
  let negativePoints = 0;
  let knownWithPoints = 0;
  let vetoes = 0;
  for (const leaf of leaves) {
    s[leaf.incentive]++;
    if (leaf.veto) vetoes++;
    const p = points.get(leaf.id);
    if (leaf.incentive !== 'unknown' && p !== undefined) {
      knownWithPoints++;
      knownPoints += Math.abs(p);
      if (leaf.incentive === 'negative') negativePoints += Math.abs(p);
    }
  }
  const known = s.negative + s.positive + s.neutral;
  return {
    ...s,
    negativeRatio: ratio(s.negative, known),
    negativeRatioByPoints: knownWithPoints > 0 ? ratio(negativePoints, knownPoints) : null,
    vetoes,
  };
}

/** Process vs outcome share (DESIGN.md): by count over all leaves, and by points. */
export function summarizeKind(scheme: Scheme, leaves: LeafClass[]): KindSummary {
  const points = leafPoints(scheme);
  const s = { process: 0, outcome: 0, mixed: 0, unknown: 0 };
  let allPoints = 0;
  let processPoints = 0;
  for (const leaf of leaves) {
    s[leaf.kind]++;
    const p = points.get(leaf.id);
    if (p !== undefined) {
      allPoints += Math.abs(p);
      if (leaf.kind === 'process') processPoints += Math.abs(p);
    }
  }
  return {
    ...s,
    processShare: ratio(s.process, leaves.length),
    processShareByPoints: allPoints > 0 ? ratio(processPoints, allPoints) : null,
  };
}

/**
 * Formalism flags: how many flags of each type, and how many leaves carry at least one — of
 * any kind, of the criteria kind, of the structural kind (a leaf can be in both).
 */
export function summarizeFlags(leaves: LeafClass[]): FlagSummary {
  const byType: Partial<Record<FlagType, number>> = {};
  let total = 0;
  let flagged = 0;
  let criteria = 0;
  let structural = 0;
  for (const leaf of leaves) {
    if (leaf.flags.length > 0) flagged++;
    if (leaf.flags.some((f) => isCriteriaFlag(f.type))) criteria++;
    if (leaf.flags.some((f) => !isCriteriaFlag(f.type))) structural++;
    for (const f of leaf.flags) {
      byType[f.type] = (byType[f.type] ?? 0) + 1;
      total++;
    }
  }
  return { total, leaves: flagged, criteriaLeaves: criteria, structuralLeaves: structural, byType };
}
