import { readKind, type KindReading } from './classifyKind';
import type { IncentiveFound } from './classifyIncentive';
import { findClasses } from './findClasses';
import type { Lexicon, TermGroup } from './lexiconTypes';
import { findIndexed, findTerms, termIndex, type TermMatch } from './matchTerms';
import { DEDUCTION_KEYS, INCENTIVE_KEYS, TEXT_FLAGS } from './lexiconKeys';
import type { DeductionFound } from './structuralFlags';
import type { FlagFound } from './textFlags';

/** Everything the lexicon finds in one text, for each part of the classifier. */
export interface TextReading {
  /** The kind lists' longest matches and clause counts (classifyKind). */
  kind: KindReading;
  /** The incentive lists' matches, by class (classifyIncentive). */
  incentive: IncentiveFound;
  /** The flag lists' matches, by flag type (textFlags). */
  flags: FlagFound;
  /** The deduction-bounding classes' matches (structuralFlags). */
  deduction: DeductionFound;
  /**
   * Values derived from this reading alone, when it is shared by many leaves (shareable):
   * null until the first is kept; absent on a reading of one leaf's own name.
   */
  derived?: Map<string, unknown> | null;
}

/**
 * Every list of the lexicon, in one array of groups, and which list each group is in: one
 * search of a text then serves kind, incentive and flags, instead of five searches.
 */
interface Combined {
  /** The lists when combined: an edited lexicon is combined again. */
  arrays: TermGroup[][];
  sizes: number[];
  groups: TermGroup[];
  /** The list (slot) of each group; null when a group is in two lists (see scanText). */
  slotOf: Map<TermGroup, number> | null;
}

const cache = new WeakMap<Lexicon, Combined>();

const NONE = Object.freeze([]) as unknown as TermMatch[];

function noneOf<K extends string>(keys: readonly K[]): Record<K, TermMatch[]> {
  const out = {} as Record<K, TermMatch[]>;
  for (const k of keys) out[k] = NONE;
  return Object.freeze(out) as Record<K, TermMatch[]>;
}

const NO_INCENTIVE: IncentiveFound = noneOf(INCENTIVE_KEYS);
const NO_FLAGS: FlagFound = noneOf(TEXT_FLAGS);

/**
 * The reading of every text in which the lexicon finds nothing (most names): one object.
 * Frozen and never shareable: nothing is derived from a reading without matches.
 */
const NO_READING: TextReading = Object.freeze({
  // What readKind gives for no match (a literal: classifyKind imports this module).
  kind: Object.freeze({ matches: NONE, process: false, processClauses: 0, outcomeClauses: 0 }),
  incentive: NO_INCENTIVE,
  flags: NO_FLAGS,
  deduction: NO_INCENTIVE,
});

function listsOf(lx: Lexicon): TermGroup[][] {
  return [
    lx.kind.process,
    lx.kind.outcome,
    ...INCENTIVE_KEYS.map((k) => lx.incentive[k] ?? []),
    ...TEXT_FLAGS.map((k) => lx.flags[k] ?? []),
  ];
}

function isCurrent(c: Combined, arrays: TermGroup[][]): boolean {
  if (!arrays.every((a, i) => a === c.arrays[i] && a.length === c.sizes[i])) return false;
  // A group replaced in place (same list, same length) must be combined again too.
  let j = 0;
  for (const a of arrays) for (const g of a) if (g !== c.groups[j++]) return false;
  return true;
}

function combined(lx: Lexicon): Combined {
  const arrays = listsOf(lx);
  const hit = cache.get(lx);
  if (hit && isCurrent(hit, arrays)) return hit;
  let slotOf: Map<TermGroup, number> | null = new Map();
  for (let i = 0; i < arrays.length && slotOf; i++) {
    for (const g of arrays[i]) {
      if (slotOf.has(g)) {
        slotOf = null;
        break;
      }
      slotOf.set(g, i);
    }
  }
  const c: Combined = { arrays, sizes: arrays.map((a) => a.length), groups: arrays.flat(), slotOf };
  cache.set(lx, c);
  return c;
}

/**
 * The separate searches, for a lexicon that puts one group object in two lists: findClasses
 * gives such a group to its last class, which one combined search cannot reproduce.
 */
function scanSeparately(text: string, lx: Lexicon): TextReading {
  return {
    kind: readKind(text, findTerms(text, lx.kind.process), findTerms(text, lx.kind.outcome)),
    incentive: findClasses(text, lx.incentive, INCENTIVE_KEYS),
    flags: findClasses(text, lx.flags, TEXT_FLAGS),
    deduction: findClasses(text, lx.incentive, DEDUCTION_KEYS),
  };
}

/** Reads one text with the lexicon: what scanText returns. */
export type Scanner = (text: string) => TextReading;

/**
 * A scanner for one lexicon, checked against edits once: make one per classification run
 * (the lexicon does not change during it) rather than calling scanText per text.
 */
export function scannerFor(lexicon: Lexicon): Scanner {
  const { groups, slotOf } = combined(lexicon);
  if (slotOf === null) return (text) => scanSeparately(text, lexicon);
  const nk = INCENTIVE_KEYS.length;
  const index = termIndex(groups);
  return (text) => {
    // Most lists find nothing in most texts: they share frozen empty values, and a reading
    // kept for many leaves (an ancestor's name) stays small.
    let p = NONE;
    let o = NONE;
    let incentive: IncentiveFound | null = null;
    let flags: FlagFound | null = null;
    const found = findIndexed(text, index);
    if (found.length === 0) return NO_READING;
    for (let j = 0; j < found.length; j++) {
      const m = found[j];
      const i = slotOf.get(m.source)!;
      if (i === 0) p = p === NONE ? [m] : (p.push(m), p);
      else if (i === 1) o = o === NONE ? [m] : (o.push(m), o);
      else if (i < 2 + nk) {
        incentive ??= { ...NO_INCENTIVE };
        const k = INCENTIVE_KEYS[i - 2];
        if (incentive[k] === NONE) incentive[k] = [m];
        else incentive[k].push(m);
      } else {
        flags ??= { ...NO_FLAGS };
        const k = TEXT_FLAGS[i - 2 - nk];
        if (flags[k] === NONE) flags[k] = [m];
        else flags[k].push(m);
      }
    }
    incentive ??= NO_INCENTIVE;
    return {
      kind: readKind(text, p, o),
      incentive,
      flags: flags ?? NO_FLAGS,
      deduction: incentive,
    };
  };
}

/**
 * Searches a text once for every list of the lexicon. The result is exactly what the
 * separate searches (findTerms per kind list, findClasses for incentive and flags) give:
 * findTerms sorts stably and a list's terms keep their relative order in the combined
 * index, so the matches of one list come out in the same order as when it is searched alone.
 */
export function scanText(text: string, lexicon: Lexicon): TextReading {
  return scannerFor(lexicon)(text);
}

/** The readings of a leaf's texts: its name, its rule ('' when none) and its ancestors' names. */
export interface LeafReadings {
  name: TextReading;
  rule: TextReading;
  /** Major item first, as `path`. */
  path: TextReading[];
}

/** Reads a leaf's texts with a fresh scanner (callers outside classifyLeaves). */
export function readLeaf(
  name: string,
  rule: string | undefined,
  path: string[],
  lexicon: Lexicon,
): LeafReadings {
  const scan = scannerFor(lexicon);
  return { name: scan(name), rule: scan(rule ?? ''), path: path.map(scan) };
}

/**
 * Marks a reading as shared by many leaves (a rule's, an ancestor's): values derived from it
 * alone are then kept with it (see derivedOf).
 */
export function shareable(r: TextReading): TextReading {
  if (r !== NO_READING) r.derived = null;
  return r;
}

/**
 * The value kept with a shared reading under `key`. Every leaf that draws its evidence from
 * that text alone then gets the same Evidence object instead of an equal copy (no caller
 * mutates evidence: grep src/). Undefined for a reading that is not shared.
 */
export function derivedOf<T>(r: TextReading, key: string): T | undefined {
  return r.derived?.get(key) as T | undefined;
}

/** Keeps `value` with a shared reading under `key` (nothing for one that is not), and returns it. */
export function keepDerived<T>(r: TextReading, key: string, value: T): T {
  if (r.derived !== undefined) (r.derived ??= new Map()).set(key, value);
  return value;
}
