import type { Flag } from '../types';
import { findClasses } from './findClasses';
import type { Lexicon, TextFlagType } from './lexiconTypes';
import { termList } from './matchTerms';

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
export function textFlags(name: string, rule: string | undefined, lexicon: Lexicon): Flag[] {
  const inName = findClasses(name, lexicon.flags, TEXT_FLAGS);
  const inRule = findClasses(rule ?? '', lexicon.flags, TEXT_FLAGS);
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
