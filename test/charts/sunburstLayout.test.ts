import { describe, expect, it } from 'vitest';
import { indexTree } from '../../src/charts/hierarchy';
import {
  focusArc,
  itemArc,
  minVisibleAngle,
  partitionTree,
  visibleItems,
  type SunNode,
} from '../../src/charts/sunburstLayout';
import { huge, shicheng } from './fixture';

const RING = 79; // ring radius of a 640 px sunburst with three rings
const minAngle = (k: number) => minVisibleAngle(k, RING);

describe('partitionTree(index)', () => {
  it('counts every leaf as 1 and sorts siblings largest first', () => {
    const root = partitionTree(indexTree(shicheng()));
    expect(root.value).toBe(29);
    expect(root.children!.map((c) => [c.data.id, c.value])).toEqual([
      ['s4', 12],
      ['s1', 10],
      ['s3', 4],
      ['s2', 1], // equal sizes keep file order
      ['s5', 1],
      ['s6', 1],
    ]);
  });
});

describe('focusArc(node, focus)', () => {
  it('gives the focused branch the full circle and moves its children to ring 1', () => {
    const root = partitionTree(indexTree(shicheng()));
    const s1 = root.children!.find((c) => c.data.id === 's1')!;
    expect(focusArc(s1, s1)).toMatchObject({ x0: 0, x1: 2 * Math.PI, y0: 0, y1: 1 });
    const i5 = s1.children!.find((c) => c.data.id === 'i5')!; // 3 of s1's 10 leaves
    const a = focusArc(i5, s1);
    expect(a.x1 - a.x0).toBeCloseTo((2 * Math.PI * 3) / 10, 10);
    expect([a.y0, a.y1]).toEqual([1, 2]);
  });
});

describe('visibleItems(focus, rings, minAngle)', () => {
  it('draws every node of the 石城 scheme at the root (all arcs are wide enough)', () => {
    const root = partitionTree(indexTree(shicheng()));
    const items = visibleItems(root, 3, minAngle);
    expect(items.every((i) => i.type === 'node')).toBe(true);
    expect(items).toHaveLength(35);
  });

  it('zoomed into a section, draws only that section', () => {
    const root = partitionTree(indexTree(shicheng()));
    const s1 = root.children!.find((c) => c.data.id === 's1')!;
    const ids = visibleItems(s1, 3, minAngle).map((i) => i.key);
    expect(ids.sort()).toEqual([
      'i1',
      'i2',
      'i3',
      'i4',
      'i5',
      'i5.1',
      'i5.2',
      'i5.3',
      'i6',
      'i6.1',
      'i6.2',
      'i6.3',
    ]);
  });

  it('keeps ~100,000 leaves to a few hundred elements, every leaf accounted for', () => {
    const t0 = performance.now();
    const root = partitionTree(indexTree(huge()));
    const items = visibleItems(root, 3, minAngle);
    const ms = performance.now() - t0;
    expect(root.value).toBe(98_800);
    expect(items.length).toBeLessThan(3000);
    // Per drawn parent: the leaves of its drawn children plus its mark = its own leaves.
    const drawn = new Set(items.filter((i) => i.type === 'node').map((i) => i.key));
    const parents: SunNode[] = [
      root,
      ...root.descendants().filter((d) => drawn.has(d.data.id) && d.depth < 3),
    ];
    for (const p of parents) {
      const shown = p
        .children!.filter((c) => drawn.has(c.data.id))
        .reduce((a, c) => a + c.value!, 0);
      const mark = items.find((i) => i.type === 'more' && i.parent === p);
      expect(shown + (mark?.type === 'more' ? mark.leaves : 0)).toBe(p.value);
    }
    // Ring 2: per major, the 30 large sub-items are drawn and the 120 of 100 items folded.
    const marks = items.filter((i) => i.type === 'more' && i.parent.depth === 1);
    expect(marks.map((m) => (m.type === 'more' ? [m.members.length, m.leaves] : []))).toEqual(
      Array.from({ length: 4 }, () => [120, 12_000]),
    );
    console.info(`visibleItems: ${items.length} items for 98,800 leaves in ${ms.toFixed(0)} ms`);
  });

  it('places a mark over the arcs it replaces', () => {
    const root = partitionTree(indexTree(huge()));
    const mark = visibleItems(root, 3, minAngle).find(
      (i) => i.type === 'more' && i.parent.depth === 1,
    );
    if (mark?.type !== 'more') throw new Error('no mark');
    const a = itemArc(mark, root);
    const first = focusArc(mark.members[0], root);
    const last = focusArc(mark.members.at(-1)!, root);
    expect([a.x0, a.x1, a.y0, a.y1]).toEqual([first.x0, last.x1, 2, 3]);
    const parent = focusArc(mark.parent, root);
    expect(a.x1).toBeCloseTo(parent.x1, 12); // the small ones sit at the end of the parent
  });
});

describe('minVisibleAngle(ring, ringRadius)', () => {
  it.each([
    { ring: 1, radius: 79, deg: (2 / 79) * (180 / Math.PI) }, // 2 px wins near the centre
    { ring: 3, radius: 400, deg: 0.5 }, // 0.5° wins far out
  ])('ring $ring of radius $radius: $deg°', ({ ring, radius, deg }) => {
    expect((minVisibleAngle(ring, radius) * 180) / Math.PI).toBeCloseTo(deg, 6);
  });
});
