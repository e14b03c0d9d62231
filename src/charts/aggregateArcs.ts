/** An arc's angular extent (radians) and the detailed items (leaves) under it. */
export interface ArcSpan {
  x0: number;
  x1: number;
  leaves: number;
}

/** One "+N" mark standing for the small arcs of one parent. */
export interface ArcAggregate {
  /** Angular extent covering every replaced arc. */
  x0: number;
  x1: number;
  /** How many sibling arcs it replaces (the N of "+N"). */
  count: number;
  /** Leaves under the replaced arcs: exactly what they accounted for. */
  leaves: number;
}

/** The children of one parent split into arcs to draw and one mark for the rest. */
export interface AggregatedArcs<T extends ArcSpan> {
  shown: T[];
  hidden: T[];
  more: ArcAggregate | null;
}

/**
 * Splits a parent's child arcs into those wide enough to see (span ≥ minAngle) and one "+N"
 * mark for all the others, so a sunburst of 100,000 leaves draws at most a few thousand
 * elements (charts.md: arcs under ~0.5° or ~2 px are aggregated, one mark per parent).
 * The mark's leaves are the sum of the leaves it replaces, so shown + mark add up to the
 * parent. Its extent spans the replaced arcs; they are contiguous when the children are
 * sorted by size, as the sunburst sorts them.
 */
export function aggregateSmallArcs<T extends ArcSpan>(
  children: readonly T[],
  minAngle: number,
): AggregatedArcs<T> {
  const shown: T[] = [];
  const hidden: T[] = [];
  for (const c of children) (c.x1 - c.x0 >= minAngle ? shown : hidden).push(c);
  if (hidden.length === 0) return { shown, hidden, more: null };
  let x0 = Infinity;
  let x1 = -Infinity;
  let leaves = 0;
  for (const c of hidden) {
    x0 = Math.min(x0, c.x0);
    x1 = Math.max(x1, c.x1);
    leaves += c.leaves;
  }
  return { shown, hidden, more: { x0, x1, count: hidden.length, leaves } };
}
