/**
 * The rows of the diff table for one kind of change (the count buttons filter the table).
 * A kind matches its status (added, removed, unchanged) or a change of a changed leaf, so a
 * leaf renamed and moved is listed under both — as diffSchemes counts it under both.
 */
import type { LeafDiff, SchemeDiff } from '../../core/compare/diffSchemes';

/** A kind of change with its own count button (the keys of SchemeDiff['counts']). */
export type DiffKind = keyof SchemeDiff['counts'];

/** Button order: what came and went first, what stayed last. */
export const DIFF_KINDS: DiffKind[] = [
  'added',
  'removed',
  'renamed',
  'moved',
  'points-changed',
  'unchanged',
];

/** True when the leaf belongs to the kind's count. */
export function isKind(leaf: LeafDiff, kind: DiffKind): boolean {
  if (kind === 'added' || kind === 'removed' || kind === 'unchanged') return leaf.status === kind;
  return leaf.status === 'changed' && leaf.changes.includes(kind);
}

/** The leaves of the kind (all of them for null), in the diff's order. */
export function diffRows(diff: SchemeDiff, kind: DiffKind | null): LeafDiff[] {
  return kind === null ? diff.leaves : diff.leaves.filter((l) => isKind(l, kind));
}
