import type { Evidence, Kind } from '../types';
import type { Lexicon } from './lexiconTypes';
import { findTerms, longestMatches, termList, type TermMatch } from './matchTerms';
import { clauseSpans } from './clauseSpans';
import type { TextMemo } from './textMemo';

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
  fields: Set<string>;
}

interface Unit {
  field: 'name' | 'rule' | 'path';
  text: string;
  factor: number;
}

function sideOf(): Side {
  return { matches: [], score: 0, fields: new Set() };
}

const round = (x: number): number => Math.round(x * 10) / 10;

/** What the lexicon finds in one text, before the text's field and factor apply. */
export interface KindReading {
  /** The longest matches, in text order, each with its side. */
  matches: { match: TermMatch; process: boolean }[];
  /** Clauses where process terms outweigh outcome terms, and the other way round. */
  processClauses: number;
  outcomeClauses: number;
}

/**
 * Searches a text once for both sides; each match is then counted for the clause it starts
 * in, and a clause where one side outweighs the other counts as a clause of that side.
 */
function readText(text: string, lexicon: Lexicon): KindReading {
  const p = findTerms(text, lexicon.kind.process);
  const isProcess = new Set(p);
  const o = findTerms(text, lexicon.kind.outcome);
  const spans = clauseSpans(text);
  const ps = spans.map(() => 0);
  const os = spans.map(() => 0);
  const matches: KindReading['matches'] = [];
  let c = 0; // matches come in text order: walk the clauses alongside
  for (const m of longestMatches([...p, ...o])) {
    const process = isProcess.has(m);
    matches.push({ match: m, process });
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
  return { matches, processClauses, outcomeClauses };
}

/**
 * Sums the weights of the terms found on each side, and the clauses each side dominates
 * (paths excepted: they are not the item's clauses).
 */
function score(units: Unit[], lexicon: Lexicon, memo?: TextMemo<KindReading>) {
  const proc = sideOf();
  const outc = sideOf();
  let processClauses = 0;
  let outcomeClauses = 0;
  for (const u of units) {
    // The name is mostly unique to its leaf: only rules and paths are worth remembering.
    const reading =
      memo && u.field !== 'name'
        ? memo.get(u.text, (text) => readText(text, lexicon))
        : readText(u.text, lexicon);
    for (const { match, process } of reading.matches) {
      const side = process ? proc : outc;
      side.matches.push(match);
      side.fields.add(u.field);
      side.score += match.weight * u.factor;
    }
    if (u.field === 'path') continue;
    processClauses += reading.processClauses;
    outcomeClauses += reading.outcomeClauses;
  }
  return { proc, outc, processClauses, outcomeClauses };
}

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
  /** Readings of rule and path texts kept across the leaves of one scheme (classifyLeaves). */
  memo?: TextMemo<KindReading>,
): KindResult {
  // Some tables keep requirement and rule in one cell: the name has clauses too.
  const own: Unit[] = [{ field: 'name', text: name, factor: 1 }];
  if (rule) own.push({ field: 'rule', text: rule, factor: 1 });
  let { proc, outc, processClauses, outcomeClauses } = score(own, lexicon, memo);
  // The path speaks only when the item's own text cannot decide: a section title says what
  // the branch is about, not what each of its items measures.
  if (proc.score === outc.score) {
    const up = path.map((text): Unit => ({ field: 'path', text, factor: PATH_FACTOR }));
    ({ proc, outc, processClauses, outcomeClauses } = score([...own, ...up], lexicon, memo));
  }
  const P = proc.score;
  const O = outc.score;
  const scores = `process ${round(P)}, outcome ${round(O)}`;
  if (P === 0 && O === 0) {
    return {
      kind: 'unknown',
      evidence: {
        source: 'lexicon',
        terms: [],
        note: 'no process or outcome term in the name, rule or path',
      },
    };
  }
  const mixed =
    Math.min(P, O) >= MIXED_MIN &&
    Math.min(P, O) >= MIXED_RATIO * Math.max(P, O) &&
    processClauses > 0 &&
    outcomeClauses > 0;
  if (mixed || P === O) {
    return {
      kind: 'mixed',
      evidence: {
        source: 'lexicon',
        terms: [...termList(proc.matches), ...termList(outc.matches)],
        field: [...new Set([...proc.fields, ...outc.fields])].join(','),
        note: `both kinds: ${scores}`,
      },
    };
  }
  const win = P > O ? proc : outc;
  return {
    kind: P > O ? 'process' : 'outcome',
    evidence: {
      source: 'lexicon',
      terms: termList(win.matches),
      field: [...win.fields].join(','),
      note: scores,
    },
  };
}
