/**
 * "Every number is a door" (issue 3): for each number of the overview, the indicators behind
 * it. These are selections over the analysis the worker returned — no metric is recomputed
 * here; each list has exactly as many ids as the number it opens counts.
 */
import { isCriteriaFlag } from '../../core/classify/flagGroups';
import type { Analysis, FlagType, Scheme } from '../../core/types';

/** Which number was opened. */
export type DoorKey =
  | `level:${number}`
  | 'leaves'
  | 'depth'
  | 'departments'
  | 'overlap'
  | 'redundant'
  | 'crossDept'
  | 'negative'
  | 'negativePoints'
  | 'vetoes'
  | 'unknownIncentive'
  | 'process'
  | 'processPoints'
  | 'mixed'
  | 'unknownKind'
  | 'flagged'
  | 'criteria'
  | 'structural'
  | `flag:${FlagType}`;

/** Which evidence explains the indicators of a door, shown next to each of them. */
export type DoorEvidence = 'kind' | 'incentive' | 'veto' | 'flags' | 'overlap' | 'none';

export interface Door {
  key: DoorKey;
  /** Ids in file order. */
  ids: string[];
  evidence: DoorEvidence;
}

/**
 * The ids behind every number of the overview, keyed by door. One walk over the nodes in
 * file order fills every list (issue 5: at 100,000 leaves a filter per door was a third of
 * a second on the main thread).
 */
export function doorsOf(scheme: Scheme, analysis: Analysis): Map<DoorKey, Door> {
  const lists = new Map<DoorKey, Door>();
  const list = (key: DoorKey, evidence: DoorEvidence): string[] => {
    const ids: string[] = [];
    lists.set(key, { key, ids, evidence });
    return ids;
  };
  const depth = analysis.counts.depth;
  const levels: string[][] = [];
  for (let level = 1; level <= depth; level++) levels.push(list(`level:${level}`, 'none'));
  const all = list('leaves', 'kind');
  const deepest = list('depth', 'none');
  const departments = list('departments', 'none');
  const overlap = list('overlap', 'overlap');
  const redundant = list('redundant', 'overlap');
  const crossDept = list('crossDept', 'overlap');
  const negative = list('negative', 'incentive');
  const negativePoints = list('negativePoints', 'incentive');
  const vetoes = list('vetoes', 'veto');
  const unknownIncentive = list('unknownIncentive', 'incentive');
  const process = list('process', 'kind');
  const processPoints = list('processPoints', 'kind');
  const mixed = list('mixed', 'kind');
  const unknownKind = list('unknownKind', 'kind');
  const flagged = list('flagged', 'flags');
  const criteria = list('criteria', 'flags');
  const structural = list('structural', 'flags');
  const byType = new Map<FlagType, string[]>();
  for (const type of Object.keys(analysis.flags.byType) as FlagType[]) {
    byType.set(type, list(`flag:${type}`, 'flags'));
  }

  const clusters = analysis.overlap.clusters.filter((c) => c.members.length > 1);
  const inCluster = new Set(clusters.flatMap((c) => c.members));
  // Σ(cluster size − 1) (DESIGN.md): a merge keeps the first member of each cluster.
  const notFirst = new Set(clusters.flatMap((c) => c.members.slice(1)));
  const inCross = new Set(clusters.filter((c) => c.crossDepartment).flatMap((c) => c.members));

  // Departments are inherited from the nearest ancestor that names one (core/tree.ts); nodes
  // come parents first (types.ts), so a parent's answer is known before its children ask.
  const parentHasDepartment = new Map<string, boolean>();
  const hasDepartment = (node: Scheme['nodes'][number]) =>
    !!node.department || (node.parent !== null && !!parentHasDepartment.get(node.parent));
  // The analysis lists leaves in file order (types.ts), so each leaf meets its node by
  // walking both lists together; a map is built only if they ever disagree.
  const leafNodes: Scheme['nodes'] = [];
  for (const node of scheme.nodes) {
    if (node.level >= 1 && node.level <= depth) levels[node.level - 1].push(node.id);
    if (node.level === depth) deepest.push(node.id);
    if (node.children.length > 0) parentHasDepartment.set(node.id, hasDepartment(node));
    else leafNodes.push(node);
  }
  let nodeOf: Map<string, Scheme['nodes'][number]> | null = null;
  const nodeAt = (i: number, id: string) => {
    if (leafNodes[i]?.id === id) return leafNodes[i];
    nodeOf ??= new Map(leafNodes.map((n) => [n.id, n]));
    return nodeOf.get(id);
  };

  analysis.leaves.forEach((l, i) => {
    const id = l.id;
    const node = nodeAt(i, id);
    const points = node?.points !== undefined;
    all.push(id);
    if (node && hasDepartment(node)) departments.push(id);
    if (inCluster.has(id)) overlap.push(id);
    if (notFirst.has(id)) redundant.push(id);
    if (inCross.has(id)) crossDept.push(id);
    if (l.incentive === 'negative') {
      negative.push(id);
      if (points) negativePoints.push(id);
    } else if (l.incentive === 'unknown') unknownIncentive.push(id);
    if (l.veto) vetoes.push(id);
    if (l.kind === 'process') {
      process.push(id);
      if (points) processPoints.push(id);
    } else if (l.kind === 'mixed') mixed.push(id);
    else if (l.kind === 'unknown') unknownKind.push(id);
    if (l.flags.length === 0) return;
    flagged.push(id);
    if (l.flags.some((f) => isCriteriaFlag(f.type))) criteria.push(id);
    if (l.flags.some((f) => !isCriteriaFlag(f.type))) structural.push(id);
    for (const type of new Set(l.flags.map((f) => f.type))) byType.get(type)?.push(id);
  });
  return lists;
}
