import type { LexiconTerm, TermGroup } from './lexiconTypes';

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

interface ListIndex {
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

/** One index for a whole list of groups, so a search looks each character up once. */
function indexOf(groups: TermGroup[]): ListIndex {
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

/** [start, end) of each occurrence of a pattern: indexOf for plain literals, else the regex. */
function occurrences(text: string, p: Pattern): [number, number][] {
  const out: [number, number][] = [];
  if (p.literal !== null) {
    const n = p.literal.length;
    for (let i = text.indexOf(p.literal); i >= 0; i = text.indexOf(p.literal, i + n)) {
      out.push([i, i + n]);
    }
    return out;
  }
  // exec with lastIndex, not matchAll: matchAll clones the regex on every call.
  p.re.lastIndex = 0;
  for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
    if (m[0].length === 0) p.re.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * Every occurrence of every term of the groups in the text, overlapping ones included, in
 * text order (longer first where two start together). The index built for `groups` is kept
 * with the array: pass the lexicon's own arrays rather than a new array on every call.
 */
export function findTerms(text: string, groups: TermGroup[]): TermMatch[] {
  const out: TermMatch[] = [];
  if (!text) return out;
  const { buckets, always } = indexOf(groups);
  // The terms whose needle starts with a character of the text, each bucket once.
  const stamp = ++searchStamp;
  const candidates: Entry[][] = [always];
  let lower: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const id = charIds[text.charCodeAt(i)];
    if (id === 0) continue;
    const bucket = buckets[id];
    if (bucket && bucket.stamp !== stamp) {
      bucket.stamp = stamp;
      candidates.push(bucket.entries);
    }
  }
  for (const entries of candidates) {
    for (const { term: t, pattern: c, weight, source } of entries) {
      if (c.literal === null) {
        // Latin terms match case-insensitively: compare with the lower-cased text.
        if (c.latin) lower ??= text.toLowerCase();
        if (!(c.latin ? (lower ?? text) : text).includes(c.needle)) continue;
      }
      for (const [start, end] of occurrences(text, c)) {
        if (t.word) {
          const b = boundaries(text);
          if (b && !(b.has(start) && b.has(end))) continue;
        }
        if (t.not && t.not.length > 0 && insideExclusion(text, start, end, t.not)) continue;
        const match = text.slice(start, end).trim();
        out.push({ term: t.term, text: match, weight, group: source.note, source, start, end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Keeps the longest matches: a match overlapping a longer one is dropped, so a specific
 * phrase (污水处理率, 会议记录) speaks instead of the shorter words inside it. Between equally
 * long matches the heavier wins (so a user's term can outweigh a default one), then the
 * earlier. Result in text order.
 */
export function longestMatches<M extends TermMatch>(matches: M[]): M[] {
  const sorted = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.weight - a.weight || a.start - b.start,
  );
  const kept: M[] = [];
  for (const m of sorted) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The distinct matched terms, in text order, for evidence. */
export function termList(matches: TermMatch[]): string[] {
  return [...new Set(matches.map((m) => m.text))];
}
