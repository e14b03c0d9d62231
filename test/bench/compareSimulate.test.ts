import { describe, expect, it } from 'vitest';
import { measureCompareSimulate } from '../../bench/compareSimulate';

describe('measureCompareSimulate(leaves, seed) (not timed: the figures, not their speed)', () => {
  const f = measureCompareSimulate(300, 1);

  it('diffs year 1 with year 2, which keeps every item and adds about 10%', () => {
    expect(f.leavesOld).toBe(300);
    expect(f.leavesNew).toBe(330);
    expect(f.diffCounts.unchanged).toBe(300);
    expect(f.diffCounts.added).toBe(30);
    expect(f.diffCounts.removed).toBe(0);
  });

  it('simulates under both policies, each removing items and leaving the same leaves', () => {
    expect(f.simulate.map((p) => p.policy)).toEqual(['keep-leaf-points', 'keep-parent-totals']);
    for (const p of f.simulate) {
      expect(p.removed).toBeGreaterThan(0);
      expect(p.leavesAfter).toBeLessThan(300);
    }
    // The policies move points, not which items go: keeping totals scales a branch's
    // remaining leaves by one factor, which keeps their order by points, so the cap keeps
    // the same ones.
    expect(f.simulate[0].leavesAfter).toBe(f.simulate[1].leavesAfter);
  });

  it('matches two unrelated seeds mostly by nothing: most leaves are removed and added', () => {
    expect(f.seeds.removed).toBeGreaterThan(150);
    expect(f.seeds.added).toBeGreaterThan(150);
  });
});
