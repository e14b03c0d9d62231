import { analyzeScheme } from '../analyze';
import { EXACT_MAX_ITEMS } from '../overlap/findOverlap';
import { jaccardOf, meetsThreshold } from '../overlap/jaccard';
import { normalizeText } from '../overlap/normalizeText';
import { prefixJoinBipartite } from '../overlap/prefixJoinBipartite';
import { buildTokenSets } from '../overlap/tokenSets';
import { leavesOf, nodeIndex, pathOf } from '../tree';
import type { IndicatorNode, Scheme } from '../types';

/** What changed about a matched leaf; a match can carry several (renamed and moved). */
export type LeafChange = 'renamed' | 'moved' | 'points-changed';

/** One leaf of the diff: matched (old and new), added (new only) or removed (old only). */
export interface LeafDiff {
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  /** Empty unless status is 'changed'. */
  changes: LeafChange[];
  old: { id: string; path: string[]; points: number | null } | null;
  new: { id: string; path: string[]; points: number | null } | null;
  /** How the pair was matched: same normalized name, or text similarity (Jaccard). */
  matchedBy: 'name' | 'similarity' | null;
  similarity: number | null;
}

/** Before / after of one headline metric (DESIGN.md "The headline metrics"). */
export interface MetricChange {
  old: number;
  new: number;
  delta: number;
}

/** The diff of two schemes: leaves matched one to one, counts, growth, metric changes. */
export interface SchemeDiff {
  threshold: number;
  leaves: LeafDiff[];
  counts: {
    unchanged: number;
    added: number;
    removed: number;
    renamed: number;
    moved: number;
    'points-changed': number;
  };
  /** Nodes per level (index 0 = level 1), old and new. */
  byLevel: { level: number; old: number; new: number }[];
  metrics: Record<
    'leaves' | 'overlapRatio' | 'negativeRatio' | 'processShare' | 'flaggedLeaves',
    MetricChange
  >;
}

/**
 * The part of an analysis the diff reports (growth per level, the headline metrics). A whole
 * Analysis is one; so is this much of it, which is cheap to post to the worker.
 */
export interface DiffBasis {
  counts: { byLevel: number[]; leaves: number };
  overlap: { ratio: number };
  incentive: { negativeRatio: number };
  kind: { processShare: number };
  flags: { leaves: number };
}

/** Options of diffSchemes. */
export interface DiffOptions {
  /** Least Jaccard similarity for a similarity match; default 0.5 (as overlap). */
  threshold?: number;
  /**
   * How similar pairs are found among the leaves left unmatched by name, as overlap finds
   * them (findOverlap): 'exact' compares every old leaf with every new one; 'prefix' is the
   * exact prefix-filtered join in its bipartite form (prefixJoinBipartite), the same pairs
   * far sooner on many leaves;
   * 'auto' (default) is 'exact' up to EXACT_MAX_ITEMS unmatched leaves, 'prefix' above.
   * Both are exact, so the matches do not depend on the choice.
   */
  method?: 'auto' | 'exact' | 'prefix';
  /**
   * Older option, still honoured: when given, 'exact' up to this many old × new unmatched
   * pairs and 'prefix' above (it used to choose LSH above); `method` wins when both are given.
   */
  exactMaxPairs?: number;
  /**
   * Analyses of the two schemes the caller already has, at this threshold (overrides
   * included, if the metrics should count them): without them diffSchemes analyses both
   * schemes itself (no overrides), which is most of its time on large schemes — 100,000
   * leaves: 14.8 s with the analyses, 2.0 s given them (npm run bench, loaded 2-core machine).
   */
  analyses?: { old: DiffBasis; new: DiffBasis };
}

interface Leaf {
  node: IndicatorNode;
  path: string[];
  parentPath: string;
  key: string;
}

function leafList(scheme: Scheme): Leaf[] {
  const index = nodeIndex(scheme);
  // A parent's path once for all its leaves (a handful each): the joined path is then one
  // string per parent, hashed once in matchByName rather than once per leaf.
  const above = new Map<string, { path: string[]; joined: string }>();
  return leavesOf(scheme).map((node) => {
    const parent = node.parent === null ? undefined : index.get(node.parent);
    let up = parent && above.get(parent.id);
    if (parent && !up) {
      const path = pathOf(parent, index);
      up = { path, joined: path.join('\u0000') };
      above.set(parent.id, up);
    }
    return {
      node,
      path: up ? [...up.path, node.name] : [node.name],
      parentPath: up ? up.joined : '',
      key: normalizeText(node.name),
    };
  });
}

/**
 * Similar (old, new) index pairs at or above the threshold, best first. All pairs where
 * small; where large, the exact prefix join overlap uses (DESIGN.md "Overlap") in its
 * bipartite form, which meets only old–new pairs. Both find every pair, so the matches are
 * the same either way (tested on 2,000 generated leaves).
 */
function similarPairs(
  olds: Leaf[],
  news: Leaf[],
  threshold: number,
  join: 'exact' | 'prefix',
): { o: number; n: number; s: number }[] {
  const out: { o: number; n: number; s: number }[] = [];
  if (olds.length === 0 || news.length === 0) return out;
  const sets = buildTokenSets([...olds.map((l) => l.node.name), ...news.map((l) => l.node.name)]);
  if (join === 'exact') {
    for (let o = 0; o < olds.length; o++) {
      for (let n = 0; n < news.length; n++) {
        const s = jaccardOf(sets, o, olds.length + n);
        if (meetsThreshold(s, threshold)) out.push({ o, n, s });
      }
    }
  } else {
    const pairs = prefixJoinBipartite(sets, olds.length, threshold);
    for (let k = 0; k < pairs.left.length; k++)
      out.push({ o: pairs.left[k], n: pairs.right[k], s: pairs.similarity[k] });
  }
  // Best pairs first; ties in file order so the result is deterministic.
  return out.sort((x, y) => y.s - x.s || x.o - y.o || x.n - y.n);
}

/** The join similarPairs uses for this many unmatched leaves (see DiffOptions.method). */
function joinFor(olds: number, news: number, options: DiffOptions): 'exact' | 'prefix' {
  const method = options.method ?? 'auto';
  if (method !== 'auto') return method;
  if (options.exactMaxPairs !== undefined)
    return olds * news <= options.exactMaxPairs ? 'exact' : 'prefix';
  return olds + news <= EXACT_MAX_ITEMS ? 'exact' : 'prefix';
}

/**
 * Matches old leaves to new ones with the same normalized name, one to one, in file order:
 * first only under the same parent path, so a moved twin cannot take an unmoved leaf's
 * match, then anywhere. Each queue is consumed from its front, which is the first untaken
 * candidate in file order: linear, where a search per leaf grew with the square of a name's
 * repeats.
 */
function matchByName(olds: Leaf[], news: Leaf[]): Map<number, number> {
  const matched = new Map<number, number>();
  const taken = new Uint8Array(news.length);
  // Queues by parent path, then name: nested maps, where one key per leaf joining the two
  // was a new string to build and hash for each of 100,000 leaves.
  const queues = (parentOf: (l: Leaf) => string) => {
    const byParent = new Map<string, Map<string, { at: number; list: number[] }>>();
    news.forEach((l, n) => {
      let byKey = byParent.get(parentOf(l));
      if (!byKey) byParent.set(parentOf(l), (byKey = new Map()));
      const q = byKey.get(l.key);
      if (q) q.list.push(n);
      else byKey.set(l.key, { at: 0, list: [n] });
    });
    return { byParent, parentOf };
  };
  for (const { byParent, parentOf } of [
    queues((l) => l.parentPath),
    // Anywhere: every leaf under one parent.
    queues(() => ''),
  ]) {
    for (let o = 0; o < olds.length; o++) {
      if (matched.has(o)) continue;
      const q = byParent.get(parentOf(olds[o]))?.get(olds[o].key);
      if (!q) continue;
      while (q.at < q.list.length && taken[q.list[q.at]]) q.at++;
      if (q.at === q.list.length) continue;
      const n = q.list[q.at++];
      matched.set(o, n);
      taken[n] = 1;
    }
  }
  return matched;
}

function view(leaf: Leaf) {
  return { id: leaf.node.id, path: leaf.path, points: leaf.node.points ?? null };
}

function metric(a: number, b: number): MetricChange {
  return { old: a, new: b, delta: b - a };
}

function metricsOf(a: DiffBasis, b: DiffBasis): SchemeDiff['metrics'] {
  return {
    leaves: metric(a.counts.leaves, b.counts.leaves),
    overlapRatio: metric(a.overlap.ratio, b.overlap.ratio),
    negativeRatio: metric(a.incentive.negativeRatio, b.incentive.negativeRatio),
    processShare: metric(a.kind.processShare, b.kind.processShare),
    flaggedLeaves: metric(a.flags.leaves, b.flags.leaves),
  };
}

/**
 * Diffs two schemes (DESIGN.md "Compare"): leaves are matched one to one, first by
 * normalized name (a same-parent match preferred), then by text similarity above the
 * threshold, best pairs first. Unmatched old leaves are 'removed', unmatched new 'added'.
 */
export function diffSchemes(
  oldScheme: Scheme,
  newScheme: Scheme,
  options: DiffOptions = {},
): SchemeDiff {
  const threshold = options.threshold ?? 0.5;
  const olds = leafList(oldScheme);
  const news = leafList(newScheme);
  const matchOf = new Map<number, { n: number; by: 'name' | 'similarity'; s: number }>();
  const newTaken = new Set<number>();

  for (const [o, n] of matchByName(olds, news)) {
    matchOf.set(o, { n, by: 'name', s: 1 });
    newTaken.add(n);
  }

  const restOld = olds.map((_, o) => o).filter((o) => !matchOf.has(o));
  const restNew = news.map((_, n) => n).filter((n) => !newTaken.has(n));
  const pairs = similarPairs(
    restOld.map((o) => olds[o]),
    restNew.map((n) => news[n]),
    threshold,
    joinFor(restOld.length, restNew.length, options),
  );
  for (const p of pairs) {
    const [o, n] = [restOld[p.o], restNew[p.n]];
    if (matchOf.has(o) || newTaken.has(n)) continue;
    matchOf.set(o, { n, by: 'similarity', s: p.s });
    newTaken.add(n);
  }

  const counts: SchemeDiff['counts'] = {
    unchanged: 0,
    added: 0,
    removed: 0,
    renamed: 0,
    moved: 0,
    'points-changed': 0,
  };
  const leaves: LeafDiff[] = [];
  olds.forEach((oldLeaf, o) => {
    const m = matchOf.get(o);
    if (!m) {
      counts.removed++;
      leaves.push({
        status: 'removed',
        changes: [],
        old: view(oldLeaf),
        new: null,
        matchedBy: null,
        similarity: null,
      });
      return;
    }
    const newLeaf = news[m.n];
    const changes: LeafChange[] = [];
    if (oldLeaf.node.name !== newLeaf.node.name) changes.push('renamed');
    if (oldLeaf.parentPath !== newLeaf.parentPath) changes.push('moved');
    if ((oldLeaf.node.points ?? null) !== (newLeaf.node.points ?? null))
      changes.push('points-changed');
    for (const c of changes) counts[c]++;
    if (changes.length === 0) counts.unchanged++;
    leaves.push({
      status: changes.length === 0 ? 'unchanged' : 'changed',
      changes,
      old: view(oldLeaf),
      new: view(newLeaf),
      matchedBy: m.by,
      similarity: m.s,
    });
  });
  news.forEach((newLeaf, n) => {
    if (newTaken.has(n)) return;
    counts.added++;
    leaves.push({
      status: 'added',
      changes: [],
      old: null,
      new: view(newLeaf),
      matchedBy: null,
      similarity: null,
    });
  });

  const a = options.analyses?.old ?? analyzeScheme(oldScheme, { threshold });
  const b = options.analyses?.new ?? analyzeScheme(newScheme, { threshold });
  const depth = Math.max(a.counts.byLevel.length, b.counts.byLevel.length);
  const byLevel = Array.from({ length: depth }, (_, i) => ({
    level: i + 1,
    old: a.counts.byLevel[i] ?? 0,
    new: b.counts.byLevel[i] ?? 0,
  }));
  return { threshold, leaves, counts, byLevel, metrics: metricsOf(a, b) };
}
