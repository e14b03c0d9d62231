import { describe, expect, it } from 'vitest';
import { countScheme } from '../../../src/core/metrics/counts';
import { schemeOf } from '../overlap/schemeOf';

/**
 * A small county scheme, counted by hand:
 *
 * 安全生产 30                                  县应急局 on 签订 and on 隐患排查
 * ├ 安全责任 10      ← children 4 + 5 = 9 ≠ 10
 * │ ├ 签订安全责任书 4  (县应急局)
 * │ └ 召开安全会议 5
 * └ 隐患排查 20      (县应急局) ← children 0.4 + 0.8 + 0.3 = 1.5 ≠ 20
 *   ├ 上门摸排 0.4
 *   ├ 人车比 0.8
 *   └ 通报率 0.3
 * 环境保护 20 (县环保局)  ← not checked: 垃圾分类 has no points
 * ├ 污水处理 12
 * └ 垃圾分类
 * 其他事项             ← a major item with no children is a leaf
 */
const golden = schemeOf([
  { id: 'A', name: '安全生产', points: 30 },
  { id: 'A1', name: '安全责任', parent: 'A', points: 10 },
  { id: 'A1a', name: '签订安全责任书', parent: 'A1', points: 4, department: '县应急局' },
  { id: 'A1b', name: '召开安全会议', parent: 'A1', points: 5 },
  { id: 'A2', name: '隐患排查', parent: 'A', points: 20, department: '县应急局' },
  { id: 'A2a', name: '上门摸排', parent: 'A2', points: 0.4 },
  { id: 'A2b', name: '人车比', parent: 'A2', points: 0.8 },
  { id: 'A2c', name: '通报率', parent: 'A2', points: 0.3 },
  { id: 'B', name: '环境保护', points: 20, department: '县环保局' },
  { id: 'B1', name: '污水处理', parent: 'B', points: 12 },
  { id: 'B2', name: '垃圾分类', parent: 'B' },
  { id: 'C', name: '其他事项' },
]);

describe('countScheme(scheme)', () => {
  it('counts a hand-made golden scheme', () => {
    expect(countScheme(golden)).toEqual({
      byLevel: [3, 4, 5],
      leaves: 8, // A1a A1b A2a A2b A2c B1 B2 C
      depth: 3,
      nodes: 12,
      childrenMean: 9 / 4, // A 2, A1 2, A2 3, B 2
      childrenMax: 3,
      pointsByLevel: [50, 42, 10.5], // 30 + 20; 10 + 20 + 12; 4 + 5 + 0.4 + 0.8 + 0.3
      pointsMismatches: [
        { id: 'A1', points: 10, childrenSum: 9 },
        { id: 'A2', points: 20, childrenSum: 1.5 }, // not 1.5000000000000002
      ],
      // A1a and A2a–c: 县应急局 (own or from 隐患排查); A1b and C: none; B1, B2: 县环保局.
      // '' and 县环保局 tie at 2: '' appears first (A1b).
      byDepartment: [
        { department: '县应急局', leaves: 4 },
        { department: '', leaves: 2 },
        { department: '县环保局', leaves: 2 },
      ],
    });
  });

  it.each([
    ['children add up exactly', [6, 4], 10, []],
    ['children add up within 1e-6 (0.1 + 0.2 vs 0.3)', [0.1, 0.2], 0.3, []],
    ['children add up to more', [6, 5], 10, [{ id: 'P', points: 10, childrenSum: 11 }]],
    ['a child has no points: not checked', [6, undefined], 10, []],
    ['the parent has no points: not checked', [6, 5], undefined, []],
  ])('reports points mismatches: %s', (_, children, parentPoints, expected) => {
    const scheme = schemeOf([
      { id: 'P', name: '党建工作', points: parentPoints },
      ...children.map((points, i) => ({ id: `P${i}`, name: `第${i}项`, parent: 'P', points })),
    ]);
    expect(countScheme(scheme).pointsMismatches).toEqual(expected);
  });

  it('gives null points for a level where no node has points', () => {
    const scheme = schemeOf([
      { id: '1', name: '河长制' },
      { id: '1.1', name: '巡河', parent: '1', points: 2 },
      { id: '1.2', name: '台账', parent: '1', points: 1.5 },
    ]);
    expect(countScheme(scheme).pointsByLevel).toEqual([null, 3.5]);
  });

  it('counts an empty scheme as zeros', () => {
    expect(countScheme(schemeOf([]))).toEqual({
      byLevel: [],
      leaves: 0,
      depth: 0,
      nodes: 0,
      childrenMean: 0,
      childrenMax: 0,
      pointsByLevel: [],
      pointsMismatches: [],
      byDepartment: [],
    });
  });

  it('does not modify the scheme it was given', () => {
    const copy = structuredClone(golden);
    countScheme(golden);
    expect(golden).toEqual(copy);
  });
});
