import type { Flag } from '../types';
import { findClasses } from './findClasses';
import type { Lexicon, TextFlagType } from './lexiconTypes';
import { termList, type TermMatch } from './matchTerms';
import type { TextMemo } from './textMemo';

/** What the flag lists find in one text, by flag type. */
export type FlagFound = Record<TextFlagType, TermMatch[]>;

const TEXT_FLAGS: TextFlagType[] = [
  'meeting',
  'documents',
  'traces',
  'online',
  'signs',
  'certificates',
];

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
  /** Searches of rule texts kept across the leaves of one scheme (classifyLeaves). */
  memo?: TextMemo<FlagFound>,
): Flag[] {
  const search = (text: string) => findClasses(text, lexicon.flags, TEXT_FLAGS);
  const inName = search(name);
  const inRule = memo ? memo.get(rule ?? '', search) : search(rule ?? '');
  const flags: Flag[] = [];
  for (const type of TEXT_FLAGS) {
    const matches = [...inName[type], ...inRule[type]];
    if (matches.length === 0) continue;
    const fields = [inName[type].length > 0 ? 'name' : '', inRule[type].length > 0 ? 'rule' : ''];
    flags.push({
      type,
      evidence: {
        source: 'lexicon',
        terms: termList(matches),
        field: fields.filter(Boolean).join(','),
        note: matches[0].group,
      },
    });
  }
  return flags;
}
