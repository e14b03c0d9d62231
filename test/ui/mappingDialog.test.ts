// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping, ImportResult } from '../../src/core/types';
import MappingDialog from '../../src/ui/import/MappingDialog.svelte';
import { applyChoice, choiceOf } from '../../src/ui/import/mappingChoices';
import type { PendingImport } from '../../src/ui/state/lens.svelte';
import { scheme } from './fixture';

const mapping: ColumnMapping = {
  format: 'wide',
  headerRows: 1,
  columns: [
    { index: 0, header: '一级指标', role: 'level', level: 1, reason: 'header 一级指标' },
    { index: 1, header: '二级指标', role: 'level', level: 2, reason: 'header 二级指标' },
    { index: 2, header: '考核内容', role: 'note' },
    { index: 3, header: '分值', role: 'points' },
  ],
};

const preview = [
  ['一级指标', '二级指标', '考核内容', '分值'],
  ['党的建设', '召开党建工作会议', '每少开一次扣0.5分', '2'],
  ['', '群众满意度', '满意度达90%得3分', '3'],
];

function pending(result: Partial<ImportResult>): PendingImport {
  return {
    bytes: new Uint8Array([1, 2, 3]),
    fileName: '乡镇考核.csv',
    rereading: false,
    target: null,
    skipHidden: false,
    result: {
      scheme,
      issues: [],
      skipped: [],
      mapping,
      encoding: 'gb18030',
      delimiter: ',',
      preview,
      ...result,
    },
  };
}

function setup(result: Partial<ImportResult> = {}) {
  const onRemap = vi.fn<(m: ColumnMapping) => void>();
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(MappingDialog, { pending: pending(result), onRemap, onConfirm, onCancel });
  return { onRemap, onConfirm, onCancel };
}

describe('MappingDialog', () => {
  it('shows the detected encoding, the first rows and one role select per column', () => {
    setup();
    expect(screen.getByTestId('mapping-encoding').textContent).toBe('GB18030');
    expect(screen.getByTestId('mapping-preview').textContent).toContain('召开党建工作会议');
    expect((screen.getByTestId('role-0') as HTMLSelectElement).value).toBe('level:1');
    expect((screen.getByTestId('role-3') as HTMLSelectElement).value).toBe('points:leaf');
  });

  it('changing a column to the scoring rule emits a new mapping with only that column changed', async () => {
    const { onRemap } = setup();
    await fireEvent.change(screen.getByTestId('role-2'), { target: { value: 'rule' } });
    expect(onRemap).toHaveBeenCalledTimes(1);
    const next = onRemap.mock.calls[0][0];
    expect(next.columns.map((c) => [c.index, c.role, c.level])).toEqual([
      [0, 'level', 1],
      [1, 'level', 2],
      [2, 'rule', undefined],
      [3, 'points', undefined],
    ]);
    // The mapping on screen is not modified; the worker re-reads with the new one.
    expect(mapping.columns[2].role).toBe('note');
  });

  it('changing the points column to belong to level 1 emits pointsLevel 1', async () => {
    const { onRemap } = setup();
    await fireEvent.change(screen.getByTestId('role-3'), { target: { value: 'points:1' } });
    expect(onRemap.mock.calls[0][0].columns[3]).toMatchObject({ role: 'points', pointsLevel: 1 });
  });

  it('changing the format emits the long format', async () => {
    const { onRemap } = setup();
    await fireEvent.change(screen.getByTestId('mapping-format'), { target: { value: 'long' } });
    expect(onRemap.mock.calls[0][0].format).toBe('long');
  });

  it('lists errors with their row and column and cannot be confirmed', async () => {
    const { onConfirm, onCancel } = setup({
      scheme: null,
      issues: [
        {
          severity: 'error',
          row: 7,
          column: '上级编号',
          code: 'unknown-parent',
          message: { zh: '上级编号 99 不存在', en: 'parent 99 does not exist' },
        },
      ],
    });
    const error = screen.getByTestId('import-error');
    expect(error.textContent).toContain('第 7 行');
    expect(error.textContent).toContain('上级编号');
    expect(error.textContent).toContain('上级编号 99 不存在');
    expect((screen.getByTestId('mapping-confirm') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('mapping-cancel'));
    expect(onCancel).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('mapping choices', () => {
  it.each([
    { choice: 'level:3', expected: { role: 'level', level: 3 } },
    { choice: 'points:leaf', expected: { role: 'points' } },
    { choice: 'points:2', expected: { role: 'points', pointsLevel: 2 } },
    { choice: 'department', expected: { role: 'department' } },
    { choice: 'ignore', expected: { role: 'ignore' } },
  ])('applyChoice(…, $choice) round-trips through choiceOf', ({ choice, expected }) => {
    const next = applyChoice(mapping, 2, choice);
    expect(next.columns[2]).toEqual({ index: 2, header: '考核内容', ...expected });
    expect(choiceOf(next.columns[2])).toBe(choice);
  });

  it('a column the detector did not list can still be given a role', () => {
    const next = applyChoice(mapping, 5, 'department', 6);
    expect(next.columns.map((c) => c.role)).toEqual([
      'level',
      'level',
      'note',
      'points',
      'ignore',
      'department',
    ]);
  });
});
