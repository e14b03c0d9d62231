import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { buildChartInput } from '../../src/ui/charts/chartInput';
import type { ColorBy } from '../../src/ui/charts/coloring';
import { locale } from '../../src/ui/i18n/locale.svelte';
import { buildView } from '../../src/ui/state/schemeView';
import { analysis, scheme } from './fixture';

const input = (mode: ColorBy, a: Analysis = analysis) =>
  buildChartInput({
    view: buildView(scheme, a),
    mode,
    highlight: ['b1'],
    selected: 'a1x',
    viewName: '旭日图',
    t: locale.t,
  });

describe('buildChartInput: what the charts draw, decided by the UI', () => {
  it('colours a leaf by what it measures before its shape when it has several flags', () => {
    const leaves = analysis.leaves.map((l) =>
      l.id === 'a1x'
        ? {
            ...l,
            flags: [
              {
                type: 'micro-item' as const,
                evidence: { source: 'structure' as const, terms: [] },
              },
              ...l.flags,
            ],
          }
        : l,
    );
    const out = input('flag', { ...analysis, leaves });
    expect(out.nodes.find((n) => n.id === 'a1x')?.colorKey).toBe('flag:meeting');
  });

  it.each<{ mode: ColorBy; legend: [string, number][] }>([
    {
      mode: 'branch',
      legend: [
        ['党的建设', 2],
        ['安全生产', 2],
      ],
    },
    {
      mode: 'kind',
      legend: [
        ['过程类', 2],
        ['结果类', 2],
      ],
    },
    {
      mode: 'incentive',
      legend: [
        ['负向（扣分 / 否决）', 2],
        ['中性（按完成赋分）', 2],
      ],
    },
    {
      mode: 'cluster',
      legend: [
        ['重叠簇 1', 2],
        ['不重叠', 2],
      ],
    },
    {
      mode: 'department',
      legend: [
        ['应急局', 2],
        ['组织部', 1],
        ['未注明单位', 1],
      ],
    },
    {
      mode: 'flag',
      legend: [
        ['会议', 1],
        ['文件 / 材料 / 台账', 1],
        ['分支过宽', 1],
        ['无标记', 1],
      ],
    },
  ])('colour by $mode: the legend counts the leaves of each colour', ({ mode, legend }) => {
    const out = input(mode);
    expect(out.legend.map((e) => [e.label, e.count])).toEqual(legend);
    // Every leaf has a colour the legend explains.
    const keys = new Set(out.legend.map((e) => e.key));
    for (const n of out.nodes.filter((n) => ['a1x', 'a1y', 'b1', 'b2'].includes(n.id))) {
      expect(keys.has(n.colorKey)).toBe(true);
      expect(out.colors[n.colorKey]).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('outside branch mode a branch has no colour of its own (the chart uses its leaves’)', () => {
    const out = input('kind');
    const branch = out.nodes.find((n) => n.id === 'a1')!;
    expect(branch.colorKey in out.colors).toBe(false);
  });

  it('tooltips give the path, points, rule and classification; aria names count leaves', () => {
    const leaf = input('kind').nodes.find((n) => n.id === 'a1x')!;
    expect(leaf.tooltip).toEqual([
      '党的建设 › 组织建设 › 召开党建工作会议',
      '分值：2',
      '评分标准：每少开一次扣0.5分',
      '过程类 · 负向（扣分 / 否决）',
      '会议',
    ]);
    expect(input('kind').nodes.find((n) => n.id === 'a')!.ariaLabel).toBe('党的建设，2 项');
  });

  it('marks an overridden classification in the tooltip', () => {
    const overridden: Analysis = {
      ...analysis,
      leaves: analysis.leaves.map((l) =>
        l.id === 'a1y'
          ? { ...l, kind: 'process', kindEvidence: { source: 'override', terms: [] } }
          : l,
      ),
    };
    const leaf = input('kind', overridden).nodes.find((n) => n.id === 'a1y')!;
    expect(leaf.tooltip.at(-1)).toBe('过程类 · 中性（按完成赋分） （人工修改）');
  });

  it('passes highlight, selection, a title and the chart words through', () => {
    const out = input('incentive');
    expect(out.highlight).toEqual(['b1']);
    expect(out.selected).toBe('a1x');
    expect(out.title).toBe('某县乡镇考核（测试） · 旭日图 · 按激励方向着色');
    expect(out.labels?.up).toBe('返回上级');
  });
});
