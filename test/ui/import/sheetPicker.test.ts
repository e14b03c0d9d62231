// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ColumnMapping, ImportResult } from '../../../src/core/types';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import MappingDialog from '../../../src/ui/import/MappingDialog.svelte';
import type { PendingImport } from '../../../src/ui/state/lens.svelte';
import { scheme } from '../fixture';

const mapping: ColumnMapping = {
  format: 'wide',
  headerRows: 1,
  columns: [
    { index: 0, header: '一级指标', role: 'level', level: 1, reason: 'header 一级指标' },
    { index: 1, header: '二级指标', role: 'level', level: 2, reason: 'header 二级指标' },
    { index: 2, header: '考核内容', role: 'rule' },
    { index: 3, header: '分值', role: 'points' },
  ],
};

// A workbook as offices keep it: a cover sheet, the scheme, and a sheet of notes.
const SHEETS = ['封面', '2020年考核细则', '附表 扣分说明'];

function pending(fileName: string, result: Partial<ImportResult> = {}): PendingImport {
  return {
    bytes: new Uint8Array([1, 2, 3]),
    fileName,
    rereading: false,
    target: null,
    skipHidden: false,
    result: {
      scheme,
      issues: [],
      skipped: [],
      mapping,
      encoding: 'utf-8',
      delimiter: fileName.endsWith('.csv') ? ',' : '',
      preview: [
        ['一级指标', '二级指标', '考核内容', '分值'],
        ['党的建设', '召开党建工作会议', '每少开一次扣0.5分', '2'],
      ],
      ...result,
    },
  };
}

interface Extra {
  sheets?: string[];
  sheet?: string | null;
  skipHidden?: boolean;
  result?: Partial<ImportResult>;
}

function setup(fileName: string, extra: Extra = {}) {
  const onRemap = vi.fn<(m: ColumnMapping) => void>();
  const onSheet = vi.fn<(name: string) => void>();
  const onSkipHidden = vi.fn<(skip: boolean) => void>();
  const { result, ...props } = extra;
  render(MappingDialog, {
    pending: pending(fileName, result),
    onRemap,
    onConfirm: vi.fn(),
    onCancel: vi.fn(),
    onSheet,
    onSkipHidden,
    ...props,
  });
  return { onRemap, onSheet, onSkipHidden };
}

const picker = () => screen.getByTestId('sheet-picker') as HTMLSelectElement;
const skipBox = () => screen.getByTestId('skip-hidden') as HTMLInputElement;

afterEach(() => locale.set('zh'));

describe('MappingDialog sheet picker', () => {
  it.each<{ name: string; extra: Extra }>([
    { name: 'without sheets', extra: {} },
    { name: 'with an empty sheet list', extra: { sheets: [], sheet: null } },
  ])('a CSV file $name shows neither the sheet picker nor the hidden-rows box', ({ extra }) => {
    setup('乡镇考核.csv', extra);
    expect(screen.queryByTestId('sheet-picker')).toBeNull();
    expect(screen.queryByTestId('skip-hidden')).toBeNull();
    expect(screen.queryByText('跳过隐藏行')).toBeNull();
    // The rest of the dialog is as before.
    expect(screen.getByTestId('mapping-encoding').textContent).toBe('UTF-8');
    expect(screen.getByText('逗号')).toBeTruthy();
  });

  it('a workbook lists its sheets in workbook order with the sheet read selected', () => {
    setup('乡镇考核.xlsx', { sheets: SHEETS, sheet: '2020年考核细则' });
    expect([...picker().options].map((o) => o.value)).toEqual(SHEETS);
    expect(picker().value).toBe('2020年考核细则');
    expect(picker().selectedOptions[0].textContent).toBe('2020年考核细则');
    expect(screen.getByLabelText('工作表')).toBe(picker());
  });

  it('the hidden-rows box is unticked by default and says hidden rows are read', () => {
    setup('乡镇考核.xlsx', { sheets: SHEETS, sheet: SHEETS[1] });
    expect(skipBox().checked).toBe(false);
    expect(screen.getByLabelText('跳过隐藏行')).toBe(skipBox());
    const hint = document.getElementById(skipBox().getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('默认会读取隐藏的行');
  });

  it('a workbook has no delimiter, so none is shown as an empty cell', () => {
    setup('乡镇考核.xlsx', { sheets: SHEETS, sheet: SHEETS[1] });
    expect(screen.getByText('—')).toBeTruthy();
  });

  it('choosing another sheet calls onSheet with its name, and nothing else', async () => {
    const { onSheet, onSkipHidden, onRemap } = setup('乡镇考核.xlsx', {
      sheets: SHEETS,
      sheet: SHEETS[0],
    });
    await fireEvent.change(picker(), { target: { value: '附表 扣分说明' } });
    expect(onSheet.mock.calls).toEqual([['附表 扣分说明']]);
    expect(onSkipHidden).not.toHaveBeenCalled();
    expect(onRemap).not.toHaveBeenCalled();
  });

  it('choosing the sheet already read does not re-read it', async () => {
    const { onSheet } = setup('乡镇考核.xlsx', { sheets: SHEETS, sheet: SHEETS[1] });
    await fireEvent.change(picker(), { target: { value: SHEETS[1] } });
    expect(onSheet).not.toHaveBeenCalled();
  });

  it.each([
    { before: false, after: true },
    { before: true, after: false },
  ])('the hidden-rows box ticked $before → onSkipHidden($after)', async ({ before, after }) => {
    const { onSkipHidden, onSheet } = setup('乡镇考核.xlsx', {
      sheets: SHEETS,
      sheet: SHEETS[1],
      skipHidden: before,
    });
    expect(skipBox().checked).toBe(before);
    await fireEvent.click(skipBox());
    expect(onSkipHidden.mock.calls).toEqual([[after]]);
    expect(onSheet).not.toHaveBeenCalled();
  });

  it('when no sheet could be read the picker asks for one and offers every sheet', async () => {
    const { onSheet } = setup('乡镇考核.xlsx', {
      sheets: SHEETS,
      sheet: null,
      result: {
        scheme: null,
        mapping: null,
        preview: [],
        issues: [
          {
            severity: 'error',
            row: 0,
            column: null,
            code: 'sheet-missing',
            message: { zh: '工作簿里没有名为“2019”的工作表', en: 'no sheet named "2019"' },
          },
        ],
      },
    });
    expect(picker().selectedOptions[0].textContent).toBe('选择工作表…');
    expect(picker().selectedOptions[0].disabled).toBe(true);
    expect(screen.getByTestId('mapping-cannot-read')).toBeTruthy();
    await fireEvent.change(picker(), { target: { value: SHEETS[1] } });
    expect(onSheet.mock.calls).toEqual([[SHEETS[1]]]);
  });

  it('changing a column role in a workbook still emits a mapping and not a sheet', async () => {
    const { onRemap, onSheet } = setup('乡镇考核.xlsx', { sheets: SHEETS, sheet: SHEETS[1] });
    await fireEvent.change(screen.getByTestId('role-2'), { target: { value: 'note' } });
    expect(onRemap).toHaveBeenCalledTimes(1);
    expect(onRemap.mock.calls[0][0].columns[2].role).toBe('note');
    expect(onSheet).not.toHaveBeenCalled();
  });

  it('the picker speaks English when the interface does', () => {
    locale.set('en');
    setup('scheme.xlsx', { sheets: SHEETS, sheet: SHEETS[1] });
    expect(screen.getByLabelText('Sheet')).toBe(picker());
    expect(screen.getByLabelText('Skip hidden rows')).toBe(skipBox());
    expect(screen.getByText(/Hidden rows are read by default/)).toBeTruthy();
  });
});
