import type { Evidence, Kind } from '../types';
import type { Lexicon } from './lexiconTypes';
import { longestMatches, termList, type TermMatch } from './matchTerms';
import { clauseSpans } from './clauseSpans';
import { readLeaf, type LeafReadings } from './scanText';

/** The lexicon's verdict on what a leaf measures, with the evidence for it. */
export interface KindResult {
  kind: Kind;
  evidence: Evidence;
}

/** Ancestors' names say less about a leaf than its own text: they count half. */
const PATH_FACTOR = 0.5;
/**
 * Mixed needs both sides to be substantial (corpus README: "substantial clauses of both
 * kinds"): the weaker side at least this share of the stronger, and at least one clause
 * where each side dominates.
 */
const MIXED_RATIO = 0.5;
const MIXED_MIN = 2;

interface Side {
  matches: TermMatch[];
  score: number;
  /** Bits of the fields (NAME, RULE, PATH) the matches were found in. */
  fields: number;
}

function sideOf(): Side {
  return { matches: [], score: 0, fields: 0 };
}

const round = (x: number): number => Math.round(x * 10) / 10;

/** What the lexicon finds in one text, before the text's field and factor apply. */
export interface KindReading {
  /** The longest matches, in text order. */
  matches: TermMatch[];
  /** Their side: all process (true), all outcome (false), or the set of process matches. */
  process: boolean | Set<TermMatch>;
  /**
   * Clauses where process terms outweigh outcome terms, and the other way round. Only whether
   * each is above zero matters (classifyKind's mixed rule): a text with (positive) terms of
   * one side only is not split, and counts 1 for that side.
   */
  processClauses: number;
  outcomeClauses: number;
}

const NO_KIND: KindReading = Object.freeze({
  matches: Object.freeze([]) as unknown as TermMatch[],
  process: false,
  processClauses: 0,
  outcomeClauses: 0,
});

const positive = (ms: TermMatch[]): boolean => ms.every((m) => m.weight > 0);

/** Some character that is not a clause separator: clauseSpans finds at least one clause. */
const CLAUSE_CHAR = /[^。；;，,\n\r]/;

/**
 * Reads a text's process matches `p` and outcome matches `o` (findTerms of each list): each
 * match is counted for the clause it starts in, and a clause where one side outweighs the
 * other counts as a clause of that side.
 */
export function readKind(text: string, p: TermMatch[], o: TermMatch[]): KindReading {
  // No match, no clause of either side: skip splitting the text (most names).
  if (p.length === 0 && o.length === 0) return NO_KIND;
  // One side only, weights positive: each clause with a match is that side's; no splitting.
  if ((p.length === 0 || o.length === 0) && positive(p) && positive(o)) {
    const process = o.length === 0;
    const side = process ? p : o;
    // The scanner's array is this reading's own: one match needs no copy.
    const found = side.length === 1 ? side : longestMatches(side);
    const n = CLAUSE_CHAR.test(text) ? 1 : 0;
    return {
      matches: found,
      process,
      processClauses: process ? n : 0,
      outcomeClauses: process ? 0 : n,
    };
  }
  const isProcess = new Set(p);
  const spans = clauseSpans(text);
  const ps = spans.map(() => 0);
  const os = spans.map(() => 0);
  const matches = longestMatches([...p, ...o]);
  let c = 0; // matches come in text order: walk the clauses alongside
  for (const m of matches) {
    const process = isProcess.has(m);
    while (c < spans.length - 1 && m.start >= spans[c].end) c++;
    if (process) ps[c] += m.weight;
    else os[c] += m.weight;
  }
  let processClauses = 0;
  let outcomeClauses = 0;
  spans.forEach((_, c) => {
    if (ps[c] > os[c]) processClauses++;
    else if (os[c] > ps[c]) outcomeClauses++;
  });
  return { matches, process: isProcess, processClauses, outcomeClauses };
}

/** Which texts a side's matches were found in: bits in field order, name → rule → path. */
const FIELDS = ['name', 'rule', 'path'] as const;
const NAME = 1;
const RULE = 2;
const PATH = 4;

/** The fields of a mask, in field order (the order they were first found in). */
function fieldList(mask: number, out: string[] = []): string[] {
  for (let i = 0; i < FIELDS.length; i++) if (mask & (1 << i)) out.push(FIELDS[i]);
  return out;
}

/**
 * Adds the weights of the terms found in one text to each side, and (paths excepted: they
 * are not the item's clauses) the clauses each side dominates.
 */
function addText(t: Tally, reading: KindReading, field: number, factor: number): void {
  const sides = reading.process;
  const matches = reading.matches;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    const process = typeof sides === 'boolean' ? sides : sides.has(match);
    const side = process ? t.proc : t.outc;
    side.matches.push(match);
    side.fields |= field;
    side.score += match.weight * factor;
  }
  if (field === PATH) return;
  t.processClauses += reading.processClauses;
  t.outcomeClauses += reading.outcomeClauses;
}

interface Tally {
  proc: Side;
  outc: Side;
  processClauses: number;
  outcomeClauses: number;
}

const TALLY: Tally = { proc: sideOf(), outc: sideOf(), processClauses: 0, outcomeClauses: 0 };

// Evidence strings repeat across leaves: each is made once, not once per leaf (100,000 leaves
// keep their evidence).
const fieldTexts = new Map<number, string>();
/** The fields of `first`, then those of `then` not in it, joined: "name,rule". */
function fieldText(first: number, then: number): string {
  const key = first * 8 + (then & ~first);
  let text = fieldTexts.get(key);
  if (text === undefined) {
    text = fieldList(then & ~first, fieldList(first)).join(',');
    fieldTexts.set(key, text);
  }
  return text;
}

const scoreNotes = new Map<number, Map<number, string>>();
/** "process P, outcome O", one string per pair (bounded: odd weights cannot grow it). */
function scoreNote(p: number, o: number): string {
  let byO = scoreNotes.get(p);
  if (!byO) {
    if (scoreNotes.size >= 1000) scoreNotes.clear();
    scoreNotes.set(p, (byO = new Map()));
  }
  let note = byO.get(o);
  if (note === undefined) {
    if (byO.size >= 1000) byO.clear();
    byO.set(o, (note = `process ${p}, outcome ${o}`));
  }
  return note;
}

const UNKNOWN: KindResult = Object.freeze({
  kind: 'unknown',
  evidence: Object.freeze({
    source: 'lexicon',
    terms: Object.freeze([]) as unknown as string[],
    note: 'no process or outcome term in the name, rule or path',
  }),
});

/**
 * Process, outcome, mixed or unknown from the text of a leaf (DESIGN.md "Process vs outcome
 * share"; corpus README "kind"). Each term found in the name or the rule adds its weight to
 * its side; the path (at half weight) only breaks a tie. Where both sides are substantial
 * and each dominates some clause, the leaf is mixed.
 */
export function classifyKind(
  name: string,
  rule: string | undefined,
  path: string[],
  lexicon: Lexicon,
  /** The leaf's texts already read (classifyLeaves shares rules' and paths' readings). */
  read: LeafReadings = readLeaf(name, rule, path, lexicon),
): KindResult {
  // One tally reused by every call: its matches are copied out (termList) before returning.
  const t = TALLY;
  t.proc.matches.length = 0;
  t.outc.matches.length = 0;
  t.proc.score = t.outc.score = t.proc.fields = t.outc.fields = 0;
  t.processClauses = t.outcomeClauses = 0;
  // Some tables keep requirement and rule in one cell: the name has clauses too.
  addText(t, read.name.kind, NAME, 1);
  if (rule) addText(t, read.rule.kind, RULE, 1);
  const { proc, outc } = t;
  // The path speaks only when the item's own text cannot decide: a section title says what
  // the branch is about, not what each of its items measures.
  if (proc.score === outc.score) {
    const path = read.path;
    for (let i = 0; i < path.length; i++) addText(t, path[i].kind, PATH, PATH_FACTOR);
  }
  const P = proc.score;
  const O = outc.score;
  // The same object for every leaf without a term: nothing to tell them apart.
  if (P === 0 && O === 0) return UNKNOWN;
  const scores = scoreNote(round(P), round(O));
  const mixed =
    Math.min(P, O) >= MIXED_MIN &&
    Math.min(P, O) >= MIXED_RATIO * Math.max(P, O) &&
    t.processClauses > 0 &&
    t.outcomeClauses > 0;
  if (mixed || P === O) {
    const field = fieldText(proc.fields, outc.fields);
    return { kind: 'mixed', evidence: evidenceFor(proc.matches, outc.matches, field, scores) };
  }
  const win = P > O ? proc : outc;
  return {
    kind: P > O ? 'process' : 'outcome',
    evidence: evidenceFor(win.matches, null, fieldText(win.fields, 0), scores),
  };
}

// Some thousand distinct kind evidences among 100,000 leaves: each is made once and shared
// (no caller mutates evidence), so an analysis keeps thousands of objects, not 100,000. By
// note, then field, then the terms (the one term itself, most often: no key to build).
const evidences = new Map<string, Map<string, Map<string, Evidence>>>();
let evidenceCount = 0;
const SEP = '\u0001';
const holdsSep = (t: string): boolean => t.includes(SEP);

/**
 * The evidence naming the terms of `a` (then those of `b`, for a mixed leaf) with the scores
 * `scores`: one object per distinct value.
 */
function evidenceFor(
  a: TermMatch[],
  b: TermMatch[] | null,
  field: string,
  scores: string,
): Evidence {
  const note = b === null ? scores : `both kinds: ${scores}`;
  let key: string;
  let terms: string[] | null = null;
  if (b === null && a.length === 1) key = a[0].text;
  else {
    terms = b === null ? termList(a) : [...termList(a), ...termList(b)];
    key = terms.join(SEP);
  }
  // A term holding the separator could make two lists one key: not shared.
  if (terms === null ? key.includes(SEP) : terms.some(holdsSep)) {
    return { source: 'lexicon', terms: terms ?? [key], field, note };
  }
  let byField = evidences.get(note);
  if (!byField) evidences.set(note, (byField = new Map()));
  let byTerms = byField.get(field);
  if (!byTerms) byField.set(field, (byTerms = new Map()));
  let ev = byTerms.get(key);
  if (!ev) {
    // Bounded: odd data cannot grow it without end.
    if (evidenceCount >= 20_000) {
      evidences.clear();
      evidenceCount = 0;
    }
    ev = { source: 'lexicon', terms: terms ?? termList(a), field, note };
    byTerms.set(key, ev);
    evidenceCount++;
  }
  return ev;
}
