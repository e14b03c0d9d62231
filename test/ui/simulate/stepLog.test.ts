import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importScheme } from '../../../src/core/import/importScheme';
import { simulate } from '../../../src/core/simulate/simulate';
import type { PointsPolicy, SimulationStep } from '../../../src/core/simulate/steps';
import { leavesOf, nodeIndex, pathOf } from '../../../src/core/tree';
import type { Scheme } from '../../../src/core/types';
import { leafPointsTotal } from '../../../src/ui/simulate/compareMetrics';
import {
  changedItems,
  describeStep,
  stepLogCsv,
  stepLogRows,
  summarizeRecord,
  summarizeRecords,
  summaryText,
} from '../../../src/ui/simulate/stepLog';

function sample(file: string): Scheme {
  const bytes = readFileSync(resolve(import.meta.dirname, '../../../data', file));
  const r = importScheme(new Uint8Array(bytes), file);
  if (!r.scheme) throw new Error(JSON.stringify(r.issues));
  return r.scheme;
}

const S2020 = sample('scheme-2020.csv');
const S2011 = sample('scheme-2011.csv');

/** The steps an assessment office would try first (issue 4), in the order it would. */
const STEPS: SimulationStep[] = [
  { type: 'merge-overlap', points: 'sum' },
  { type: 'drop-flag', flag: 'meeting' },
  { type: 'cap', perBranch: 3 },
  { type: 'deductions-to-attainment' },
];

describe('describeStep(step, lang) names a step as a person reads it', () => {
  const names: Record<string, string> = { n3: '中心组学习', n2: '理论学习' };
  it.each<[SimulationStep, string, string]>([
    [{ type: 'merge-overlap' }, '合并重叠簇（分值：求和）', 'Merge overlap clusters (points: sum)'],
    [
      { type: 'merge-overlap', points: 'max', threshold: 0.6 },
      '合并重叠簇（分值：取最大，相似度 ≥ 0.6）',
      'Merge overlap clusters (points: largest, similarity ≥ 0.6)',
    ],
    [
      { type: 'drop-flag', flag: 'meeting' },
      '删除标记为 会议 的指标',
      'Drop items flagged meetings',
    ],
    [{ type: 'cap', perBranch: 5 }, '每个分支最多保留 5 项', 'Keep at most 5 items per branch'],
    [
      { type: 'cap', perBranch: 5, total: 100 },
      '每个分支最多保留 5 项，全部最多保留 100 项',
      'Keep at most 5 items per branch and 100 in total',
    ],
    [{ type: 'fold-process' }, '过程类指标并入上级', 'Fold process items into their parent'],
    [
      { type: 'deductions-to-attainment' },
      '扣分制改为按完成情况得分',
      'Turn deductions into attainment scoring',
    ],
    [{ type: 'delete', id: 'n3' }, '删除 中心组学习', 'Delete 中心组学习'],
    [{ type: 'delete', id: 'x9' }, '删除 x9', 'Delete x9'],
    [
      { type: 'set-points', id: 'n3', points: 2 },
      '将 中心组学习 的分值设为 2',
      'Set the points of 中心组学习 to 2',
    ],
    [
      { type: 'move', id: 'n3', parent: 'n2' },
      '将 中心组学习 移到 理论学习 之下',
      'Move 中心组学习 under 理论学习',
    ],
    [
      { type: 'merge', ids: ['n3', 'n2'], name: '学习', points: 'first' },
      '合并 2 项为“学习”：中心组学习、理论学习（分值：保留第一项）',
      'Merge 2 items into “学习”: 中心组学习, 理论学习 (points: first item)',
    ],
  ])('%j', (step, zhText, enText) => {
    const nameOf = (id: string) => names[id];
    expect(describeStep(step, 'zh', nameOf)).toBe(zhText);
    expect(describeStep(step, 'en', nameOf)).toBe(enText);
  });
});

describe('summarizeRecords(records, before) on a real simulation of scheme-2020.csv', () => {
  it.each<PointsPolicy>(['keep-leaf-points', 'keep-parent-totals'])(
    'gives each step the leaf points total the scheme really had before and after it (%s)',
    (policy) => {
      const { records } = simulate(S2020, STEPS, policy);
      const summaries = summarizeRecords(records, S2020);
      expect(summaries).toHaveLength(STEPS.length);
      STEPS.forEach((_, k) => {
        // Independent check: simulate only the first k and k + 1 steps and sum their leaves.
        const upTo = (n: number) => simulate(S2020, STEPS.slice(0, n), policy).scheme;
        expect(summaries[k].totalBefore).toBeCloseTo(leafPointsTotal(upTo(k))!, 3);
        expect(summaries[k].totalAfter).toBeCloseTo(leafPointsTotal(upTo(k + 1))!, 3);
      });
    },
  );

  it('counts what each record lists, and the removed leaves as leaves of the scheme the step saw', () => {
    const { records } = simulate(S2020, STEPS, 'keep-parent-totals');
    const summaries = summarizeRecords(records, S2020);
    records.forEach((r, k) => {
      const seen = simulate(S2020, STEPS.slice(0, k), 'keep-parent-totals').scheme;
      const leafIds = new Set(leavesOf(seen).map((n) => n.id));
      expect(summaries[k]).toMatchObject({
        removed: r.removed.length,
        removedLeaves: r.removed.filter((id) => leafIds.has(id)).length,
        renamed: r.renamed.length,
        moved: r.moved.length,
        points: new Set(r.points.map((p) => p.id)).size,
        rules: r.rules.length,
        missing: r.missing.length,
      });
    });
    // The sample has points on every leaf and 15 planted overlap groups (data/README.md):
    // the merge removes items and re-points the survivors, and the total stays.
    expect(summaries[0].removed).toBeGreaterThan(0);
    expect(summaries[0].points).toBeGreaterThan(0);
  });

  it('summarizeRecord(record, before, earlier) agrees with the whole list', () => {
    const { records } = simulate(S2020, STEPS, 'keep-leaf-points');
    const all = summarizeRecords(records, S2020);
    expect(summarizeRecord(records[2], S2020, records.slice(0, 2))).toEqual(all[2]);
  });

  it('writes a step as one line: what went and the total before → after', () => {
    const { records } = simulate(S2020, STEPS, 'keep-leaf-points');
    const s = summarizeRecords(records, S2020)[1];
    const n = records[1].removed.length;
    const fmt = (x: number | null) => String(Math.round(x! * 100) / 100);
    expect(summaryText(s, 'zh')).toBe(
      `删除 ${n} 项 · 总分 ${fmt(s.totalBefore)} → ${fmt(s.totalAfter)}`,
    );
    expect(summaryText(s, 'en')).toBe(
      `${n} removed · total points ${fmt(s.totalBefore)} → ${fmt(s.totalAfter)}`,
    );
  });

  it('does not modify the records or the scheme it is given', () => {
    const { records, scheme } = simulate(S2020, STEPS);
    const copies = structuredClone({ records, S2020, scheme });
    summarizeRecords(records, S2020);
    stepLogRows(records, S2020, scheme);
    expect({ records, S2020, scheme }).toEqual(copies);
  });
});

describe('stepLogRows(records, before, after) — the step log CSV', () => {
  it('has a header and one row per changed item, named by its path in the scheme as read', () => {
    const { records, scheme } = simulate(S2020, STEPS, 'keep-leaf-points');
    const rows = stepLogRows(records, S2020, scheme);
    expect(rows[0]).toEqual(['步骤序号', '步骤', '改动', '指标路径', '改动前', '改动后']);
    const perStep = records.map(
      (r) =>
        r.removed.length + r.renamed.length + r.moved.length + r.points.length + r.rules.length,
    );
    expect(rows.length - 1).toBe(perStep.reduce((a, b) => a + b, 0));
    const index = nodeIndex(S2020);
    const removedRows = rows.filter((r) => r[0] === '2');
    expect(removedRows.map((r) => r[3])).toEqual(
      records[1].removed.map((id) => pathOf(index.get(id)!, index).join(' › ')),
    );
    // A removed item carries the points it had in the scheme as read.
    expect(removedRows.map((r) => r[4])).toEqual(
      records[1].removed.map((id) => String(index.get(id)!.points)),
    );
    expect(new Set(removedRows.map((r) => r[1]))).toEqual(new Set(['删除标记为 会议 的指标']));
  });

  it('lists renames and point changes with their before and after', () => {
    const steps: SimulationStep[] = [
      { type: 'rename', id: 'n3', name: '理论学习中心组学习' },
      { type: 'set-points', id: 'n3', points: 1 },
    ];
    const { records, scheme } = simulate(S2020, steps);
    const rows = stepLogRows(records, S2020, scheme, 'en').slice(1);
    const path = '党的建设 › 理论学习 › 党委理论学习中心组全年集中学习不少于12次';
    expect(rows).toEqual([
      [
        '1',
        `Rename ${path} to “理论学习中心组学习”`,
        'renamed',
        path,
        '党委理论学习中心组全年集中学习不少于12次',
        '理论学习中心组学习',
      ],
      ['2', `Set the points of ${path} to 1`, 'points', path, '0.3', '1'],
    ]);
  });

  it('reports ids missing when the steps are replayed on another scheme, and a step that changed nothing', () => {
    // n400 is a detailed item of 2020; the 2011 sample has 54 nodes (n1…n54).
    const steps: SimulationStep[] = [
      { type: 'delete', id: 'n400' },
      { type: 'rename', id: 'n1', name: '经济发展' }, // its name already
    ];
    const { records, scheme } = simulate(S2011, steps);
    expect(records[0].missing).toEqual(['n400']);
    const rows = stepLogRows(records, S2011, scheme);
    expect(rows.slice(1)).toEqual([
      ['1', '删除 n400', '不存在', 'n400', '', ''],
      ['2', '将 经济发展 改名为“经济发展”', '没有改动', '', '', ''],
    ]);
    expect(changedItems(records[0], S2011)).toHaveLength(1);
    expect(summaryText(summarizeRecords(records, S2011)[0], 'zh')).toBe('1 个编号在本方案中不存在');
  });

  it('stepLogCsv writes a name that starts like a formula so Excel does not run it', () => {
    const { records, scheme } = simulate(S2020, [{ type: 'rename', id: 'n3', name: '=SUM(A1)' }]);
    const csv = stepLogCsv(records, S2020, scheme);
    expect(csv.split('\r\n')[1].endsWith(",'=SUM(A1)")).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
