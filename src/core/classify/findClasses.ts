import type { TermGroup } from './lexiconTypes';
import { findTerms, type TermMatch } from './matchTerms';

interface Combined<K extends string> {
  /** Each class's group array when combined: an edited lexicon is combined again. */
  arrays: TermGroup[][];
  sizes: number[];
  groups: TermGroup[];
  classOf: Map<TermGroup, K>;
}

// By the classes object, then by the (constant) array of keys asked for.
const cache = new WeakMap<object, WeakMap<readonly string[], Combined<string>>>();

function isCurrent<K extends string>(
  c: Combined<K>,
  classes: Record<K, TermGroup[]>,
  keys: readonly K[],
): boolean {
  for (let i = 0; i < keys.length; i++) {
    const a = classes[keys[i]];
    if (a !== c.arrays[i] || a.length !== c.sizes[i]) return false;
  }
  return true;
}

function combined<K extends string>(
  classes: Record<K, TermGroup[]>,
  keys: readonly K[],
): Combined<K> {
  let byKeys = cache.get(classes);
  if (!byKeys) {
    byKeys = new WeakMap();
    cache.set(classes, byKeys);
  }
  const hit = byKeys.get(keys) as Combined<K> | undefined;
  if (hit && isCurrent(hit, classes, keys)) return hit;
  const arrays = keys.map((k) => classes[k] ?? []);
  const classOf = new Map<TermGroup, K>();
  keys.forEach((k, i) => arrays[i].forEach((g) => classOf.set(g, k)));
  const c: Combined<K> = {
    arrays,
    sizes: arrays.map((a) => a.length),
    groups: arrays.flat(),
    classOf,
  };
  byKeys.set(keys, c);
  return c;
}

/**
 * Searches a text for several classes of terms at once (the six flag types, the incentive
 * lists) and returns the matches of each class, in text order. One search instead of one per
 * class: a leaf's texts are searched for every class of the lexicon. Pass `keys` as a
 * constant array: the combined index is kept with it.
 */
export function findClasses<K extends string>(
  text: string,
  classes: Record<K, TermGroup[]>,
  keys: readonly K[],
): Record<K, TermMatch[]> {
  const { groups, classOf } = combined(classes, keys);
  const out = {} as Record<K, TermMatch[]>;
  for (const k of keys) out[k] = [];
  if (!text) return out;
  for (const m of findTerms(text, groups)) {
    const k = classOf.get(m.source);
    if (k !== undefined) out[k].push(m);
  }
  return out;
}
