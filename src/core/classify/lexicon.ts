import { FLAG_TERMS } from './lexiconFlags';
import { INCENTIVE_TERMS } from './lexiconIncentive';
import { OUTCOME_TERMS, PROCESS_TERMS } from './lexiconKind';
import type { Lexicon } from './lexiconTypes';

export type { Lexicon, LexiconTerm, TermGroup, TextFlagType } from './lexiconTypes';

/**
 * The default lexicon: Chinese first, English too. Plain data — a user may copy and edit it
 * (DESIGN.md: "The lexicon … is data, editable by the user"); pass the edited copy as
 * `ClassifyOptions.lexicon`. Written from what the words mean, not from labelled rows.
 */
export const defaultLexicon: Lexicon = {
  version: 1,
  kind: { process: PROCESS_TERMS, outcome: OUTCOME_TERMS },
  incentive: INCENTIVE_TERMS,
  flags: FLAG_TERMS,
};
