import { nameSimilarity } from './nameSimilarity';
import type { Random } from './random';
import {
  ECHO_PREFIXES,
  ECHO_SUFFIXES,
  LEADING_VERBS,
  MEASURE_ENDINGS,
  SYNONYMS,
} from './templates';

/**
 * The similarity a planted near-duplicate keeps with its original: above the overlap
 * module's default threshold of 0.5 (DESIGN.md) with a margin, so the app must find it.
 */
export const MIN_DUPLICATE_SIMILARITY = 0.55;

function swapSynonym(random: Random, name: string): string {
  const offset = random.int(0, SYNONYMS.length - 1);
  for (let k = 0; k < SYNONYMS.length; k++) {
    const [from, to] = SYNONYMS[(offset + k) % SYNONYMS.length];
    // 开展 → 组织开展 must not apply twice (组织组织开展).
    if (name.includes(from) && !name.includes(to)) return name.replace(from, to);
  }
  return name;
}

function rewordOnce(random: Random, name: string): string {
  // A synonym first: a suffix such as 情况 on many items would make the rewordings of
  // different items look alike.
  const swapped = swapSynonym(random, name);
  if (swapped !== name && random.chance(0.7)) return swapped;
  if (LEADING_VERBS.test(name)) return random.pick(ECHO_PREFIXES) + name;
  if (swapped !== name) return swapped;
  return MEASURE_ENDINGS.test(name) ? name : name + random.pick(ECHO_SUFFIXES);
}

/**
 * How a second department writes the same item: one or two small wording changes, checked
 * to stay at or above MIN_DUPLICATE_SIMILARITY and to differ from the original.
 */
export function rewordName(random: Random, name: string): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    let variant = rewordOnce(random, name);
    if (random.chance(0.4)) variant = rewordOnce(random, variant);
    if (variant !== name && nameSimilarity(variant, name) >= MIN_DUPLICATE_SIMILARITY) {
      return variant;
    }
  }
  // Adding 情况 changes two bigrams: safe for any name of five characters or more.
  return name.endsWith('情况') ? `${name.slice(0, -2)}落实情况` : `${name}情况`;
}
