import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../../src/core/analyze';
import { importScheme } from '../../../src/core/import/importScheme';
import { simulate, type SimulationStep } from '../../../src/core/simulate/simulate';
import type { OverlapSummary, Scheme } from '../../../src/core/types';

function scheme(lines: string[]): Scheme {
  const csv = ['编号,上级编号,指标名称,分值', ...lines].join('\r\n') + '\r\n';
  const r = importScheme(new TextEncoder().encode(csv), 's.csv');
  if (!r.scheme) throw new Error(JSON.stringify(r.issues));
  return r.scheme;
}

const BASE = scheme([
  'A,,安全生产,10',
  'A1,A,开展安全生产检查,6',
  'A2,A,召开安全生产工作会议,4',
  'B,,党的建设,10',
  'B1,B,理论学习中心组集中学习,5',
  'B2,B,理论学习中心组集中学习制度,3',
  'B3,B,设置村务公开栏,2',
  'C,,经济发展,5',
  'C1,C,招商引资完成率,5',
]);

const pointsOf = (s: Scheme) =>
  Object.fromEntries(s.nodes.filter((n) => n.children.length === 0).map((n) => [n.id, n.points]));

describe('simulate(scheme, steps) works on a copy', () => {
  it('never changes the scheme it was given', () => {
    const before = structuredClone(BASE);
    simulate(BASE, [{ type: 'delete', id: 'A2' }, { type: 'merge-overlap' }], 'keep-parent-totals');
    expect(BASE).toEqual(before);
  });
});

describe('simulate(scheme, steps, policy) applies each step', () => {
  it.each<
    [string, SimulationStep[], 'keep-leaf-points' | 'keep-parent-totals', Record<string, number>]
  >([
    [
      'delete, keeping leaf points',
      [{ type: 'delete', id: 'A2' }],
      'keep-leaf-points',
      { A1: 6, B1: 5, B2: 3, B3: 2, C1: 5 },
    ],
    // A1 takes A2's 4 points: 6 × 10/6 = 10.
    [
      'delete, keeping parent totals',
      [{ type: 'delete', id: 'A2' }],
      'keep-parent-totals',
      { A1: 10, B1: 5, B2: 3, B3: 2, C1: 5 },
    ],
    // B3's 2 points go to B1, B2 in proportion 5:3 → 6.25, 3.75.
    [
      'proportional redistribution',
      [{ type: 'delete', id: 'B3' }],
      'keep-parent-totals',
      { A1: 6, A2: 4, B1: 6.25, B2: 3.75, C1: 5 },
    ],
    [
      'merge-overlap, points summed',
      [{ type: 'merge-overlap', points: 'sum' }],
      'keep-leaf-points',
      { A1: 6, A2: 4, B1: 8, B3: 2, C1: 5 },
    ],
    [
      'merge-overlap, points max',
      [{ type: 'merge-overlap', points: 'max' }],
      'keep-leaf-points',
      { A1: 6, A2: 4, B1: 5, B3: 2, C1: 5 },
    ],
    [
      'merge-overlap, first item points',
      [{ type: 'merge-overlap', points: 'first' }],
      'keep-parent-totals',
      { A1: 6, A2: 4, B1: 5, B3: 2, C1: 5 },
    ],
    [
      'drop-flag:meeting',
      [{ type: 'drop-flag', flag: 'meeting' }],
      'keep-leaf-points',
      { A1: 6, B1: 5, B2: 3, B3: 2, C1: 5 },
    ],
    [
      'cap per branch keeps the highest points',
      [{ type: 'cap', perBranch: 1 }],
      'keep-leaf-points',
      { A1: 6, B1: 5, C1: 5 },
    ],
    [
      'cap in total keeps the highest points, earlier first on ties',
      [{ type: 'cap', total: 2 }],
      'keep-leaf-points',
      { A1: 6, B1: 5 },
    ],
    [
      'set-points',
      [{ type: 'set-points', id: 'C1', points: 8 }],
      'keep-leaf-points',
      { A1: 6, A2: 4, B1: 5, B2: 3, B3: 2, C1: 8 },
    ],
  ])('%s', (_, steps, policy, expected) => {
    expect(pointsOf(simulate(BASE, steps, policy).scheme)).toEqual(expected);
  });

  it('removes a branch left without items', () => {
    const { scheme: s, records } = simulate(BASE, [{ type: 'delete', id: 'C1' }]);
    expect(s.nodes.map((n) => n.id)).not.toContain('C');
    expect(records[0].removed).toEqual(['C1', 'C']);
  });

  it('records renames, moves and points before/after', () => {
    const { scheme: s, records } = simulate(BASE, [
      { type: 'rename', id: 'B3', name: '村务公开' },
      { type: 'move', id: 'B3', parent: 'C' },
      { type: 'set-points', id: 'B3', points: 1 },
    ]);
    expect(records.map((r) => [r.renamed, r.moved, r.points])).toEqual([
      [[{ id: 'B3', from: '设置村务公开栏', to: '村务公开' }], [], []],
      [[], [{ id: 'B3', from: 'B', to: 'C' }], []],
      [[], [], [{ id: 'B3', before: 2, after: 1 }]],
    ]);
    expect(s.nodes.find((n) => n.id === 'C')!.children).toEqual(['C1', 'B3']);
  });

  it('reports ids that do not exist when replayed on another scheme, instead of throwing', () => {
    const steps = JSON.parse(
      JSON.stringify([
        { type: 'delete', id: 'Z9' },
        { type: 'rename', id: 'A1', name: '检查' },
      ]),
    );
    const { records } = simulate(BASE, steps);
    expect(records.map((r) => r.missing)).toEqual([['Z9'], []]);
  });
});

describe('simulate(scheme, [fold-process | deductions-to-attainment])', () => {
  const S = scheme([
    'E,,经济发展,',
    'E1,E,招商引资完成率,5',
    'E2,E,召开招商工作会议,3',
    'D,,日常工作,',
    'D1,D,召开会议,2',
    'D2,D,建立台账,2',
  ]);

  it('folds process items: their points go to outcome siblings; an all-process branch becomes a leaf', () => {
    const { scheme: s, records } = simulate(S, [{ type: 'fold-process' }]);
    expect(pointsOf(s)).toEqual({ E1: 8, D: 4 });
    expect(records[0].removed.sort()).toEqual(['D1', 'D2', 'E2']);
  });

  it('rewrites deduction-only rules to attainment scoring and records the old rule', () => {
    const csv =
      '编号,上级编号,指标名称,分值,评分标准\r\nA,,经济,\r\nA1,A,招商引资完成率,5,每少1%扣1分\r\nA2,A,项目落地,5,完成得5分\r\n';
    const s = importScheme(new TextEncoder().encode(csv), 's.csv').scheme!;
    const { scheme: after, records } = simulate(s, [{ type: 'deductions-to-attainment' }]);
    expect(records[0].rules).toEqual([
      { id: 'A1', before: '每少1%扣1分', after: '按完成情况得分' },
    ]);
    expect(after.nodes.find((n) => n.id === 'A2')!.rule).toBe('完成得5分');
  });
});

describe('simulate(scheme, steps, policy, { overlap }) reuses the overlap of an analysis', () => {
  const STEPS: SimulationStep[] = [
    { type: 'merge-overlap', points: 'sum' },
    { type: 'drop-flag', flag: 'meeting' },
    { type: 'cap', perBranch: 10 },
  ];
  const real = importScheme(
    readFileSync(resolve(import.meta.dirname, '../../../data/scheme-2020.csv')),
    'scheme-2020.csv',
  ).scheme!;

  it.each(['keep-leaf-points', 'keep-parent-totals'] as const)(
    'gives what it gives without it, on a real scheme (%s)',
    (policy) => {
      const { overlap } = analyzeScheme(real);
      expect(overlap.clusters.length).toBeGreaterThan(0);
      const given = simulate(real, STEPS, policy, { overlap });
      expect(given.records[0].removed.length).toBeGreaterThan(0);
      expect(given).toEqual(simulate(real, STEPS, policy));
    },
  );

  // A made-up summary in which A1 and C1 overlap: whether it is used shows in A1's points.
  const made = (change: Partial<OverlapSummary> = {}): OverlapSummary => ({
    ...analyzeScheme(BASE).overlap,
    clusters: [
      {
        members: ['A1', 'C1'],
        departments: [],
        crossDepartment: false,
        maxSimilarity: 1,
        pairs: [{ a: 'A1', b: 'C1', similarity: 1 }],
      },
    ],
    ...change,
  });
  const merge: SimulationStep = { type: 'merge-overlap', points: 'sum' };

  it('merges the clusters it is given instead of finding them', () => {
    const { scheme: s } = simulate(BASE, [merge], 'keep-leaf-points', { overlap: made() });
    expect(pointsOf(s)).toEqual({ A1: 11, A2: 4, B1: 5, B2: 3, B3: 2 });
  });

  it.each<[string, SimulationStep[], OverlapSummary]>([
    ['at another threshold', [merge], made({ threshold: 0.3 })],
    ['found by MinHash, which may miss pairs', [merge], made({ method: 'lsh' })],
    [
      'naming a leaf the scheme lacks',
      [merge],
      made({ clusters: [{ ...made().clusters[0], members: ['A1', 'Z9'] }] }),
    ],
    [
      'after an earlier step changed the scheme',
      [{ type: 'set-points', id: 'B3', points: 1 }, merge],
      made(),
    ],
  ])('finds the overlap again when the given one is %s', (_, steps, overlap) => {
    expect(simulate(BASE, steps, 'keep-leaf-points', { overlap })).toEqual(
      simulate(BASE, steps, 'keep-leaf-points'),
    );
  });
});
