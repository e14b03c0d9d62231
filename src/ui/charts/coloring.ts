/**
 * What each colour means under each "colour by" choice (issue 3: top-level branch, kind,
 * incentive, overlap cluster, department, formalism flag), with a legend that counts the
 * leaves each colour covers. Internal nodes take their branch's colour when colouring by
 * branch; otherwise their key is deliberately absent from `colors`, so the chart draws them
 * in the lighter colour of their dominant leaves (src/charts/types.ts, ChartNode).
 */
import { ALL_FLAGS } from '../../core/classify/flagGroups';
import type { MessageKey } from '../i18n/zh';
import type { LegendEntry } from '../../charts/types';
import type { FlagType } from '../../core/types';
import type { Translate } from '../overview/doorLabel';
import type { SchemeView } from '../state/schemeView';

export type ColorBy = 'branch' | 'kind' | 'incentive' | 'cluster' | 'department' | 'flag';
export const COLOR_BY: ColorBy[] = ['branch', 'kind', 'incentive', 'cluster', 'department', 'flag'];

/** Tableau 10: distinct hues that stay readable on white and in print. */
const CATEGORICAL = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#86bcb6',
];
const NONE = '#d5dae1';
/** Key of internal nodes outside branch mode; not in `colors`, never in the legend. */
export const GROUP_KEY = '__branch';

const FIXED: Partial<Record<ColorBy, Record<string, string>>> = {
  kind: { process: '#e07b39', outcome: '#3a9a5b', mixed: '#8e6bbf', unknown: '#b4bac3' },
  incentive: { negative: '#d1495b', positive: '#2f9e6e', neutral: '#5b8fc7', unknown: '#b4bac3' },
};
/** Legend order, and which flag colours a leaf with several: what it measures first. */
const FLAG_ORDER = ALL_FLAGS;
/** At most this many departments or clusters get a colour of their own; the rest share one. */
const MAX_DISTINCT = 9;

export interface Coloring {
  keyOf(id: string): string;
  colors: Record<string, string>;
  legend: LegendEntry[];
}

/** The colour key of every node, the colours, and a legend counting leaves per colour. */
export function colorBy(mode: ColorBy, view: SchemeView, t: Translate): Coloring {
  const { scheme } = view;
  const leaves = scheme.nodes.filter((n) => n.children.length === 0);
  const isLeaf = (id: string) => (view.byId.get(id)?.children.length ?? 0) === 0;
  let leafKey: (id: string) => string;
  const colors: Record<string, string> = {};
  const labels = new Map<string, string>();
  let order: string[] = [];

  if (mode === 'branch') {
    const top = scheme.nodes.filter((n) => n.parent === null);
    top.forEach((n, i) => {
      colors[`branch:${n.id}`] = CATEGORICAL[i % CATEGORICAL.length];
      labels.set(`branch:${n.id}`, n.name);
    });
    order = top.map((n) => `branch:${n.id}`);
    // Memoised per node: a node's branch is its parent's, so each walk stops at the first
    // ancestor already known (100,000 walks to the top were a chart's colouring, issue 5).
    const known = new Map<string, string>();
    const branchOf = (id: string): string => {
      const hit = known.get(id);
      if (hit !== undefined) return hit;
      const trail: string[] = [];
      let n = view.byId.get(id);
      let key: string | undefined;
      for (let guard = 0; n && guard < 1000; guard++) {
        key = known.get(n.id);
        if (key !== undefined) break;
        trail.push(n.id);
        if (n.parent === null) {
          key = `branch:${n.id}`;
          break;
        }
        n = view.byId.get(n.parent);
      }
      // A walk that ran off the tree (an unknown parent) or hit the guard: no branch.
      key ??= GROUP_KEY;
      for (const t of trail) known.set(t, key);
      return key;
    };
    const keyOf = (id: string) => branchOf(id);
    return finish(keyOf, keyOf);
  }

  if (mode === 'kind' || mode === 'incentive') {
    Object.assign(colors, FIXED[mode]);
    order = Object.keys(FIXED[mode] ?? {});
    for (const k of order) labels.set(k, t(`${mode}.${k}` as MessageKey));
    leafKey = (id) => {
      const c = view.classOf.get(id);
      return c ? (mode === 'kind' ? c.kind : c.incentive) : 'unknown';
    };
  } else if (mode === 'cluster') {
    // Clusters by size, largest first, so the biggest duplications get the clearest colours.
    const keyOfCluster = new Map<number, string>();
    view.clusterOrder.forEach((i, rank) => {
      const key = rank < MAX_DISTINCT ? `cluster:${i}` : 'cluster:other';
      keyOfCluster.set(i, key);
      if (!(key in colors)) {
        colors[key] = rank < MAX_DISTINCT ? CATEGORICAL[rank] : '#7f8a96';
        labels.set(
          key,
          rank < MAX_DISTINCT ? t('color.cluster.n', { n: rank + 1 }) : t('color.otherClusters'),
        );
        order.push(key);
      }
    });
    colors['cluster:none'] = NONE;
    labels.set('cluster:none', t('color.noCluster'));
    order.push('cluster:none');
    leafKey = (id) => {
      const i = view.clusterOf.get(id);
      return i === undefined ? 'cluster:none' : (keyOfCluster.get(i) ?? 'cluster:none');
    };
  } else if (mode === 'department') {
    const tally = new Map<string, number>();
    for (const l of leaves) {
      const d = view.department(l.id) ?? '';
      tally.set(d, (tally.get(d) ?? 0) + 1);
    }
    const named = [...tally.entries()].filter(([d]) => d !== '').sort((a, b) => b[1] - a[1]);
    const keyOfDept = new Map<string, string>();
    named.forEach(([d], rank) => {
      const key = rank < MAX_DISTINCT ? `dept:${d}` : 'dept:other';
      keyOfDept.set(d, key);
      if (!(key in colors)) {
        colors[key] = rank < MAX_DISTINCT ? CATEGORICAL[rank] : '#7f8a96';
        labels.set(key, rank < MAX_DISTINCT ? d : t('color.otherDepartments'));
        order.push(key);
      }
    });
    colors['dept:none'] = NONE;
    labels.set('dept:none', t('color.noDepartment'));
    order.push('dept:none');
    leafKey = (id) => keyOfDept.get(view.department(id) ?? '') ?? 'dept:none';
  } else {
    FLAG_ORDER.forEach((f, i) => {
      colors[`flag:${f}`] = CATEGORICAL[(i + 2) % CATEGORICAL.length];
      labels.set(`flag:${f}`, t(`flag.${f}` as MessageKey));
    });
    order = FLAG_ORDER.map((f) => `flag:${f}`);
    colors['flag:none'] = NONE;
    labels.set('flag:none', t('color.noFlag'));
    order.push('flag:none');
    // A leaf with several flags takes the one first in FLAG_ORDER: what the item measures
    // (meetings, paperwork …) before its shape (micro-item), which would otherwise colour
    // most of a large scheme the same.
    leafKey = (id) => {
      const flags = view.classOf.get(id)?.flags ?? [];
      const rank = (t: FlagType) => FLAG_ORDER.indexOf(t);
      const first = flags.reduce<FlagType | null>(
        (best, f) => (best === null || rank(f.type) < rank(best) ? f.type : best),
        null,
      );
      return first ? `flag:${first}` : 'flag:none';
    };
  }
  return finish((id) => (isLeaf(id) ? leafKey(id) : GROUP_KEY), leafKey);

  function finish(keyOf: (id: string) => string, leafKeyOf: (id: string) => string): Coloring {
    const counts = new Map<string, number>();
    for (const l of leaves) {
      const k = leafKeyOf(l.id);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const legend: LegendEntry[] = order
      .filter((k) => (counts.get(k) ?? 0) > 0)
      .map((k) => ({
        key: k,
        label: labels.get(k) ?? k,
        color: colors[k],
        count: counts.get(k) ?? 0,
      }));
    return { keyOf, colors, legend };
  }
}
