import type { Evidence, Incentive } from '../types';
import { findClasses } from './findClasses';
import type { Lexicon } from './lexiconTypes';
import { termList, type TermMatch } from './matchTerms';
import type { TextMemo } from './textMemo';

/** The lexicon's verdict on how a leaf's points move, and whether it is a veto. */
export interface IncentiveResult {
  incentive: Incentive;
  evidence: Evidence;
  veto: boolean;
  vetoEvidence?: Evidence;
}

interface Field {
  field: 'name' | 'rule' | 'path';
  text: string;
}

type Classes = Lexicon['incentive'];
type Key = keyof Classes;
type Found = Record<Key, TermMatch[]>;

const KEYS: Key[] = [
  'veto',
  'bonusSection',
  'penaltySection',
  'mixedSection',
  'attainment',
  'allocation',
  'deduction',
  'bonus',
  'perOccurrence',
  'cap',
];

/** What the incentive lists find in one text, by class. */
export type IncentiveFound = Found;

function searchClasses(text: string, lx: Classes): Found {
  return findClasses(text, lx, KEYS);
}

/** Every incentive class's matches in a text (what a TextMemo<IncentiveFound> holds). */
export function searchIncentive(text: string, lexicon: Lexicon): IncentiveFound {
  return searchClasses(text, lexicon.incentive);
}

/**
 * Searches each text once for every incentive class, and remembers the answer: the name
 * for this leaf, other texts (rules, ancestors' names) in `shared` across leaves.
 */
function searcher(lx: Classes, name: string, shared?: TextMemo<Found>): (text: string) => Found {
  const seen = new Map<string, Found>();
  const search = (text: string) => searchClasses(text, lx);
  return (text) => {
    if (shared && text !== name) return shared.get(text, search);
    let found = seen.get(text);
    if (!found) {
      found = search(text);
      seen.set(text, found);
    }
    return found;
  };
}

function firstHit(
  fields: Field[],
  search: (text: string) => Found,
  key: Key,
): { f: Field; m: TermMatch[] } | null {
  for (const f of fields) {
    const m = search(f.text)[key];
    if (m.length > 0) return { f, m };
  }
  return null;
}

const lexiconEvidence = (m: TermMatch[], field: string, note: string): Evidence => ({
  source: 'lexicon',
  terms: termList(m),
  field,
  note,
});

/**
 * The text whose wording says how points move: the rule, or the name when there is no rule
 * (tables that keep requirement and rule in one cell). Points allocated in the name of an
 * item whose rule only deducts do not make it neutral (corpus README rule 4, the 常熟 table).
 */
function signField(name: string, rule: string | undefined): Field {
  return rule && rule.trim() !== '' ? { field: 'rule', text: rule } : { field: 'name', text: name };
}

/** Incentive rules 2: the sign of the nearest section marker (own name first, then up). */
function sectionSign(
  name: string,
  path: string[],
  search: (text: string) => Found,
): IncentiveResult | null {
  const fields: Field[] = [
    { field: 'name', text: name },
    ...[...path].reverse().map((text): Field => ({ field: 'path', text })),
  ];
  for (const f of fields) {
    // A section with both signs (奖扣分项目) decides nothing: the rule text does (rule 2).
    const found = search(f.text);
    if (found.mixedSection.length > 0) return null;
    const plus = found.bonusSection;
    const minus = found.penaltySection;
    if (plus.length > 0 && minus.length === 0) {
      return {
        incentive: 'positive',
        veto: false,
        evidence: lexiconEvidence(plus, f.field, 'in a bonus section (incentive rule 2)'),
      };
    }
    if (minus.length > 0 && plus.length === 0) {
      return {
        incentive: 'negative',
        veto: false,
        evidence: lexiconEvidence(minus, f.field, 'in a penalty section (incentive rule 2)'),
      };
    }
  }
  return null;
}

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
  /** Searches of rule and path texts kept across the leaves of one scheme (classifyLeaves). */
  memo?: TextMemo<IncentiveFound>,
): IncentiveResult {
  const search = searcher(lexicon.incentive, name, memo);
  const own: Field[] = [{ field: 'name', text: name }];
  if (rule) own.push({ field: 'rule', text: rule });
  const pathFields = path.map((text): Field => ({ field: 'path', text }));

  // Rule 1: a veto anywhere in the item, or a veto section above it.
  const veto = vetoRuledOut ? null : firstHit([...own, ...pathFields], search, 'veto');
  if (veto) {
    const ev = lexiconEvidence(veto.m, veto.f.field, 'veto (incentive rule 1)');
    return { incentive: 'negative', evidence: ev, veto: true, vetoEvidence: ev };
  }
  const section = sectionSign(name, path, search);
  if (section) return section;

  const sign = signField(name, rule);
  const signs = search(sign.text);
  const attain = [...signs.attainment, ...signs.allocation].sort((a, b) => a.start - b.start);
  if (attain.length > 0) {
    return {
      incentive: 'neutral',
      veto: false,
      evidence: lexiconEvidence(attain, sign.field, 'award by attainment (incentive rule 3)'),
    };
  }
  const minus = signs.deduction;
  const plus = signs.bonus;
  if (minus.length > 0 || plus.length > 0) {
    const firstMinus = Math.min(...minus.map((m) => m.start));
    const firstPlus = Math.min(...plus.map((m) => m.start));
    const negative = firstMinus < firstPlus;
    const both = minus.length > 0 && plus.length > 0;
    const rule6 = both
      ? ' ±: also has bonus and deduction clauses; the first clause wins (rule 6)'
      : '';
    return {
      incentive: negative ? 'negative' : 'positive',
      veto: false,
      evidence: lexiconEvidence(
        negative ? minus : plus,
        sign.field,
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
  const nameAllocation = search(name).allocation;
  if ((points !== undefined && points > 0) || nameAllocation.length > 0) {
    return {
      incentive: 'neutral',
      veto: false,
      evidence: {
        source: 'lexicon',
        terms: termList(nameAllocation),
        field: 'points',
        note: 'points allocated and no scoring wording (incentive rule 3)',
      },
    };
  }
  return {
    incentive: 'unknown',
    veto: false,
    evidence: {
      source: 'lexicon',
      terms: [],
      note: 'no scoring wording and no points',
    },
  };
}
