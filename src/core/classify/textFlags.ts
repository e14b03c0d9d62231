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
  for (let i = 0; i < TEXT_FLAGS.length; i++) {
    const type = TEXT_FLAGS[i];
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
    const field = a.length === 0 ? 'rule' : b.length === 0 ? 'name' : 'name,rule';
    if (a.length === 0) {
      flags.push(keepDerived(ruleReading, type, makeFlag(type, termList(matches), field, matches)));
    } else {
      flags.push(sharedFlag(type, termList(matches), field, matches));
    }
  }
  return flags;
}

function makeFlag(type: TextFlagType, terms: string[], field: string, m: TermMatch[]): Flag {
  return { type, evidence: { source: 'lexicon', terms, field, note: m[0].group } };
}

// Flags found in names: unique texts, but a few thousand distinct flags among 100,000 leaves.
// Each is made once and shared (no caller mutates a flag); by a key of its whole content.
const flagsByKey = new Map<string, Flag>();
const SEP = '\u0001';
const holdsSep = (t: string): boolean => t.includes(SEP);

function sharedFlag(type: TextFlagType, terms: string[], field: string, m: TermMatch[]): Flag {
  // A term holding the separator could make two lists one key: not shared.
  if (terms.some(holdsSep)) return makeFlag(type, terms, field, m);
  const key = `${type}${SEP}${field}${SEP}${m[0].group}${SEP}${terms.join(SEP)}`;
  let flag = flagsByKey.get(key);
  if (!flag) {
    // Bounded: odd data cannot grow it without end.
    if (flagsByKey.size >= 20_000) flagsByKey.clear();
    flagsByKey.set(key, (flag = makeFlag(type, terms, field, m)));
  }
  return flag;
}
