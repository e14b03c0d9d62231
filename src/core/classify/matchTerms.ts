import type { LexiconTerm, TermGroup } from './lexiconTypes';
import { stableSort } from './stableSort';
import { accepted, compilePattern, type Pattern } from './termPattern';

/** One occurrence of a lexicon term in a text. */
export interface TermMatch {
  /** The term as written in the lexicon (e.g. `扣#分`). */
  term: string;
  /** The text it matched (e.g. `扣 3 分`). */
  text: string;
  weight: number;
  /** The note of the term's group. */
  group: string;
  /** The group itself, for callers that search several classes at once. */
  source: TermGroup;
  start: number;
  end: number;
}

/** Normalises a term given as a bare string. */
export function asTerm(t: string | LexiconTerm): LexiconTerm {
  return typeof t === 'string' ? { term: t } : t;
}

interface Entry {
  term: LexiconTerm;
  pattern: Pattern;
  weight: number;
  source: TermGroup;
}

interface Bucket {
  entries: Entry[];
  /** The search that last visited this bucket: a character seen twice is tried once. */
  stamp: number;
}

/** A list of groups indexed by the first character of each term's literal run. */
export interface ListIndex {
  /** The groups and their sizes when indexed: a list edited in place is re-indexed. */
  groups: TermGroup[];
  sizes: number[];
  /** Entries by the dense id (charIds) of their needle's first character. */
  buckets: (Bucket | undefined)[];
  /** Entries with no literal at all: always tried. */
  always: Entry[];
}

/**
 * Char code → dense id (0 = starts no needle anywhere), shared by all indexes: reading a
 * typed array per character of a text is far cheaper than a Map lookup, and a leaf's texts
 * are scanned some thirty times (kind, incentive, flags).
 */
const charIds = new Uint16Array(65536);
let nextCharId = 1;

function charIdOf(code: number): number {
  if (charIds[code] === 0 && nextCharId < 65535) charIds[code] = nextCharId++;
  return charIds[code];
}

let searchStamp = 0;

const listIndexes = new WeakMap<TermGroup[], ListIndex>();

function isCurrent(idx: ListIndex, groups: TermGroup[]): boolean {
  return (
    idx.groups.length === groups.length &&
    groups.every((g, i) => g === idx.groups[i] && g.terms.length === idx.sizes[i])
  );
}

/**
 * The index of a list of groups, built once and kept with the array (re-built when the list
 * is edited in place). A caller that searches many texts with one list may take it once and
 * pass it to findIndexed, skipping the check for edits on every search.
 */
export function termIndex(groups: TermGroup[]): ListIndex {
  let idx = listIndexes.get(groups);
  if (idx && isCurrent(idx, groups)) return idx;
  idx = {
    groups: [...groups],
    sizes: groups.map((g) => g.terms.length),
    buckets: [],
    always: [],
  };
  for (const g of groups) {
    for (const raw of g.terms) {
      const term = asTerm(raw);
      if (!term.term) continue;
      const pattern = compilePattern(term.term);
      const entry = { term, pattern, weight: term.weight ?? g.weight, source: g };
      if (pattern.needle === '') {
        idx.always.push(entry);
        continue;
      }
      // Latin needles are lower-cased; index the upper-case letter too (texts are not).
      const first = pattern.needle[0];
      for (const ch of new Set([first, first.toUpperCase()])) {
        const id = charIdOf(ch.charCodeAt(0));
        const bucket = (idx.buckets[id] ??= { entries: [], stamp: -1 });
        bucket.entries.push(entry);
      }
    }
  }
  listIndexes.set(groups, idx);
  return idx;
}

/** The text findIndexed is searching, lower-cased, once a Latin term needed it. */
let lowered: string | null = null;

/**
 * Appends the matches of `entries` in the text to `out`: indexOf for plain literals, else
 * the regex (exec with lastIndex, not matchAll: matchAll clones the regex on every call).
 * `lowered` holds the lower-cased text once a Latin term needed it.
 */
function matchEntries(text: string, entries: Entry[], out: TermMatch[]): void {
  for (let e = 0; e < entries.length; e++) {
    const { term: t, pattern: c, weight, source } = entries[e];
    const lit = c.literal;
    if (lit !== null) {
      const n = lit.length;
      for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + n)) {
        if (!accepted(text, t, i, i + n)) continue;
        // The text matched is the literal itself: share its string rather than slice a copy.
        const match = lit.trim();
        out.push({
          term: t.term,
          text: match,
          weight,
          group: source.note,
          source,
          start: i,
          end: i + n,
        });
      }
      continue;
    }
    // Latin terms match case-insensitively: compare with the lower-cased text.
    if (c.latin) lowered ??= text.toLowerCase();
    if (!(c.latin ? lowered! : text).includes(c.needle)) continue;
    const re = c.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      // An exclusion may be the term itself, whose regex this loop is walking.
      const last = re.lastIndex;
      const ok = accepted(text, t, start, end);
      re.lastIndex = last;
      if (!ok) continue;
      const match = text.slice(start, end).trim();
      out.push({ term: t.term, text: match, weight, group: source.note, source, start, end });
    }
  }
}

/**
 * Every occurrence of every term of the groups in the text, overlapping ones included, in
 * text order (longer first where two start together). The index built for `groups` is kept
 * with the array: pass the lexicon's own arrays rather than a new array on every call.
 */
export function findTerms(text: string, groups: TermGroup[]): TermMatch[] {
  if (!text) return [];
  return findIndexed(text, termIndex(groups));
}

const byPosition = (a: TermMatch, b: TermMatch): number => a.start - b.start || b.end - a.end;
const longestFirst = (a: TermMatch, b: TermMatch): number =>
  b.end - b.start - (a.end - a.start) || b.weight - a.weight || a.start - b.start;
const byStart = (a: TermMatch, b: TermMatch): number => a.start - b.start;

/** findTerms with an index taken from termIndex. */
export function findIndexed(text: string, idx: ListIndex): TermMatch[] {
  const out: TermMatch[] = [];
  if (!text) return out;
  const { buckets, always } = idx;
  lowered = null;
  matchEntries(text, always, out);
  // Then the terms whose needle starts with a character of the text, each bucket once, in
  // the order the text first has that character.
  const stamp = ++searchStamp;
  for (let i = 0; i < text.length; i++) {
    const id = charIds[text.charCodeAt(i)];
    if (id === 0) continue;
    const bucket = buckets[id];
    if (bucket && bucket.stamp !== stamp) {
      bucket.stamp = stamp;
      matchEntries(text, bucket.entries, out);
    }
  }
  if (out.length > 1) stableSort(out, byPosition);
  return out;
}

/**
 * Keeps the longest matches: a match overlapping a longer one is dropped, so a specific
 * phrase (污水处理率, 会议记录) speaks instead of the shorter words inside it. Between equally
 * long matches the heavier wins (so a user's term can outweigh a default one), then the
 * earlier. Result in text order.
 */
export function longestMatches<M extends TermMatch>(matches: M[]): M[] {
  if (matches.length <= 1) return [...matches];
  const sorted = stableSort([...matches], longestFirst);
  const kept: M[] = [];
  for (const m of sorted) {
    let free = true;
    for (const k of kept) {
      if (!(m.end <= k.start || m.start >= k.end)) {
        free = false;
        break;
      }
    }
    if (free) kept.push(m);
  }
  return stableSort(kept, byStart);
}

/** The distinct matched terms, in text order, for evidence. */
export function termList(matches: TermMatch[]): string[] {
  // A loop, not a Set: a handful of matches per leaf, for 100,000 leaves.
  // One match (the most common): an array of its exact size.
  if (matches.length === 1) return [matches[0].text];
  const out: string[] = [];
  for (let i = 0; i < matches.length; i++) {
    const text = matches[i].text;
    if (!out.includes(text)) out.push(text);
  }
  return out;
}
