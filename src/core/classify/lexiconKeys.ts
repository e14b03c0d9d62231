import type { Lexicon, TextFlagType } from './lexiconTypes';

/**
 * The lists of a lexicon, by name, in the order they are searched and reported. In a module of
 * their own: scanText and the classifiers that use it both need them when they load.
 */

/** The incentive classes, in the order they are searched (and combined in scanText). */
export const INCENTIVE_KEYS: readonly (keyof Lexicon['incentive'])[] = [
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

/** The text flag types, in the order flags are listed (and combined in scanText). */
export const TEXT_FLAGS: readonly TextFlagType[] = [
  'meeting',
  'documents',
  'traces',
  'online',
  'signs',
  'certificates',
];

/** The incentive classes that say whether deductions are bounded (structuralFlags). */
export const DEDUCTION_KEYS = ['perOccurrence', 'cap', 'allocation', 'attainment'] as const;
