import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  neutralise,
  schemeToXlsx,
  sheetNameOf,
  tableToXlsx,
} from '../../../src/core/export/toXlsx';
import { importScheme } from '../../../src/core/import/importScheme';
import { importWorkbook } from '../../../src/core/import/importWorkbook';
import { departmentOf, nodeIndex, pathOf } from '../../../src/core/tree';
import type { Scheme } from '../../../src/core/types';

const DATA = resolve(import.meta.dirname, '../../../data');
const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

function load(path: string): Scheme {
  const result = importScheme(new Uint8Array(readFileSync(path)), path.split('/').at(-1)!);
  if (!result.scheme) throw new Error(`${path}: ${JSON.stringify(result.issues)}`);
  return result.scheme;
}

/**
 * What a user would compare, node by node in file order: the names from the major item down
 * (so the parent chain), level, points, rule, the department the node answers to (inherited,
 * as the CSV round trip compares it), numbering and note.
 */
function treeView(scheme: Scheme) {
  const index = nodeIndex(scheme);
  return scheme.nodes.map((n) => ({
    path: pathOf(n, index),
    level: n.level,
    leaf: n.children.length === 0,
    points: n.points ?? null,
    rule: n.rule ?? null,
    department: departmentOf(n, index) ?? null,
    code: n.code ?? null,
    note: n.note ?? null,
    veto: n.vetoText ?? null,
  }));
}

async function openSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
  return wb.worksheets[0];
}

/** A scheme as the importer makes it, from CSV text. */
function schemeOf(csv: string): Scheme {
  return importScheme(new TextEncoder().encode(csv), 'hand.csv').scheme!;
}

const files = [
  resolve(DATA, 'scheme-2011.csv'),
  resolve(DATA, 'scheme-2020.csv'),
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith('.csv') && f !== 'labels.csv')
    .map((f) => resolve(CORPUS, f)),
];

describe('schemeToXlsx(scheme) reads back with importWorkbook as the same tree', () => {
  it.each(files)('%s', async (file) => {
    const original = load(file);
    const back = await importWorkbook(await schemeToXlsx(original), 'roundtrip.xlsx');
    expect(back.issues).toEqual([]);
    expect(treeView(back.scheme!)).toEqual(treeView(original));
  });

  it('with English headers too (data/scheme-2020.csv)', async () => {
    const original = load(resolve(DATA, 'scheme-2020.csv'));
    const bytes = await schemeToXlsx(original, { lang: 'en' });
    const ws = await openSheet(bytes);
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Level 1',
      'Level 2',
      'Level 3',
      'Points',
      'Scoring rule',
      'Department',
    ]);
    const back = await importWorkbook(bytes, 'roundtrip.xlsx');
    expect(treeView(back.scheme!)).toEqual(treeView(original));
  });
});

describe('schemeToXlsx(scheme) lays the hierarchy out as merged cells', () => {
  it('merges each 一级指标 over the rows of its leaves (data/scheme-2011.csv)', async () => {
    const ws = await openSheet(await schemeToXlsx(load(resolve(DATA, 'scheme-2011.csv'))));
    // The CSV's first column, read by hand: a major item starts on rows 2, 10, 13, 20, 23,
    // 31, 35, 39, 42, and 45 leaves end on row 46; the sheet keeps the same rows.
    const starts = [2, 10, 13, 20, 23, 31, 35, 39, 42, 47];
    for (let i = 0; i < starts.length - 1; i++) {
      const top = ws.getCell(starts[i], 1);
      const bottom = ws.getCell(starts[i + 1] - 1, 1);
      expect(bottom.isMerged).toBe(true);
      expect(bottom.master.address).toBe(top.address);
      expect(top.alignment).toMatchObject({ vertical: 'middle', wrapText: true });
    }
    expect(ws.getCell(10, 1).master.address).toBe('A10');
    // A major item's points ride in its name, as the source file writes them.
    expect(ws.getCell('A2').value).toBe('经济发展（20分）');
    expect(ws.getCell('A10').value).toBe('财政税收（10分）');
  });

  it('writes 分值 as numbers, the header bold and frozen', async () => {
    const ws = await openSheet(await schemeToXlsx(load(resolve(DATA, 'scheme-2020.csv'))));
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '评分标准',
      '责任单位',
    ]);
    // data/scheme-2020.csv row 2: 党的建设,理论学习,党委理论学习中心组…,0.3,每少一次扣0.1分,宣传部
    expect(ws.getCell('C2').value).toBe('党委理论学习中心组全年集中学习不少于12次');
    expect(ws.getCell('D2').value).toBe(0.3);
    expect(ws.getCell('F2').value).toBe('宣传部');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(5).width).toBeGreaterThan(ws.getColumn(4).width!);
  });

  it('adds 序号 and 单项否决 when the scheme has them (ganbu corpus file)', async () => {
    const scheme = load(resolve(CORPUS, 'ganbu_dangan_shenhe_pingfen.csv'));
    const ws = await openSheet(await schemeToXlsx(scheme));
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '序号',
      '一级指标',
      '分值',
      '评分标准',
      '责任单位',
      '单项否决',
    ]);
    // Its first row: 1, 《干部履历表》所填信息…, 1 point, veto 是.
    expect(ws.getCell('A2').value).toBe('1');
    expect(ws.getCell('C2').value).toBe(1);
    expect(ws.getCell('F2').value).toBe('是');
  });
});

describe('schemeToXlsx(scheme) never writes a formula', () => {
  const csv =
    '一级指标,二级指标,分值,评分标准,责任单位\r\n' +
    '安全生产,=1+1,2,-2分每次,@dept\r\n' +
    ',隐患排查,-0.5,+A1,安监站\r\n';

  it("keeps '=1+1' as text with the CSV writer's leading quote", async () => {
    const ws = await openSheet(await schemeToXlsx(schemeOf(csv)));
    const cell = ws.getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe("'=1+1");
    expect(ws.getCell('D2').value).toBe("'-2分每次");
    expect(ws.getCell('E2').value).toBe("'@dept");
    expect(ws.getCell('D3').value).toBe("'+A1");
    // Negative points are a number, not text to neutralise.
    expect(ws.getCell('C3').value).toBe(-0.5);
  });
});

describe('neutralise(text) prefixes what safeCell prefixes, without CSV quoting', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+A1', "'+A1"],
    ['+1', '+1'],
    ['-2分', "'-2分"],
    ['-0.5', '-0.5'],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['=a,b', "'=a,b"],
    ['a,b', 'a,b'],
    ['说"好"', '说"好"'],
  ])('%j → %j', (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });
});

describe('sheetNameOf(name) gives a name Excel accepts', () => {
  it.each([
    ['2020年考核细则', '2020年考核细则'],
    ['a/b:c?[d]*', 'a_b_c__d__'],
    ['', '指标体系'],
    ['很长'.repeat(20), '很长'.repeat(15) + '很'],
  ])('%j → %j', (input, expected) => {
    expect(sheetNameOf(input, '指标体系')).toBe(expected);
  });
});

describe('tableToXlsx(headers, rows) writes a plain table', () => {
  it('keeps numbers as numbers, null as an empty cell and text neutralised', async () => {
    const bytes = await tableToXlsx(
      ['指标', '分值', '类型'],
      [
        ['会议签到', 0.5, 'process'],
        ['=HYPERLINK("x")', null, '-'],
      ],
      '指标表',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
    const ws = wb.getWorksheet('指标表')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('B2').value).toBe(0.5);
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getCell('A3').value).toBe('\'=HYPERLINK("x")');
    expect(ws.getCell('A3').formula).toBeUndefined();
    expect(ws.getCell('C3').value).toBe("'-");
  });
});
