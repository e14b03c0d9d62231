import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLD,
  EXACT_MAX_ITEMS,
  findOverlap,
} from '../../../src/core/overlap/findOverlap';
import type { OverlapItem } from '../../../src/core/overlap/overlapItems';

const item = (id: string, text: string, department?: string): OverlapItem =>
  department === undefined ? { id, text } : { id, text, department };

describe('findOverlap(items, threshold)', () => {
  it('joins A ~ B and B ~ C into one cluster of three even though A and C differ', () => {
    // J(A,B) = 3/5 = 0.6, J(B,C) = 3/5 = 0.6, J(A,C) = |{生产}| / 5 = 0.2 (see jaccard.test.ts)
    const items = [
      item('A', '安全生产'),
      item('B', '安全生产检查'),
      item('C', '生产检查'),
      item('D', '组织召开会议'),
    ];
    const summary = findOverlap(items, 0.5);
    expect(summary.clusters).toHaveLength(1);
    const [cluster] = summary.clusters;
    expect(cluster.members).toEqual(['A', 'B', 'C']);
    expect(cluster.pairs).toEqual([
      { a: 'A', b: 'B', similarity: 0.6 },
      { a: 'B', b: 'C', similarity: 0.6 },
    ]);
    expect(cluster.maxSimilarity).toBe(0.6);
    expect(summary.redundant).toBe(2);
    expect(summary.ratio).toBe(3 / 4);
  });

  it('joins a pair exactly at the threshold and not one just above it', () => {
    // {安全 全生 生产} vs {安全 全生 生活}: J = 2/4
    const items = [item('a', '安全生产'), item('b', '安全生活')];
    expect(findOverlap(items, 0.5).clusters).toHaveLength(1);
    expect(findOverlap(items, 0.5 + 1e-6).clusters).toHaveLength(0);
    expect(findOverlap(items, 0.5, { method: 'lsh' }).clusters).toHaveLength(1);
  });

  it('counts clusters whose members belong to two or more departments apart (多头考核)', () => {
    const items = [
      item('h1', '河长制工作', '县河长办'),
      item('h2', '湖长制工作', '县环保局'),
      item('w1', '垃圾分类处理', '县城建局'),
      item('w2', '垃圾分类处理', '县城建局'),
      item('s1', '污水处理设施建设'),
      item('s2', '污水处理设施建设', '县城建局'),
    ];
    const summary = findOverlap(items, 0.5);
    expect(summary.clusters.map((c) => [c.members, c.departments, c.crossDepartment])).toEqual([
      [['h1', 'h2'], ['县河长办', '县环保局'], true],
      [['w1', 'w2'], ['县城建局'], false],
      // a leaf without a department does not make a cluster cross-department
      [['s1', 's2'], ['县城建局'], false],
    ]);
    expect(summary.crossDepartmentClusters).toBe(1);
  });

  it('finds nothing in a scheme without duplicates', () => {
    const items = [
      item('1', '组织召开安全生产会议'),
      item('2', '建立河长制工作台账'),
      item('3', '农村生活垃圾分类试点'),
      item('4', '城镇生活污水处理率'),
      item('5', '群众满意度'),
    ];
    const summary = findOverlap(items, DEFAULT_THRESHOLD);
    expect(summary).toEqual({
      threshold: DEFAULT_THRESHOLD,
      method: 'exact',
      join: 'all-pairs',
      ratio: 0,
      redundant: 0,
      clusters: [],
      crossDepartmentClusters: 0,
    });
  });

  it('sorts clusters by size, then by their first member in file order', () => {
    const items = [
      item('p1', '安全生产'),
      item('q1', '信访维稳'),
      item('r1', '垃圾分类'),
      item('q2', '信访维稳'),
      item('r2', '垃圾分类'),
      item('r3', '垃圾分类'),
      item('p2', '安全生产'),
    ];
    const clusters = findOverlap(items, 0.5).clusters.map((c) => c.members);
    expect(clusters).toEqual([
      ['r1', 'r2', 'r3'],
      ['p1', 'p2'],
      ['q1', 'q2'],
    ]);
  });

  it('never joins items whose text normalises to nothing', () => {
    const items = [item('a', '（2分）'), item('b', '扣2分'), item('c', '')];
    expect(findOverlap(items, 0).clusters).toEqual([]);
  });

  it('handles an empty list', () => {
    expect(findOverlap([], 0.5)).toMatchObject({ ratio: 0, redundant: 0, clusters: [] });
  });

  it.each([-0.1, 1.5, Number.NaN])('rejects threshold %d with a RangeError', (threshold) => {
    expect(() => findOverlap([item('a', '安全生产')], threshold)).toThrow(RangeError);
  });

  it('compares all pairs up to EXACT_MAX_ITEMS items and uses the prefix join above, and says so', () => {
    // Three characters of their own per item (from U+4E00 on), so no two items share a
    // bigram, except the last, which repeats the first.
    const own = (i: number) => String.fromCharCode(0x4e00 + 3 * i, 0x4e01 + 3 * i, 0x4e02 + 3 * i);
    const large = Array.from({ length: EXACT_MAX_ITEMS + 1 }, (_, i) =>
      item(String(i), own(i === EXACT_MAX_ITEMS ? 0 : i)),
    );
    const small = large.slice(0, 10).concat(item('last', own(0)));
    expect(findOverlap(small, 0.5)).toMatchObject({ method: 'exact', join: 'all-pairs' });
    expect(findOverlap(small, 0.5, { method: 'lsh' })).toMatchObject({
      method: 'lsh',
      join: 'lsh',
    });
    const summary = findOverlap(large, 0.5);
    // The prefix join finds every pair, so the result is still exact.
    expect(summary).toMatchObject({ method: 'exact', join: 'prefix' });
    expect(summary.clusters.map((c) => c.members)).toEqual([['0', String(EXACT_MAX_ITEMS)]]);
  });

  it('does not modify the items it was given', () => {
    const items = [item('A', '安全生产', '县应急局'), item('B', '安全生产检查')];
    const copy = structuredClone(items);
    findOverlap(items, 0.5);
    expect(items).toEqual(copy);
  });
});
