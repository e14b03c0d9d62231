import type { Evidence, Incentive } from '../types';
import type { Lexicon } from './lexiconTypes';
import { stableSort } from './stableSort';
import { termList, type TermMatch } from './matchTerms';
import { derivedOf, keepDerived, readLeaf, type LeafReadings, type TextReading } from './scanText';

/** The lexicon's verdict on how a leaf's points move, and whether it is a veto. */
export interface IncentiveResult {
  incentive: Incentive;
  evidence: Evidence;
  veto: boolean;
  vetoEvidence?: Evidence;
}

type Classes = Lexicon['incentive'];
type Key = keyof Classes;
type Found = Record<Key, TermMatch[]>;

export { INCENTIVE_KEYS } from './lexiconKeys';

/** What the incentive lists find in one text, by class. */
export type IncentiveFound = Found;

// "field|note" for each pair, made once: a key built per leaf would be hashed per leaf.
const keys = new Map<string, Map<string, string>>();
function keyOf(field: string, note: string): string {
  let byNote = keys.get(field);
  if (!byNote) keys.set(field, (byNote = new Map()));
  let key = byNote.get(note);
  if (key === undefined) byNote.set(note, (key = `${field}|${note}`));
  return key;
}

/**
 * Evidence from one text's matches. From a shared reading (a rule's, an ancestor's) with no
 * other input, it is the same for every leaf: kept with the reading, made once.
 */
function lexiconEvidence(r: TextReading, m: TermMatch[], field: string, note: string): Evidence {
  if (r.derived === undefined) return { source: 'lexicon', terms: termList(m), field, note };
  // The matches are a function of the reading, the field and the note (one per rule).
  const key = keyOf(field, note);
  const kept = derivedOf<Evidence>(r, key);
  if (kept) return kept;
  return keepDerived(r, key, { source: 'lexicon', terms: termList(m), field, note });
}

/** Incentive rules 2: the sign of the nearest section marker (own name first, then up). */
function sectionSign(read: LeafReadings): IncentiveResult | null {
  for (let i = read.path.length; i >= 0; i--) {
    // The own name first, then the ancestors from the nearest up.
    const r = i === read.path.length ? read.name : read.path[i];
    const field = i === read.path.length ? 'name' : 'path';
    const found = r.incentive;
    // A section with both signs (奖扣分项目) decides nothing: the rule text does (rule 2).
    if (found.mixedSection.length > 0) return null;
    const plus = found.bonusSection;
    const minus = found.penaltySection;
    if (plus.length > 0 && minus.length === 0) {
      return {
        incentive: 'positive',
        veto: false,
        evidence: lexiconEvidence(r, plus, field, 'in a bonus section (incentive rule 2)'),
      };
    }
    if (minus.length > 0 && plus.length === 0) {
      return {
        incentive: 'negative',
        veto: false,
        evidence: lexiconEvidence(r, minus, field, 'in a penalty section (incentive rule 2)'),
      };
    }
  }
  return null;
}

/** Rule 1: the first of name, rule and ancestors (major item first) with veto wording. */
function vetoHit(read: LeafReadings, hasRule: boolean): IncentiveResult | null {
  const n = read.path.length + 2;
  for (let i = 0; i < n; i++) {
    if (i === 1 && !hasRule) continue;
    const r = i === 0 ? read.name : i === 1 ? read.rule : read.path[i - 2];
    const m = r.incentive.veto;
    if (m.length === 0) continue;
    const ev = lexiconEvidence(r, m, FIELD_AT[Math.min(i, 2)], 'veto (incentive rule 1)');
    return { incentive: 'negative', evidence: ev, veto: true, vetoEvidence: ev };
  }
  return null;
}

const FIELD_AT = ['name', 'rule', 'path'] as const;

const byStart = (a: TermMatch, b: TermMatch): number => a.start - b.start;

/**
 * Negative, positive, neutral or unknown, after the corpus README incentive rules 1–6 (first
 * matching rule wins): 1 veto → negative; 2 the section's sign; 3 award-by-attainment wording
 * or allocated points → neutral, even with deductions inside the allocation; 4 deductions only
 * → negative; 5 bonuses only → positive; 6 both → the sign of the first clause.
 */
export function classifyIncentive(
  name: string,
  rule: string | undefined,
  path: string[],
  points: number | undefined,
  lexicon: Lexicon,
  /** An explicit veto column said "no veto": veto wording in the text is not rule 1. */
  vetoRuledOut = false,
  /** The leaf's texts already read (classifyLeaves shares rules' and paths' readings). */
  read: LeafReadings = readLeaf(name, rule, path, lexicon),
): IncentiveResult {
  // Rule 1: a veto anywhere in the item, or a veto section above it.
  const veto = vetoRuledOut ? null : vetoHit(read, !!rule);
  if (veto) return veto;
  const section = sectionSign(read);
  if (section) return section;

  // The text whose wording says how points move: the rule, or the name when there is no
  // rule (tables that keep requirement and rule in one cell). Points allocated in the name
  // of an item whose rule only deducts do not make it neutral (corpus README rule 4, 常熟).
  const byRule = !!rule && rule.trim() !== '';
  const signR = byRule ? read.rule : read.name;
  const field = byRule ? 'rule' : 'name';
  const signs = signR.incentive;
  if (signs.attainment.length > 0 || signs.allocation.length > 0) {
    const attain = stableSort([...signs.attainment, ...signs.allocation], byStart);
    return {
      incentive: 'neutral',
      veto: false,
      evidence: lexiconEvidence(signR, attain, field, 'award by attainment (incentive rule 3)'),
    };
  }
  const minus = signs.deduction;
  const plus = signs.bonus;
  if (minus.length > 0 || plus.length > 0) {
    const firstMinus =
      minus.length > 0 ? minus.reduce((a, m) => Math.min(a, m.start), Infinity) : Infinity;
    const firstPlus =
      plus.length > 0 ? plus.reduce((a, m) => Math.min(a, m.start), Infinity) : Infinity;
    const negative = firstMinus < firstPlus;
    const both = minus.length > 0 && plus.length > 0;
    const rule6 = both
      ? ' ±: also has bonus and deduction clauses; the first clause wins (rule 6)'
      : '';
    return {
      incentive: negative ? 'negative' : 'positive',
      veto: false,
      evidence: lexiconEvidence(
        signR,
        negative ? minus : plus,
        field,
        (negative ? 'deductions (incentive rule 4)' : 'bonuses (incentive rule 5)') + rule6,
      ),
    };
  }
  if (points !== undefined && points < 0) {
    return {
      incentive: 'negative',
      veto: false,
      evidence: {
        source: 'lexicon',
        terms: [],
        field: 'points',
        note: `negative points ${points}`,
      },
    };
  }
  const nameAllocation = read.name.incentive.allocation;
  if ((points !== undefined && points > 0) || nameAllocation.length > 0) {
    return {
      incentive: 'neutral',
      veto: false,
      evidence:
        nameAllocation.length === 0
          ? ALLOCATED
          : {
              source: 'lexicon',
              terms: termList(nameAllocation),
              field: 'points',
              note: ALLOCATED.note,
            },
    };
  }
  return UNKNOWN;
}

const ALLOCATED: Evidence = Object.freeze({
  source: 'lexicon',
  terms: Object.freeze([]) as unknown as string[],
  field: 'points',
  note: 'points allocated and no scoring wording (incentive rule 3)',
});

const UNKNOWN: IncentiveResult = Object.freeze({
  incentive: 'unknown',
  veto: false,
  evidence: Object.freeze({
    source: 'lexicon',
    terms: Object.freeze([]) as unknown as string[],
    note: 'no scoring wording and no points',
  }),
});
