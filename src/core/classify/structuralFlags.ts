import type { Flag } from '../types';
import type { Lexicon } from './lexiconTypes';
import { findClasses } from './findClasses';
import { termList } from './matchTerms';
import { searchIncentive, type IncentiveFound } from './classifyIncentive';
import type { TextMemo } from './textMemo';

/**
 * A branch is "very wide" (DESIGN.md: "a branch with very many leaves") when its parent has
 * more than this many children. 15 is about twice what a reader can compare at a glance
 * and well above the sub-item counts of a consolidated scheme (the 2011 scheme in DESIGN.md
 * had 9 major items); every leaf of such a branch carries the flag.
 */
export const WIDE_BRANCH_THRESHOLD = 15;

const DEDUCTION_KEYS = ['perOccurrence', 'cap', 'allocation', 'attainment'] as const;

const deductionClasses = (text: string, lexicon: Lexicon) =>
  findClasses(text, lexicon.incentive, DEDUCTION_KEYS);

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
  /** classifyIncentive's searches of rule texts, kept across leaves (classifyLeaves). */
  memo?: TextMemo<IncentiveFound>,
): Flag[] {
  const flags: Flag[] = [];
  if (leaf.siblings > WIDE_BRANCH_THRESHOLD) {
    flags.push({
      type: 'wide-branch',
      evidence: {
        source: 'structure',
        terms: [],
        note: `its branch has ${leaf.siblings} items (more than ${WIDE_BRANCH_THRESHOLD})`,
      },
    });
  }
  if (leaf.points !== undefined && leaf.points > 0 && leaf.points < 1) {
    flags.push({
      type: 'micro-item',
      evidence: {
        source: 'structure',
        terms: [],
        field: 'points',
        note: `worth ${leaf.points} points (less than 1)`,
      },
    });
  }
  // A rule's search is the same as classifyIncentive's: share it when a memo is given.
  const rule = leaf.rule ?? '';
  const found = [
    memo ? memo.get(rule, (t) => searchIncentive(t, lexicon)) : deductionClasses(rule, lexicon),
    deductionClasses(leaf.name, lexicon),
  ];
  const perOccurrence = found.flatMap((f) => f.perOccurrence);
  if (perOccurrence.length > 0) {
    const capped = found.some((f) => f.cap.length > 0);
    // Points stated in the rule (（5分）, 得5分) bound the deductions as allocated points do:
    // the deductions come out of that allocation (corpus README incentive rule 3).
    const allocated =
      (leaf.points !== undefined && leaf.points !== 0) ||
      found.some((f) => f.allocation.length > 0) ||
      found.some((f) => f.attainment.some((m) => /[0-9]/.test(m.text)));
    if (!capped && !allocated) {
      flags.push({
        type: 'uncapped-deduction',
        evidence: {
          source: 'structure',
          terms: termList(perOccurrence),
          field: leaf.rule ? 'rule' : 'name',
          note: 'deducted per occurrence with no cap and no allocated points',
        },
      });
    }
  }
  return flags;
}
