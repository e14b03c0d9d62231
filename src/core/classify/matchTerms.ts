import type { LexiconTerm, TermGroup } from './lexiconTypes';
import { stableSort } from './stableSort';

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

// A number as assessment tables write it: 3, 0.5, 一, 两, 半, or a list "20、10".
const NUM_ATOM = '[0-9０-９.．一二三四五六七八九十百千两半]+';
const NUM = `\\s*${NUM_ATOM}(?:\\s*[、,，/]\\s*${NUM_ATOM})*\\s*`;
// A short gap that stays inside one clause.
const GAP = '[^。；;！!？?\\n]{0,12}?';
const LATIN = /[A-Za-z0-9]/;

interface Pattern {
  re: RegExp;
  /**
   * The longest literal run of the term, lower-cased: a text that does not contain it cannot
   * match, and `includes` is far cheaper than running the regex (most terms are absent from
   * most texts).
   */
  needle: string;
  /** The term itself when it is a plain literal without Latin letters: found by indexOf. */
  literal: string | null;
  /** The term has Latin letters: it matches case-insensitively. */
  latin: boolean;
}

function patternSource(term: string): string {
  let src = '';
  for (const ch of term) {
    if (ch === '#') src += NUM;
    else if (ch === '*') src += GAP;
    else src += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  // Latin terms match whole words only: "app" must not match "approval".
  if (LATIN.test(term[0] ?? '')) src = `\\b${src}`;
  if (LATIN.test(term[term.length - 1] ?? '')) src = `${src}\\b`;
  return src;
}

const patternCache = new Map<string, Pattern>();
function compilePattern(term: string): Pattern {
  let p = patternCache.get(term);
  if (!p) {
    const runs = term.toLowerCase().split(/[#*]/);
    const needle = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
    const latin = /[A-Za-z]/.test(term);
    const literal = latin || /[#*0-9]/.test(term) ? null : term;
    p = { re: new RegExp(patternSource(term), 'giu'), needle, literal, latin };
    patternCache.set(term, p);
  }
  return p;
}

let segmenter: Intl.Segmenter | null | undefined;
const boundaryCache = new Map<string, Set<number>>();

/** Word boundaries of a text (Intl.Segmenter, Node 20 and Chromium); null if unavailable. */
function boundaries(text: string): Set<number> | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  }
  if (segmenter === null) return null;
  let set = boundaryCache.get(text);
  if (!set) {
    set = new Set<number>([text.length]);
    for (const s of segmenter.segment(text)) set.add(s.index);
    // Bound the cache: a scheme's texts are classified once, then the cache is useless.
    if (boundaryCache.size > 5000) boundaryCache.clear();
    boundaryCache.set(text, set);
  }
  return set;
}

function insideExclusion(text: string, start: number, end: number, not: string[]): boolean {
  for (const n of not) {
    const { re } = compilePattern(n);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index <= start && m.index + m[0].length >= end) return true;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return false;
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

/** Whether a match at [start, end) passes the term's word-boundary and exclusion checks. */
function accepted(text: string, t: LexiconTerm, start: number, end: number): boolean {
  if (t.word) {
    const b = boundaries(text);
    if (b && !(b.has(start) && b.has(end))) return false;
  }
  return !(t.not && t.not.length > 0 && insideExclusion(text, start, end, t.not));
}

/**
 * Appends the matches of `entries` in the text to `out`: indexOf for plain literals, else
 * the regex (exec with lastIndex, not matchAll: matchAll clones the regex on every call).
 * `lower` holds the lower-cased text once a Latin term needed it.
 */
function matchEntries(text: string, entries: Entry[], out: TermMatch[], lower: string[]): void {
  for (const { term: t, pattern: c, weight, source } of entries) {
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
    if (c.latin && lower.length === 0) lower.push(text.toLowerCase());
    if (!(c.latin ? lower[0] : text).includes(c.needle)) continue;
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
  const lower: string[] = [];
  matchEntries(text, always, out, lower);
  // Then the terms whose needle starts with a character of the text, each bucket once, in
  // the order the text first has that character.
  const stamp = ++searchStamp;
  for (let i = 0; i < text.length; i++) {
    const id = charIds[text.charCodeAt(i)];
    if (id === 0) continue;
    const bucket = buckets[id];
    if (bucket && bucket.stamp !== stamp) {
      bucket.stamp = stamp;
      matchEntries(text, bucket.entries, out, lower);
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
  const out: string[] = [];
  for (const m of matches) if (!out.includes(m.text)) out.push(m.text);
  return out;
}
