// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimulationStep, StepRecord } from '../../../src/core/simulate/steps';
import type { Analysis, Scheme } from '../../../src/core/types';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import SimulateView from '../../../src/ui/simulate/SimulateView.svelte';
import { analysis, scheme } from '../fixture';

afterEach(() => locale.set('zh'));

/**
 * The fixture township scheme (test/ui/fixture.ts) after dropping the items flagged
 * 文件/台账: b2 "建立安全会议台账" goes. Every number below is recounted by hand from the three
 * leaves left — a1x (process, negative, 会议, 2 points), a1y (outcome, neutral, 3),
 * b1 (outcome, negative, veto, wide-branch, 5).
 */
const afterScheme: Scheme = {
  ...scheme,
  nodes: scheme.nodes
    .filter((n) => n.id !== 'b2')
    .map((n) => (n.id === 'b' ? { ...n, children: ['b1'] } : n)),
};
const afterAnalysis: Analysis = {
  ...analysis,
  counts: {
    ...analysis.counts,
    byLevel: [2, 2, 2],
    leaves: 3,
    nodes: 6,
    pointsByLevel: [null, 5, 5],
  },
  overlap: {
    ...analysis.overlap,
    ratio: 0,
    redundant: 0,
    crossDepartmentClusters: 0,
    clusters: [],
  },
  incentive: { ...analysis.incentive, neutral: 1, negativeRatio: 2 / 3 },
  kind: { ...analysis.kind, process: 1, processShare: 1 / 3 },
  flags: {
    ...analysis.flags,
    total: 2,
    leaves: 2,
    criteriaLeaves: 1,
    byType: { meeting: 1, 'wide-branch': 1 },
  },
  leaves: analysis.leaves.filter((l) => l.id !== 'b2'),
};
const STEPS: SimulationStep[] = [
  { type: 'drop-flag', flag: 'documents' },
  { type: 'merge-overlap', points: 'sum' },
];
const record: StepRecord = {
  step: STEPS[0],
  removed: ['b2'],
  renamed: [],
  moved: [],
  points: [],
  rules: [],
  missing: [],
};

function setup(
  over: Partial<{
    cursor: number;
    busy: boolean;
    computing: boolean;
    others: { id: string; label: string }[];
  }> = {},
) {
  const cursor = over.cursor ?? 1;
  const callbacks = {
    onAdd: vi.fn<(s: SimulationStep) => void>(),
    onUndo: vi.fn(),
    onRedo: vi.fn(),
    onReset: vi.fn(),
    onPolicy: vi.fn(),
    onReplay: vi.fn(),
    onExport: vi.fn(),
  };
  render(SimulateView, {
    before: { scheme, analysis },
    after: over.computing
      ? null
      : cursor === 0
        ? { scheme, analysis, records: [] }
        : { scheme: afterScheme, analysis: afterAnalysis, records: [record] },
    steps: STEPS,
    cursor,
    policy: 'keep-parent-totals',
    busy: over.busy ?? false,
    others: over.others ?? [{ id: 'e2', label: '2011 年方案' }],
    ...callbacks,
  });
  return callbacks;
}

const metric = (side: 'sim-before' | 'sim-after' | 'sim-delta', name: string) =>
  screen.getByTestId(side).querySelector(`[data-metric="${name}"]`)?.textContent?.trim();

describe('SimulateView undo / redo / reset', () => {
  it.each([
    { cursor: 0, busy: false, undo: false, redo: true, reset: false },
    { cursor: 1, busy: false, undo: true, redo: true, reset: true },
    { cursor: 2, busy: false, undo: true, redo: false, reset: true },
    { cursor: 1, busy: true, undo: false, redo: false, reset: false },
  ])('with 2 steps, cursor $cursor, busy $busy: undo $undo, redo $redo, reset $reset', (c) => {
    setup({ cursor: c.cursor, busy: c.busy });
    expect((screen.getByTestId('sim-undo') as HTMLButtonElement).disabled).toBe(!c.undo);
    expect((screen.getByTestId('sim-redo') as HTMLButtonElement).disabled).toBe(!c.redo);
    expect((screen.getByTestId('sim-reset') as HTMLButtonElement).disabled).toBe(!c.reset);
  });

  it('the buttons call back once each', async () => {
    const cb = setup({ cursor: 1 });
    await fireEvent.click(screen.getByTestId('sim-undo'));
    await fireEvent.click(screen.getByTestId('sim-redo'));
    await fireEvent.click(screen.getByTestId('sim-reset'));
    expect([
      cb.onUndo.mock.calls.length,
      cb.onRedo.mock.calls.length,
      cb.onReset.mock.calls.length,
    ]).toEqual([1, 1, 1]);
  });

  it.each([
    { keys: { key: 'z', ctrlKey: true }, undo: 1, redo: 0 },
    { keys: { key: 'Z', ctrlKey: true, shiftKey: true }, undo: 0, redo: 1 },
    { keys: { key: 'y', ctrlKey: true }, undo: 0, redo: 1 },
    { keys: { key: 'z', metaKey: true }, undo: 1, redo: 0 },
    { keys: { key: 'z' }, undo: 0, redo: 0 },
  ])('the keys $keys undo $undo times and redo $redo times', async ({ keys, undo, redo }) => {
    const cb = setup({ cursor: 1 });
    await fireEvent.keyDown(screen.getByTestId('simulate'), keys);
    expect(cb.onUndo).toHaveBeenCalledTimes(undo);
    expect(cb.onRedo).toHaveBeenCalledTimes(redo);
  });

  it('Ctrl+Z in a number field is left to the field; on a checkbox it undoes', async () => {
    const cb = setup({ cursor: 1 });
    await fireEvent.keyDown(screen.getByTestId('sim-cap-branch'), { key: 'z', ctrlKey: true });
    expect(cb.onUndo).not.toHaveBeenCalled();
    // A ticked checkbox is not typing: the shortcut works there.
    await fireEvent.keyDown(screen.getByTestId('sim-flag-meeting'), { key: 'z', ctrlKey: true });
    expect(cb.onUndo).toHaveBeenCalledTimes(1);
  });

  it.each([
    { cursor: 0, key: 'z', what: 'nothing applied' },
    { cursor: 2, key: 'y', what: 'nothing undone' },
  ])('Ctrl+$key with $what calls nothing', async ({ cursor, key }) => {
    const cb = setup({ cursor });
    await fireEvent.keyDown(screen.getByTestId('simulate'), { key, ctrlKey: true });
    expect(cb.onUndo).not.toHaveBeenCalled();
    expect(cb.onRedo).not.toHaveBeenCalled();
  });

  it('lists the applied step with what it changed, and the undone one greyed after it', async () => {
    setup({ cursor: 1 });
    const applied = screen.getByTestId('sim-step-0');
    expect(applied.textContent).toContain('删除标记为 文件 / 材料 / 台账 的指标');
    expect(screen.getByTestId('sim-step-summary-0').textContent).toBe('删除 1 项 · 总分 11 → 10');
    expect(screen.getByTestId('sim-step-redo-1').textContent).toContain('合并重叠簇（分值：求和）');
    await fireEvent.click(screen.getByTestId('sim-step-toggle-0'));
    const items = screen.getByTestId('sim-step-items-0');
    expect(within(items).getByText('安全生产 › 建立安全会议台账')).toBeTruthy();
    expect(items.textContent).toContain('删除');
  });
});

describe('SimulateView before and after', () => {
  it.each([
    ['level-1', '2', '2', '不变'],
    ['level-2', '3', '2', '↓ 1'],
    ['level-3', '2', '2', '不变'],
    ['leaves', '4', '3', '↓ 1'],
    ['points', '11', '10', '↓ 1'],
    ['overlap', '50.0%', '0.0%', '↓ 50.0 个百分点'],
    ['negative', '50.0%', '66.7%', '↑ 16.7 个百分点'],
    ['process', '50.0%', '33.3%', '↓ 16.7 个百分点'],
    ['flagged', '2', '1', '↓ 1'],
    ['structural', '1', '1', '不变'],
  ])('shows %s as %s before, %s after, change %s', (name, b, a, d) => {
    setup({ cursor: 1 });
    expect(metric('sim-before', name)).toBe(b);
    expect(metric('sim-after', name)).toBe(a);
    expect(metric('sim-delta', name)).toBe(d);
  });

  it('names the levels 大项/小项/细项 for a three-level scheme, and in English after a switch', async () => {
    setup({ cursor: 1 });
    expect(screen.getByTestId('sim-before').textContent).toContain('小项');
    locale.set('en');
    await tick();
    expect(screen.getByTestId('sim-before').textContent).toContain('sub');
    expect(metric('sim-delta', 'overlap')).toBe('↓ 50.0 pp');
  });

  it('while the simulation is computed, shows the numbers before and waits for the rest', () => {
    setup({ cursor: 1, computing: true });
    expect(metric('sim-before', 'leaves')).toBe('4');
    expect(metric('sim-after', 'leaves')).toBe('…');
    expect(screen.getByTestId('sim-after').getAttribute('aria-busy')).toBe('true');
    expect((screen.getByTestId('sim-export-csv') as HTMLButtonElement).disabled).toBe(true);
  });

  it('draws both sunbursts, the removed item only before', () => {
    setup({ cursor: 1 });
    const arcs = (id: string) =>
      [...screen.getByTestId(id).querySelectorAll('path[data-key]')].map((p) =>
        p.getAttribute('data-key'),
      );
    expect(arcs('sim-sunburst-before')).toContain('b2');
    expect(arcs('sim-sunburst-after')).not.toContain('b2');
    expect(arcs('sim-sunburst-after')).toContain('b1');
  });
});

describe('SimulateView step builder, replay and export', () => {
  it('adds a merge with the points rule chosen', async () => {
    const cb = setup();
    await fireEvent.change(screen.getByTestId('sim-merge-points'), { target: { value: 'max' } });
    await fireEvent.click(screen.getByTestId('sim-add-merge-overlap'));
    expect(cb.onAdd.mock.calls).toEqual([[{ type: 'merge-overlap', points: 'max' }]]);
  });

  it('adds one drop step per ticked flag, in the order the flags are listed', async () => {
    const cb = setup();
    expect((screen.getByTestId('sim-add-drop-flag') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('sim-flag-online'));
    await fireEvent.click(screen.getByTestId('sim-flag-meeting'));
    await fireEvent.click(screen.getByTestId('sim-add-drop-flag'));
    await tick();
    expect(cb.onAdd.mock.calls).toEqual([
      [{ type: 'drop-flag', flag: 'meeting' }],
      [{ type: 'drop-flag', flag: 'online' }],
    ]);
  });

  it('adds a cap only once a limit is given', async () => {
    const cb = setup();
    const add = screen.getByTestId('sim-add-cap') as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    await fireEvent.input(screen.getByTestId('sim-cap-branch'), { target: { value: '5' } });
    await fireEvent.click(add);
    expect(cb.onAdd.mock.calls).toEqual([[{ type: 'cap', perBranch: 5 }]]);
  });

  it.each([
    ['sim-add-fold-process', { type: 'fold-process' }],
    ['sim-add-deductions-to-attainment', { type: 'deductions-to-attainment' }],
  ])('%s adds %j', async (testid, step) => {
    const cb = setup();
    await fireEvent.click(screen.getByTestId(testid));
    expect(cb.onAdd.mock.calls).toEqual([[step]]);
  });

  it('switches the points policy from the radio', async () => {
    const cb = setup();
    expect((screen.getByTestId('sim-policy-keep-parent-totals') as HTMLInputElement).checked).toBe(
      true,
    );
    await fireEvent.click(screen.getByTestId('sim-policy-keep-leaf-points'));
    expect(cb.onPolicy.mock.calls).toEqual([['keep-leaf-points']]);
  });

  it('replays on the scheme picked, and cannot without another scheme', async () => {
    const cb = setup({
      others: [
        { id: 'e2', label: '2011 年方案' },
        { id: 'e3', label: '2021 年方案' },
      ],
    });
    await fireEvent.change(screen.getByTestId('sim-replay-target'), { target: { value: 'e3' } });
    await fireEvent.click(screen.getByTestId('sim-replay'));
    expect(cb.onReplay.mock.calls).toEqual([['e3']]);
  });

  it('has no replay target when the workspace holds one scheme', () => {
    setup({ others: [] });
    expect((screen.getByTestId('sim-replay') as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    ['sim-export-csv', 'csv'],
    ['sim-export-xlsx', 'xlsx'],
    ['sim-export-log', 'log-csv'],
  ])('%s exports %s', async (testid, what) => {
    const cb = setup();
    await fireEvent.click(screen.getByTestId(testid));
    expect(cb.onExport.mock.calls).toEqual([[what]]);
  });
});
