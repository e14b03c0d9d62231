import type { Flag } from '../types';
import { DEDUCTION_KEYS } from './lexiconKeys';
import type { Lexicon } from './lexiconTypes';
import { termList, type TermMatch } from './matchTerms';
import { derivedOf, keepDerived, scannerFor, type TextReading } from './scanText';

/**
 * A branch is "very wide" (DESIGN.md: "a branch with very many leaves") when its parent has
 * more than this many children. 15 is about twice what a reader can compare at a glance
 * and well above the sub-item counts of a consolidated scheme (the 2011 scheme in DESIGN.md
 * had 9 major items); every leaf of such a branch carries the flag.
 */
export const WIDE_BRANCH_THRESHOLD = 15;

export { DEDUCTION_KEYS } from './lexiconKeys';

/** What those classes find in one text. */
export type DeductionFound = Record<(typeof DEDUCTION_KEYS)[number], TermMatch[]>;

/** What the structural flags need to know about a leaf. */
export interface LeafShape {
  /** The leaf's 分值, if the table gives one. */
  points?: number;
  /** How many children the leaf's parent has (leaves at the top: how many top-level nodes). */
  siblings: number;
  name: string;
  rule?: string;
}

/**
 * Structural flags (DESIGN.md "Formalism flags"): 'wide-branch' (parent with more than
 * WIDE_BRANCH_THRESHOLD children), 'micro-item' (0 < points < 1) and 'uncapped-deduction'
 * (a per-occurrence deduction 每X扣Y分 with no cap — 扣完为止, 最多扣, 不超过, 封顶 — and no
 * allocated points to bound it).
 */
export function structuralFlags(
  leaf: LeafShape,
  lexicon: Lexicon,
  /** The rule's reading ('' when none) and the name's, if already read (classifyLeaves). */
  readRule?: TextReading,
  readName?: TextReading,
): Flag[] {
  const flags: Flag[] = [];
  if (leaf.siblings > WIDE_BRANCH_THRESHOLD) flags.push(wideBranch(leaf.siblings));
  if (leaf.points !== undefined && leaf.points > 0 && leaf.points < 1) {
    flags.push(microItem(leaf.points));
  }
  const scan = readRule && readName ? null : scannerFor(lexicon);
  const ruleReading = readRule ?? scan!(leaf.rule ?? '');
  const inName = (readName ?? scan!(leaf.name)).deduction;
  // Most leaves deduct nothing per occurrence: nothing more to look at.
  if (ruleReading.incentive.perOccurrence.length === 0 && inName.perOccurrence.length === 0) {
    return flags;
  }
  const inRule: DeductionFound = ruleReading.incentive;
  // With nothing in the name, the flag (when raised) is the rule's alone: made once per rule.
  const nameSilent = DEDUCTION_KEYS.every((k) => inName[k].length === 0);
  const kept = nameSilent ? derivedOf<Flag>(ruleReading, UNCAPPED) : undefined;
  const capped = inRule.cap.length > 0 || inName.cap.length > 0;
  // Points stated in the rule (（5分）, 得5分) bound the deductions as allocated points do:
  // the deductions come out of that allocation (corpus README incentive rule 3).
  const allocated =
    (leaf.points !== undefined && leaf.points !== 0) ||
    inRule.allocation.length > 0 ||
    inName.allocation.length > 0 ||
    [inRule, inName].some((f) => f.attainment.some((m) => /[0-9]/.test(m.text)));
  if (!capped && !allocated) {
    const flag = kept ?? {
      type: 'uncapped-deduction',
      evidence: {
        source: 'structure',
        terms: termList([...inRule.perOccurrence, ...inName.perOccurrence]),
        field: leaf.rule ? 'rule' : 'name',
        note: 'deducted per occurrence with no cap and no allocated points',
      },
    };
    flags.push(nameSilent ? keepDerived(ruleReading, UNCAPPED, flag) : flag);
  }
  return flags;
}

const UNCAPPED = 'flag:uncapped-deduction';

// The same flag object for every leaf of a branch size or a points value (no caller mutates
// flags); bounded so odd data cannot grow them without end.
const wideFlags = new Map<number, Flag>();
const microFlags = new Map<number, Flag>();

function kept(cache: Map<number, Flag>, key: number, make: () => Flag): Flag {
  let f = cache.get(key);
  if (!f) {
    if (cache.size >= 1000) cache.clear();
    cache.set(key, (f = make()));
  }
  return f;
}

function wideBranch(siblings: number): Flag {
  return kept(wideFlags, siblings, () => ({
    type: 'wide-branch',
    evidence: {
      source: 'structure',
      terms: [],
      note: `its branch has ${siblings} items (more than ${WIDE_BRANCH_THRESHOLD})`,
    },
  }));
}

function microItem(points: number): Flag {
  return kept(microFlags, points, () => ({
    type: 'micro-item',
    evidence: {
      source: 'structure',
      terms: [],
      field: 'points',
      note: `worth ${points} points (less than 1)`,
    },
  }));
}
