import type { Flag } from '../types';
import { TEXT_FLAGS } from './lexiconKeys';
import type { Lexicon, TextFlagType } from './lexiconTypes';
import { termList, type TermMatch } from './matchTerms';
import { derivedOf, keepDerived, scannerFor, type TextReading } from './scanText';

/** What the flag lists find in one text, by flag type. */
export type FlagFound = Record<TextFlagType, TermMatch[]>;

export { TEXT_FLAGS } from './lexiconKeys';

/**
 * Formalism flags found in a leaf's own name and rule (DESIGN.md "Formalism flags"): criteria
 * the 2024 regulations forbid, signs and certificates. One flag per type, naming every term
 * found and the fields they were found in. The path is not searched: a section title says
 * what the branch is about, not what each of its items measures.
 */
export function textFlags(
  name: string,
  rule: string | undefined,
  lexicon: Lexicon,
  /** The name's reading and the rule's ('' when none), if already read (classifyLeaves). */
  readName?: TextReading,
  readRule?: TextReading,
): Flag[] {
  const scan = readName && readRule ? null : scannerFor(lexicon);
  const inName = (readName ?? scan!(name)).flags;
  const ruleReading = readRule ?? scan!(rule ?? '');
  const inRule = ruleReading.flags;
  const flags: Flag[] = [];
  for (const type of TEXT_FLAGS) {
    if (inName[type].length === 0 && inRule[type].length === 0) continue;
    // A flag found in the rule alone is the same for every leaf with that rule: made once.
    if (inName[type].length === 0) {
      const kept = derivedOf<Flag>(ruleReading, type);
      if (kept) {
        flags.push(kept);
        continue;
      }
    }
    const a = inName[type];
    const b = inRule[type];
    const matches = a.length === 0 ? b : b.length === 0 ? a : [...a, ...b];
    const flag: Flag = {
      type,
      evidence: {
        source: 'lexicon',
        terms: termList(matches),
        field: a.length === 0 ? 'rule' : b.length === 0 ? 'name' : 'name,rule',
        note: matches[0].group,
      },
    };
    flags.push(inName[type].length === 0 ? keepDerived(ruleReading, type, flag) : flag);
  }
  return flags;
}
