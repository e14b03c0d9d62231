import type { LeafClass } from '../types';
import { classifyIncentive } from './classifyIncentive';
import { classifyKind } from './classifyKind';
import { defaultLexicon } from './lexicon';
import type { Lexicon } from './lexiconTypes';
import { textFlags } from './textFlags';

/** A leaf's classification from its text alone: what the lexicon says, before columns and overrides. */
export type TextClass = Omit<LeafClass, 'id'>;

/**
 * Classifies one item from its text with the lexicon: kind, incentive, veto and the text
 * flags (not the structural ones, which need the tree). `path` is the ancestors' names, major
 * item first, without the item itself; `points` is the item's 分值 if known.
 */
export function classifyText(
  name: string,
  rule: string | undefined,
  path: string[],
  lexicon: Lexicon = defaultLexicon,
  points?: number,
): TextClass {
  const k = classifyKind(name, rule, path, lexicon);
  const inc = classifyIncentive(name, rule, path, points, lexicon);
  const out: TextClass = {
    kind: k.kind,
    kindEvidence: k.evidence,
    incentive: inc.incentive,
    incentiveEvidence: inc.evidence,
    veto: inc.veto,
    flags: textFlags(name, rule, lexicon),
  };
  if (inc.vetoEvidence) out.vetoEvidence = inc.vetoEvidence;
  return out;
}
