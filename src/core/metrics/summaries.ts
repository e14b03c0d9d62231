import { isCriteriaFlag } from '../classify/flagGroups';
import { nodeIndex } from '../tree';
import type {
  FlagSummary,
  FlagType,
  IncentiveSummary,
  KindSummary,
  LeafClass,
  Scheme,
} from '../types';

/**
 * The points of each classified leaf, in the order of `leaves` (undefined: none). The leaves
 * come from classifyLeaves, one per leaf in file order, so one walk over the nodes pairs them
 * up; a Map of every leaf's points per summary was most of the summaries' time at 100,000
 * leaves (issue 5). Other lists are looked up by id in the shared node index.
 */
function leafPoints(scheme: Scheme, leaves: readonly LeafClass[]): (number | undefined)[] {
  const points = new Array<number | undefined>(leaves.length);
  let i = 0;
  for (const n of scheme.nodes) {
    if (n.children.length !== 0) continue;
    if (i === leaves.length || leaves[i].id !== n.id) return pointsById(scheme, leaves);
    points[i++] = n.points;
  }
  return i === leaves.length ? points : pointsById(scheme, leaves);
}

/** leafPoints for a list that is not the scheme's leaves in file order. */
function pointsById(scheme: Scheme, leaves: readonly LeafClass[]): (number | undefined)[] {
  const index = nodeIndex(scheme);
  return leaves.map((leaf) => {
    const node = index.get(leaf.id);
    return node !== undefined && node.children.length === 0 ? node.points : undefined;
  });
}

const ratio = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/**
 * Negative-incentive ratio (DESIGN.md): leaves scored only by deductions or vetoes over the
 * leaves whose incentive is known; by count and by points; vetoes counted apart.
 */
export function summarizeIncentive(scheme: Scheme, leaves: LeafClass[]): IncentiveSummary {
  const points = leafPoints(scheme, leaves);
  const s = { negative: 0, positive: 0, neutral: 0, unknown: 0 };
  let knownPoints = 0;
  let negativePoints = 0;
  let knownWithPoints = 0;
  let vetoes = 0;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i];
    s[leaf.incentive]++;
    if (leaf.veto) vetoes++;
    const p = points[i];
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
  const points = leafPoints(scheme, leaves);
  const s = { process: 0, outcome: 0, mixed: 0, unknown: 0 };
  let allPoints = 0;
  let processPoints = 0;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i];
    s[leaf.kind]++;
    const p = points[i];
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
    if (leaf.flags.length === 0) continue;
    flagged++;
    let hasCriteria = false;
    let hasStructural = false;
    for (const f of leaf.flags) {
      byType[f.type] = (byType[f.type] ?? 0) + 1;
      total++;
      if (isCriteriaFlag(f.type)) hasCriteria = true;
      else hasStructural = true;
    }
    if (hasCriteria) criteria++;
    if (hasStructural) structural++;
  }
  return { total, leaves: flagged, criteriaLeaves: criteria, structuralLeaves: structural, byType };
}
