import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateSmallArcs, type ArcSpan } from '../../src/charts/aggregateArcs';

const deg = (d: number) => (d * Math.PI) / 180;

/** Children laid side by side from angle 0, each as wide as its share of the leaves. */
function lay(leaves: number[], total = deg(90)): ArcSpan[] {
  const sum = leaves.reduce((a, b) => a + b, 0);
  let x = 0;
  return leaves.map((n) => {
    const span = { x0: x, x1: x + (total * n) / sum, leaves: n };
    x = span.x1;
    return span;
  });
}

describe('aggregateSmallArcs(children, minAngle)', () => {
  it.each([
    {
      name: 'folds the two thin arcs of a sub-item into one "+2" mark',
      leaves: [60, 30, 0.3, 0.2].map((d) => d * 10), // 600, 300, 3, 2 leaves over 90°
      shown: 2,
      more: { count: 2, leaves: 5 },
    },
    {
      name: 'draws every arc when all are wide enough',
      leaves: [10, 10, 10],
      shown: 3,
      more: null,
    },
    {
      name: 'replaces all children when all are too thin',
      leaves: Array.from({ length: 400 }, () => 1),
      shown: 0,
      more: { count: 400, leaves: 400 },
    },
  ])('$name', ({ leaves, shown, more }) => {
    const r = aggregateSmallArcs(lay(leaves), deg(0.5));
    expect(r.shown).toHaveLength(shown);
    if (more === null) expect(r.more).toBeNull();
    else expect(r.more).toMatchObject(more);
  });

  it('spans exactly the arcs it replaces when they sit together at the end', () => {
    const arcs = lay([500, 400, 2, 1, 1]);
    const r = aggregateSmallArcs(arcs, deg(0.5));
    expect(r.more?.x0).toBeCloseTo(arcs[2].x0, 12);
    expect(r.more?.x1).toBeCloseTo(arcs[4].x1, 12);
  });

  it('accounts for exactly the leaves of the parent: shown + mark = all (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        (leaves, minAngle) => {
          const sorted = [...leaves].sort((a, b) => b - a);
          const r = aggregateSmallArcs(lay(sorted, 2 * Math.PI), minAngle);
          const shown = r.shown.reduce((a, c) => a + c.leaves, 0);
          const total = leaves.reduce((a, b) => a + b, 0);
          expect(shown + (r.more?.leaves ?? 0)).toBe(total);
          expect(r.shown.length + (r.more?.count ?? 0)).toBe(leaves.length);
          expect(r.shown.every((c) => c.x1 - c.x0 >= minAngle)).toBe(true);
          expect(r.hidden.every((c) => c.x1 - c.x0 < minAngle)).toBe(true);
        },
      ),
    );
  });

  it('does not modify the children it was given', () => {
    const arcs = lay([50, 1, 1]);
    const copy = structuredClone(arcs);
    aggregateSmallArcs(arcs, deg(2));
    expect(arcs).toEqual(copy);
  });
});
