import type { LexiconTerm } from './lexiconTypes';

/*
 * How one lexicon term is compiled and checked: its regex, the literal a text must contain
 * for it to match, its word boundaries and exclusions. The search over many terms at once is
 * matchTerms.ts.
 */

// A number as assessment tables write it: 3, 0.5, 一, 两, 半, or a list "20、10".
const NUM_ATOM = '[0-9０-９.．一二三四五六七八九十百千两半]+';
const NUM = `\\s*${NUM_ATOM}(?:\\s*[、,，/]\\s*${NUM_ATOM})*\\s*`;
// A short gap that stays inside one clause.
const GAP = '[^。；;！!？?\\n]{0,12}?';
const LATIN = /[A-Za-z0-9]/;

/** A lexicon term compiled for searching. */
export interface Pattern {
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
/** The compiled pattern of a term (`#` a number, `*` a short gap), made once per term. */
export function compilePattern(term: string): Pattern {
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

/** Whether a match at [start, end) passes the term's word-boundary and exclusion checks. */
export function accepted(text: string, t: LexiconTerm, start: number, end: number): boolean {
  if (t.word) {
    const b = boundaries(text);
    if (b && !(b.has(start) && b.has(end))) return false;
  }
  return !(t.not && t.not.length > 0 && insideExclusion(text, start, end, t.not));
}
