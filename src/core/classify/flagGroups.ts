import type { FlagType } from '../types';
import { TEXT_FLAGS } from './lexiconKeys';

/**
 * Flags on what an item measures: criteria the 2024 regulations on reducing the burden on the
 * grassroots forbid (meeting attendance, document and material counts, 留痕, online
 * engagement), and signs and certificates (DESIGN.md "Formalism flags"). They are the flags
 * the lexicon finds in an item's text, in the same order.
 */
export const CRITERIA_FLAGS: readonly FlagType[] = TEXT_FLAGS;

/** Flags on the shape of the scheme: very wide branches, micro-items, uncapped deductions. */
export const STRUCTURAL_FLAGS: readonly FlagType[] = [
  'wide-branch',
  'micro-item',
  'uncapped-deduction',
];

/** Every flag type, what an item measures first, then its shape. */
export const ALL_FLAGS: readonly FlagType[] = [...CRITERIA_FLAGS, ...STRUCTURAL_FLAGS];

export const isCriteriaFlag = (type: FlagType): boolean => CRITERIA_FLAGS.includes(type);
