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

/** The ids behind every number of the overview, keyed by door. */
export function doorsOf(scheme: Scheme, analysis: Analysis): Map<DoorKey, Door> {
  const doors = new Map<DoorKey, Door>();
  const put = (key: DoorKey, ids: string[], evidence: DoorEvidence) =>
    doors.set(key, { key, ids, evidence });

  const byId = new Map(scheme.nodes.map((n) => [n.id, n]));
  const leaves = analysis.leaves;
  const leafIds = (pred: (l: (typeof leaves)[number]) => boolean) =>
    leaves.filter(pred).map((l) => l.id);
  const hasPoints = (id: string) => byId.get(id)?.points !== undefined;

  const depth = analysis.counts.depth;
  for (let level = 1; level <= depth; level++) {
    put(
      `level:${level}`,
      scheme.nodes.filter((n) => n.level === level).map((n) => n.id),
      'none',
    );
  }
  put(
    'leaves',
    leaves.map((l) => l.id),
    'kind',
  );
  put(
    'depth',
    scheme.nodes.filter((n) => n.level === depth).map((n) => n.id),
    'none',
  );
  // Departments are inherited from the nearest ancestor that names one (core/tree.ts).
  const withDepartment = (id: string): boolean => {
    for (let n = byId.get(id), guard = 0; n && guard < 1000; guard++) {
      if (n.department) return true;
      n = n.parent === null ? undefined : byId.get(n.parent);
    }
    return false;
  };
  put(
    'departments',
    leafIds((l) => withDepartment(l.id)),
    'none',
  );

  const clusters = analysis.overlap.clusters.filter((c) => c.members.length > 1);
  const inFileOrder = (ids: Set<string>) => leaves.filter((l) => ids.has(l.id)).map((l) => l.id);
  put('overlap', inFileOrder(new Set(clusters.flatMap((c) => c.members))), 'overlap');
  // Σ(cluster size − 1) (DESIGN.md): a merge keeps the first member of each cluster.
  put('redundant', inFileOrder(new Set(clusters.flatMap((c) => c.members.slice(1)))), 'overlap');
  put(
    'crossDept',
    inFileOrder(new Set(clusters.filter((c) => c.crossDepartment).flatMap((c) => c.members))),
    'overlap',
  );

  put(
    'negative',
    leafIds((l) => l.incentive === 'negative'),
    'incentive',
  );
  put(
    'negativePoints',
    leafIds((l) => l.incentive === 'negative' && hasPoints(l.id)),
    'incentive',
  );
  put(
    'vetoes',
    leafIds((l) => l.veto),
    'veto',
  );
  put(
    'unknownIncentive',
    leafIds((l) => l.incentive === 'unknown'),
    'incentive',
  );

  put(
    'process',
    leafIds((l) => l.kind === 'process'),
    'kind',
  );
  put(
    'processPoints',
    leafIds((l) => l.kind === 'process' && hasPoints(l.id)),
    'kind',
  );
  put(
    'mixed',
    leafIds((l) => l.kind === 'mixed'),
    'kind',
  );
  put(
    'unknownKind',
    leafIds((l) => l.kind === 'unknown'),
    'kind',
  );

  put(
    'flagged',
    leafIds((l) => l.flags.length > 0),
    'flags',
  );
  put(
    'criteria',
    leafIds((l) => l.flags.some((f) => isCriteriaFlag(f.type))),
    'flags',
  );
  put(
    'structural',
    leafIds((l) => l.flags.some((f) => !isCriteriaFlag(f.type))),
    'flags',
  );
  for (const type of Object.keys(analysis.flags.byType) as FlagType[]) {
    put(
      `flag:${type}`,
      leafIds((l) => l.flags.some((f) => f.type === type)),
      'flags',
    );
  }
  return doors;
}
