import { describe, expect, it } from 'vitest';
import { importScheme } from '../../../src/core/import/importScheme';
import {
  simulate,
  type PointsPolicy,
  type SimulationStep,
} from '../../../src/core/simulate/simulate';
import type { Scheme } from '../../../src/core/types';
import { schemeProblem } from '../../../src/core/workspace/checkScheme';

function scheme(lines: string[]): Scheme {
  const csv = ['编号,上级编号,指标名称,分值', ...lines].join('\r\n') + '\r\n';
  const r = importScheme(new TextEncoder().encode(csv), 's.csv');
  if (!r.scheme) throw new Error(JSON.stringify(r.issues));
  return r.scheme;
}

// A: 6 + 4; B: 5 + 3 + 2; C: 5.
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

const POLICIES: PointsPolicy[] = ['keep-leaf-points', 'keep-parent-totals'];

describe('simulate(scheme, [merge]) merges items by hand', () => {
  // Points rules worked out by hand: B1 5 and B3 2 → sum 7, max 5, first 5 (B1's own).
  const cases: [string, SimulationStep, Record<string, number>][] = [
    [
      'sum',
      { type: 'merge', ids: ['B1', 'B3'], points: 'sum' },
      { A1: 6, A2: 4, B1: 7, B2: 3, C1: 5 },
    ],
    [
      'max',
      { type: 'merge', ids: ['B1', 'B3'], points: 'max' },
      { A1: 6, A2: 4, B1: 5, B2: 3, C1: 5 },
    ],
    [
      'first (the survivor keeps its own)',
      { type: 'merge', ids: ['B3', 'B1'], points: 'first' },
      { A1: 6, A2: 4, B2: 3, B3: 2, C1: 5 },
    ],
    ['sum by default', { type: 'merge', ids: ['B1', 'B3'] }, { A1: 6, A2: 4, B1: 7, B2: 3, C1: 5 }],
  ];
  for (const policy of POLICIES) {
    it.each(cases)(
      `points %s, under ${policy}: the rule decides, nothing is redistributed`,
      (_, step, expected) => {
        expect(pointsOf(simulate(BASE, [step], policy).scheme)).toEqual(expected);
      },
    );
  }

  it('records what was removed, renamed and re-pointed; the survivor takes the new name', () => {
    const { scheme: s, records } = simulate(BASE, [
      { type: 'merge', ids: ['A1', 'C1'], name: '安全与发展', points: 'sum' },
    ]);
    // C1 goes, and C with it: a major item left without items is not an indicator.
    expect(records[0]).toMatchObject({
      removed: ['C1', 'C'],
      renamed: [{ id: 'A1', from: '开展安全生产检查', to: '安全与发展' }],
      points: [{ id: 'A1', before: 6, after: 11 }],
      missing: [],
    });
    expect(s.nodes.map((n) => n.id)).toEqual(['A', 'A1', 'A2', 'B', 'B1', 'B2', 'B3']);
    expect(schemeProblem(s)).toBeNull();
  });

  it('reports ids the scheme lacks; the first id present survives', () => {
    const { scheme: s, records } = simulate(BASE, [
      { type: 'merge', ids: ['Z9', 'B2', 'B3'], points: 'max' },
    ]);
    expect(records[0].missing).toEqual(['Z9']);
    expect(records[0].removed).toEqual(['B3']);
    expect(pointsOf(s)).toMatchObject({ B1: 5, B2: 3 });
  });

  it('does not remove an ancestor of the survivor (that would remove the survivor)', () => {
    const { scheme: s, records } = simulate(BASE, [{ type: 'merge', ids: ['B1', 'B'] }]);
    expect(records[0].removed).toEqual([]);
    expect(s).toEqual(BASE);
  });

  it('does not change the scheme it was given', () => {
    const before = structuredClone(BASE);
    simulate(BASE, [{ type: 'merge', ids: ['A1', 'B1', 'C1'], name: 'x' }], 'keep-parent-totals');
    expect(BASE).toEqual(before);
  });
});

describe('simulate(scheme, [move])', () => {
  const DEEP = scheme([
    'A,,安全生产,',
    'A1,A,安全检查,',
    'A11,A1,隐患排查,3',
    'A12,A1,执法检查,2',
    'B,,党的建设,',
    'B1,B,理论学习,5',
  ]);

  it('moves a branch with its descendants, their levels following, parents still first', () => {
    const { scheme: s, records } = simulate(DEEP, [{ type: 'move', id: 'A1', parent: 'B1' }]);
    const level = Object.fromEntries(s.nodes.map((n) => [n.id, n.level]));
    expect(level).toEqual({ A: 1, B: 1, B1: 2, A1: 3, A11: 4, A12: 4 });
    expect(s.nodes.map((n) => n.id)).toEqual(['A', 'B', 'B1', 'A1', 'A11', 'A12']);
    expect(records[0].moved).toEqual([{ id: 'A1', from: 'A', to: 'B1' }]);
    expect(schemeProblem(s)).toBeNull();
  });

  it('refuses a move under the node’s own descendant (it would make a cycle)', () => {
    const { scheme: s, records } = simulate(DEEP, [{ type: 'move', id: 'A', parent: 'A11' }]);
    expect(records[0].moved).toEqual([]);
    expect(s).toEqual(DEEP);
  });
});
