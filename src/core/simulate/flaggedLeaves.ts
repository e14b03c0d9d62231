/**
 * The leaves a drop-flag step removes, found without classifying everything when it can be:
 * a criteria flag (会议, 材料, 留痕 …) depends only on the leaf's own name and rule
 * (textFlags), never on kind, incentive, path or the user's overrides (classifyLeaves).
 * Issue 5 ("Compare and simulate … within a few seconds"): on 100,000 generated leaves this
 * took about 0.4 s where classifyLeaves took 1.8 s.
 */
import { classifyLeaves } from '../classify/classifyLeaves';
import { isCriteriaFlag } from '../classify/flagGroups';
import { defaultLexicon } from '../classify/lexicon';
import type { Lexicon } from '../classify/lexiconTypes';
import { textFlags } from '../classify/textFlags';
import type { FlagType, Scheme } from '../types';

/** The criteria flag types found in one text alone. */
function typesIn(text: string, lexicon: Lexicon): Set<FlagType> {
  return new Set(textFlags(text, undefined, lexicon).map((f) => f.type));
}

/**
 * Ids of the scheme's leaves that classifyLeaves (no overrides) would give the flag `flag`,
 * in file order.
 *
 * @param lexicon The lexicon classifyLeaves would use. Default: `defaultLexicon`.
 */
export function flaggedLeaves(
  scheme: Scheme,
  flag: FlagType,
  lexicon: Lexicon = defaultLexicon,
): string[] {
  if (!isCriteriaFlag(flag)) {
    // Structural flags read the leaf's shape and its name and rule together: classify.
    return classifyLeaves(scheme, { lexicon })
      .filter((leaf) => leaf.flags.some((f) => f.type === flag))
      .map((leaf) => leaf.id);
  }
  // textFlags gives a leaf a criteria flag when its name or its rule names a term of that
  // type (one flag per type, terms from both): so the two texts can be read apart, and a
  // rule, repeated across many leaves (扣完为止, 未按要求召开会议的扣1分), only once.
  const inRule = new Map<string, boolean>();
  const ids: string[] = [];
  for (const leaf of scheme.nodes) {
    if (leaf.children.length > 0) continue;
    let found = typesIn(leaf.name, lexicon).has(flag);
    if (!found && leaf.rule !== undefined) {
      let hit = inRule.get(leaf.rule);
      if (hit === undefined) {
        hit = typesIn(leaf.rule, lexicon).has(flag);
        inRule.set(leaf.rule, hit);
      }
      found = hit;
    }
    if (found) ids.push(leaf.id);
  }
  return ids;
}
