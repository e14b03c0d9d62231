/**
 * importWorkbook / importAny on workbooks as offices keep them: several sheets, hidden rows,
 * formulas, rich text, dates — and the files that are not .xlsx at all.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { importAny } from '../../../src/core/import/importAny';
import { importWorkbook } from '../../../src/core/import/importWorkbook';
import { spreadsheetKind } from '../../../src/core/import/xlsxSignature';
import { cellText } from '../../../src/core/import/xlsxTable';
import { csv, leaves, node, path, schemeOf, utf8 } from './helpers';
import { workbookBytes } from './xlsxFixtures';

const HEADER = ['一级指标', '二级指标', '分值', '评分标准'];
const SAFETY = [
  HEADER,
  ['安全生产', '隐患排查', '6', '每发现一处未整改扣1分'],
  ['', '事故控制', '4', '发生较大事故不得分'],
  ['环境保护', '河长巡河', '5', '每月巡河不少于2次，少一次扣0.5分'],
];
const names = (r: Awaited<ReturnType<typeof importWorkbook>>) =>
  leaves(schemeOf(r)).map((n) => n.name);

describe('importWorkbook(bytes) chooses the sheet', () => {
  const sheets = async () =>
    workbookBytes([
      { name: '说明', rows: [['本表由考核办制定']], state: 'hidden' },
      { name: '2019', rows: SAFETY.slice(0, 3) },
      { name: '2020', rows: SAFETY },
    ]);

  it('reads the largest visible sheet by default and lists every sheet', async () => {
    const r = await importWorkbook(await sheets(), '考核.xlsx');
    expect(r.sheets).toEqual(['说明', '2019', '2020']);
    expect(r.sheet).toBe('2020');
    expect(names(r)).toEqual(['隐患排查', '事故控制', '河长巡河']);
  });

  it('passes over a cover sheet that comes first (a one-item scheme would be wrong)', async () => {
    const bytes = await workbookBytes([
      { name: '封面', rows: [['2020年度乡镇考核细则'], ['某县考核办']] },
      { name: '细则', rows: SAFETY },
    ]);
    const r = await importWorkbook(bytes, '考核.xlsx');
    expect(r.sheet).toBe('细则');
    expect(names(r)).toHaveLength(3);
  });

  it('reads the sheet the user names', async () => {
    const r = await importWorkbook(await sheets(), '考核.xlsx', { sheet: '2020' });
    expect(r.sheet).toBe('2020');
    expect(schemeOf(r).source.sheet).toBe('2020');
    expect(names(r)).toEqual(['隐患排查', '事故控制', '河长巡河']);
  });

  it('names the sheets it has when the named one is missing', async () => {
    const r = await importWorkbook(await sheets(), '考核.xlsx', { sheet: '2021' });
    expect(r.scheme).toBeNull();
    expect(r.sheets).toEqual(['说明', '2019', '2020']);
    expect(r.issues.map((i) => i.code)).toEqual(['sheet-missing']);
    expect(r.issues[0].message.en).toContain('"2021"');
    expect(r.issues[0].message.zh).toContain('2019、2020');
  });
});

describe('importWorkbook(bytes) when the default sheet holds no scheme', () => {
  it('says which other sheets there are', async () => {
    // Instructions longer than the table: the largest sheet is not the scheme.
    const instructions = Array.from({ length: 8 }, (_, i) => [`第${i + 1}条 填表说明`]);
    const bytes = await workbookBytes([
      { name: '填表说明', rows: instructions },
      { name: '细则', rows: SAFETY },
    ]);
    const r = await importWorkbook(bytes, '考核.xlsx');
    expect(r.scheme).toBeNull();
    expect(r.sheet).toBe('填表说明');
    const hint = r.issues.find((i) => i.code === 'other-sheets');
    expect(hint?.severity).toBe('warning');
    expect(hint?.message.zh).toContain('细则');
    expect(names(await importWorkbook(bytes, '考核.xlsx', { sheet: '细则' }))).toHaveLength(3);
  });
});

describe('importWorkbook(bytes) reads hidden rows', () => {
  const bytes = () => workbookBytes([{ name: 'S', rows: SAFETY, hidden: [3] }]);

  it('keeps hidden rows unless told otherwise', async () => {
    const r = await importWorkbook(await bytes(), 's.xlsx');
    expect(names(r)).toEqual(['隐患排查', '事故控制', '河长巡河']);
  });

  it('skips hidden rows when asked, listing them and keeping the other rows numbered', async () => {
    const r = await importWorkbook(await bytes(), 's.xlsx', { skipHiddenRows: true });
    expect(names(r)).toEqual(['隐患排查', '河长巡河']);
    expect(r.skipped).toContainEqual({ row: 3, reason: 'hidden', text: '' });
    expect(node(schemeOf(r), '河长巡河').rows).toEqual([4]);
  });
});

describe('importWorkbook(bytes) reads cells as an office sees them', () => {
  it('reads a formula as its cached result', async () => {
    const rows = SAFETY.map((r) => r.slice());
    rows[2][2] = '';
    const bytes = await workbookBytes([
      { name: 'S', rows, formulas: { C3: { formula: '10-C2', result: 4 } } },
    ]);
    expect(node(schemeOf(await importWorkbook(bytes, 's.xlsx')), '事故控制').points).toBe(4);
  });

  it('reads rich text as plain text, and a merged level cell as covering its block', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRows([
      HEADER,
      ['安全生产', '隐患排查', 6, '扣分'],
      [null, '事故控制', 4, '扣分'],
      [null, '应急演练', 2, '扣分'],
    ]);
    ws.getCell('A2').value = {
      richText: [{ text: '安全' }, { font: { bold: true }, text: '生产' }],
    };
    ws.mergeCells('A2:A4');
    const r = await importWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 's.xlsx');
    const s = schemeOf(r);
    expect(leaves(s).map((n) => path(s, n))).toEqual([
      ['安全生产', '隐患排查'],
      ['安全生产', '事故控制'],
      ['安全生产', '应急演练'],
    ]);
  });

  it.each([
    ['a number at 15 digits, as Excel shows it', 0.1 + 0.2, '0.3'],
    ['an integer', 10, '10'],
    ['a date without time', new Date(Date.UTC(2020, 0, 31)), '2020-01-31'],
    ['a date with time', new Date(Date.UTC(2020, 0, 31, 8, 30)), '2020-01-31T08:30:00'],
    ['rich text', { richText: [{ text: 'a' }, { text: 'b' }] }, 'ab'],
    ['a formula', { formula: 'A1', result: 7 }, '7'],
    ['a formula never calculated', { formula: 'A1' }, ''],
    ['a hyperlink', { text: '链接', hyperlink: 'http://x' }, '链接'],
    ['an error', { error: '#N/A' }, '#N/A'],
    ['a boolean', true, 'TRUE'],
    ['nothing', null, ''],
  ] as const)('cellText reads %s', (_what, value, expected) => {
    expect(cellText(value as ExcelJS.CellValue)).toBe(expected);
  });
});

describe('importAny(bytes) tells the kinds of file apart', () => {
  it('reads CSV as importScheme does, with no sheets', async () => {
    const r = await importAny(utf8(csv(SAFETY)), 's.csv');
    expect(r.sheets).toEqual([]);
    expect(r.delimiter).toBe(',');
    expect(names(r)).toEqual(['隐患排查', '事故控制', '河长巡河']);
  });

  it('reads an .xlsx whatever its name', async () => {
    const r = await importAny(await workbookBytes([{ name: 'S', rows: SAFETY }]), 'scheme.csv');
    expect(r.sheet).toBe('S');
    expect(names(r)).toHaveLength(3);
  });

  const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const zipWith = (name: string) =>
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), ...utf8(name)]);

  it.each([
    ['an old .xls', new Uint8Array([...OLE2, ...new Array(504).fill(0)]), 'xls', '.xlsx'],
    ['an .xlsb', zipWith('xl/workbook.bin'), 'xlsb', '.xlsx'],
    ['a Word .docx', zipWith('word/document.xml'), 'not-workbook', 'ZIP'],
    ['a damaged .xlsx', zipWith('[Content_Types].xml xl/workbook.xml'), 'xlsx-damaged', 'damaged'],
  ])('refuses %s with a message saying what to do', async (_what, bytes, code, says) => {
    const r = await importAny(bytes, 'f.xls');
    expect(r.scheme).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual([code]);
    expect(r.issues[0].message.en).toContain(says);
  });

  it('spreadsheetKind finds a workbook part named only in the ZIP directory at the end', () => {
    const bytes = new Uint8Array(200_000);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    bytes.set(utf8('xl/workbook.xml'), 199_000);
    expect(spreadsheetKind(bytes)).toBe('xlsx');
  });
});
