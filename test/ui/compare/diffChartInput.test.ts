import { describe, expect, it } from 'vitest';
import { diffSchemes } from '../../../src/core/compare/diffSchemes';
import { importScheme } from '../../../src/core/import/importScheme';
import { leavesOf } from '../../../src/core/tree';
import type { Scheme } from '../../../src/core/types';
import { DIFF_KEYS, diffChartInput, diffKeyOf } from '../../../src/ui/compare/diffChartInput';
import { compareMessages, tc, type CompareKey } from '../../../src/ui/compare/messages';
import { samples } from './samples';

/** A long-form scheme from `id,parent,name,points` lines. */
function scheme(lines: string[]): Scheme {
  const csv = ['编号,上级编号,指标名称,分值', ...lines].join('\r\n') + '\r\n';
  const r = importScheme(new TextEncoder().encode(csv), 's.csv');
  if (!r.scheme) throw new Error(JSON.stringify(r.issues));
  return r.scheme;
}

// Every change read by hand: A2 renamed (会议 → 安全生产会议), B1 points 5 → 8, B2 moved to C
// as C1, B3 removed, C2 added, A1 unchanged; D1 is both renamed and moved (to C as C3).
const OLD = scheme([
  'A,,安全生产,',
  'A1,A,开展安全生产检查,10',
  'A2,A,召开安全会议,5',
  'B,,党的建设,',
  'B1,B,理论学习中心组学习,5',
  'B2,B,建立党建工作台账,3',
  'B3,B,设置村务公开栏,2',
  'D,,社会治理,',
  'D1,D,矛盾纠纷排查化解工作,4',
]);
const NEW = scheme([
  'A,,安全生产,',
  'A1,A,开展安全生产检查,10',
  'A2,A,召开安全生产会议,5',
  'B,,党的建设,',
  'B1,B,理论学习中心组学习,8',
  'C,,经济发展,',
  'C1,C,建立党建工作台账,3',
  'C2,C,招商引资目标完成率,4',
  'C3,C,矛盾纠纷排查化解,4',
]);

describe('diffChartInput({ scheme, diff }) colours the new tree by change', () => {
  const input = diffChartInput({ scheme: NEW, diff: diffSchemes(OLD, NEW), oldLabel: '2019', tc });
  const node = (id: string) => input.nodes.find((n) => n.id === id)!;

  it.each([
    ['A1', 'unchanged'],
    ['A2', 'renamed'],
    ['B1', 'points-changed'],
    ['C1', 'moved'],
    ['C2', 'added'],
    ['C3', 'renamed'], // renamed and moved: its first change, as diffSchemes lists them
  ])('leaf %s is coloured %s', (id, key) => {
    expect(node(id).colorKey).toBe(key);
    expect(input.colors[key]).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('names every change of a leaf in its tooltip, with where it was', () => {
    expect(node('C3').tooltip).toEqual([
      '经济发展 › 矛盾纠纷排查化解',
      '改名 · 移动',
      '原为：社会治理 › 矛盾纠纷排查化解工作',
      expect.stringMatching(/^相似度 0\.\d\d$/),
    ]);
    expect(node('B1').tooltip).toContain('分值：5 → 8');
  });

  it('leaves branches out of the colours, so they take their leaves’ colour', () => {
    for (const id of ['A', 'B', 'C']) expect(input.colors[node(id).colorKey]).toBeUndefined();
  });

  it('counts each colour in the legend, adding up to the new scheme’s leaves', () => {
    expect(Object.fromEntries(input.legend.map((e) => [e.key, e.count]))).toEqual({
      added: 1,
      renamed: 2,
      moved: 1,
      'points-changed': 1,
      unchanged: 1,
    });
  });
});

describe('diffChartInput on the 2011 and 2020 samples', () => {
  const s = samples();
  const input = diffChartInput({ scheme: s.new, diff: s.diff, oldLabel: s.old.label, tc });

  it("gives each leaf the colour key of its diff's status", () => {
    const byNew = new Map(s.diff.leaves.filter((l) => l.new).map((l) => [l.new!.id, l]));
    const leaves = leavesOf(s.new);
    for (const leaf of leaves) {
      const n = input.nodes.find((x) => x.id === leaf.id)!;
      expect(n.colorKey).toBe(diffKeyOf(byNew.get(leaf.id)!));
    }
  });

  it("has legend counts that sum to the new scheme's leaves", () => {
    const sum = input.legend.reduce((a, e) => a + e.count, 0);
    expect(sum).toBe(s.newAnalysis.counts.leaves);
    expect(input.legend.map((e) => e.key)).toEqual(DIFF_KEYS);
    // Added and unchanged are single statuses, so their legend counts are the diff's counts.
    expect(input.legend.find((e) => e.key === 'added')!.count).toBe(s.diff.counts.added);
    expect(input.legend.find((e) => e.key === 'unchanged')!.count).toBe(s.diff.counts.unchanged);
  });

  it('draws every node of the new scheme, and labels the legend in the language', () => {
    expect(input.nodes.map((n) => n.id)).toEqual(s.new.nodes.map((n) => n.id));
    expect(input.legend.map((e) => e.label)).toEqual(
      DIFF_KEYS.map((k) => compareMessages.zh[`compare.kind.${k}` as CompareKey]),
    );
  });
});
