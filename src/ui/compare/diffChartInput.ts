/**
 * The tree of the NEW scheme coloured by change (issue 4 "Compare": "a tree coloured by
 * change, with counts per kind of change"), as the plain ChartInput the tree renderer draws
 * (src/charts/types.ts). Every decision — colour key, legend, tooltip — is made here.
 */
import type { SchemeDiff, LeafDiff } from '../../core/compare/diffSchemes';
import type { ChartInput, ChartNode, LegendEntry } from '../../charts/types';
import type { Scheme } from '../../core/types';
import { points as fmtPoints, similarity as fmtSimilarity } from '../format';
import type { CompareKey, CompareTranslate } from './messages';

/** The colour key of a leaf of the new scheme: what happened to it. */
export type DiffKey = 'added' | 'renamed' | 'moved' | 'points-changed' | 'unchanged';

/** Legend order: what is new first, what stayed last. */
export const DIFF_KEYS: DiffKey[] = ['added', 'renamed', 'moved', 'points-changed', 'unchanged'];

/** One colour per change; removed leaves (not in the tree) are listed in red beside it. */
export const DIFF_COLORS: Record<DiffKey | 'removed', string> = {
  added: '#2f9e6e',
  renamed: '#4e79a7',
  moved: '#b07aa1',
  'points-changed': '#f28e2b',
  unchanged: '#c9ced6',
  removed: '#d1495b',
};

/** Key of a branch: deliberately not in `colors`, so it takes its dominant leaves' colour. */
const BRANCH_KEY = '__branch';
/** Key of a leaf the diff does not know (a diff of another version of the scheme): grey. */
const UNKNOWN_KEY = '__unknown';

/**
 * The key of a leaf diff on the new side. A leaf with several changes (renamed and moved)
 * takes its first, in the order diffSchemes lists them; its tooltip names all of them.
 */
export function diffKeyOf(leaf: LeafDiff): DiffKey | null {
  if (leaf.status === 'removed') return null;
  if (leaf.status === 'added' || leaf.status === 'unchanged') return leaf.status;
  return leaf.changes[0] ?? 'unchanged';
}

export interface DiffChartArgs {
  /** The scheme `diff.new` belongs to. */
  scheme: Scheme;
  diff: SchemeDiff;
  /** The old scheme's label, for the title. */
  oldLabel: string;
  highlight?: string[];
  selected?: string | null;
  tc: CompareTranslate;
}

/** The tree renderer's input: the new scheme, each leaf coloured by its change. */
export function diffChartInput(args: DiffChartArgs): ChartInput {
  const { scheme, diff, tc } = args;
  const byNewId = new Map<string, LeafDiff>();
  for (const l of diff.leaves) if (l.new) byNewId.set(l.new.id, l);
  const byId = new Map(scheme.nodes.map((n) => [n.id, n]));
  const pathOf = (id: string): string[] => {
    const names: string[] = [];
    for (let n = byId.get(id), guard = 0; n && guard < 1000; guard++) {
      names.unshift(n.name);
      n = n.parent === null ? undefined : byId.get(n.parent);
    }
    return names;
  };
  const counts = new Map<DiffKey, number>(DIFF_KEYS.map((k) => [k, 0]));

  const nodes: ChartNode[] = scheme.nodes.map((n) => {
    const path = pathOf(n.id);
    if (n.children.length > 0) {
      return {
        id: n.id,
        name: n.name,
        parent: n.parent,
        colorKey: BRANCH_KEY,
        tooltip: [path.join(' › ')],
        ariaLabel: n.name,
      };
    }
    const leaf = byNewId.get(n.id);
    const key = leaf ? diffKeyOf(leaf) : null;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    const status = leaf ? statusText(leaf, tc) : '';
    return {
      id: n.id,
      name: n.name,
      parent: n.parent,
      colorKey: key ?? UNKNOWN_KEY,
      tooltip: leaf ? [path.join(' › '), status, ...details(leaf, tc)] : [path.join(' › ')],
      ariaLabel: tc('compare.aria.node', { name: n.name, status: status || '—' }),
    };
  });

  const legend: LegendEntry[] = DIFF_KEYS.map((key) => ({
    key,
    label: tc(`compare.kind.${key}` as CompareKey),
    color: DIFF_COLORS[key],
    count: counts.get(key) ?? 0,
  }));
  const colors: Record<string, string> = {};
  for (const key of DIFF_KEYS) colors[key] = DIFF_COLORS[key];
  return {
    nodes,
    colors,
    legend,
    highlight: args.highlight ?? [],
    selected: args.selected ?? null,
    title: tc('compare.tree.chartTitle', { scheme: scheme.label, old: args.oldLabel }),
    rootLabel: scheme.label,
  };
}

/** "改名 · 移动" for a changed leaf, else its status. */
export function statusText(leaf: LeafDiff, tc: CompareTranslate): string {
  if (leaf.status === 'changed' && leaf.changes.length > 0) {
    return leaf.changes.map((c) => tc(`compare.kind.${c}` as CompareKey)).join(' · ');
  }
  return tc(`compare.status.${leaf.status}` as CompareKey);
}

function details(leaf: LeafDiff, tc: CompareTranslate): string[] {
  const lines: string[] = [];
  if (leaf.old && (leaf.changes.includes('renamed') || leaf.changes.includes('moved'))) {
    lines.push(tc('compare.tooltip.was', { path: leaf.old.path.join(' › ') }));
  }
  if (leaf.changes.includes('points-changed')) {
    lines.push(
      tc('compare.tooltip.points', {
        old: fmtPoints(leaf.old?.points),
        new: fmtPoints(leaf.new?.points),
      }),
    );
  }
  if (leaf.matchedBy === 'similarity' && leaf.similarity !== null) {
    lines.push(tc('compare.tooltip.similarity', { s: fmtSimilarity(leaf.similarity) }));
  }
  return lines;
}
