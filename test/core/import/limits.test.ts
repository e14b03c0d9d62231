/**
 * Limits (issue 6): a file too large, too many rows or columns, a runaway cell, a tree too
 * deep — each ends in one error with a code, the row and column where there is one, and a
 * message in both languages, instead of a frozen tab.
 */
import { describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, readScheme } from '../../../src/cli/readScheme';
import { importScheme } from '../../../src/core/import/importScheme';
import { importWorkbook } from '../../../src/core/import/importWorkbook';
import { checkFileSize, checkTable, columnLetter, LIMITS } from '../../../src/core/import/limits';
import { unzippedSize } from '../../../src/core/import/xlsxUnzippedSize';
import type { ImportResult } from '../../../src/core/types';
import { csv, importRows, utf8 } from './helpers';
import { workbookBytes } from './xlsxFixtures';

const MB = 1024 * 1024;
const errors = (r: ImportResult) =>
  r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row, i.column]);

const TABLE = [
  ['一级指标', '二级指标', '分值'],
  ['安全生产', '隐患排查', '6'],
  ['', '事故控制', '4'],
  ['环境保护', '河长巡河', '5'],
];

describe('checkFileSize(size) refuses a file before it is read', () => {
  it('refuses 200 MB, saying how large it is and what may be opened', () => {
    const found = checkFileSize(200 * MB);
    expect(found?.code).toBe('too-large');
    expect(found?.message.en).toContain('200 MB');
    expect(found?.message.en).toContain('100 MB');
    expect(found?.message.zh).toContain('200 MB');
  });

  it.each([0, 1, LIMITS.maxBytes])('accepts %i bytes', (size) => {
    expect(checkFileSize(size)).toBeNull();
  });

  it('the command line refuses a 200 MB file without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lens-'));
    const file = join(dir, 'huge.csv');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * MB); // sparse: no 200 MB is written or read
    closeSync(fd);
    try {
      const err = await readScheme(file, 'en').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).lines).toEqual([expect.stringMatching(/:0:: error: .*200 MB/)]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('importScheme(bytes) stops at the limits with one clear error', () => {
  it('refuses bytes over the size limit before decoding them', () => {
    const binary = new Uint8Array(2000).fill(0);
    const r = importScheme(binary, 'x.csv', { limits: { maxBytes: 1000 } });
    expect(errors(r)).toEqual([['too-large', 0, null]]);
  });

  it('refuses a table with more rows than the limit', () => {
    const r = importRows(TABLE, 's.csv', { limits: { maxRows: 3 } });
    expect(r.scheme).toBeNull();
    expect(errors(r)).toEqual([['too-many-rows', 0, null]]);
    expect(r.issues[0].message.en).toContain('4 rows');
  });

  it('accepts 300,000 rows by default (a province of schemes, issue 5) and refuses more than 500,000', () => {
    const row = ['安全生产'];
    const table = (rows: number) => Array.from({ length: rows }, () => row);
    expect(checkTable(table(300_000), LIMITS)).toEqual([]);
    const refused = checkTable(table(500_001), LIMITS);
    expect(refused.map((i) => i.code)).toEqual(['too-many-rows']);
    expect(refused[0].message.en).toBe(
      'The table has 500001 rows; at most 500000 can be read. Split the file or remove unrelated rows.',
    );
    expect(refused[0].message.zh).toBe(
      '表格有 500001 行，最多可读 500000 行。请拆分文件，或删去无关的行。',
    );
  });

  it('refuses a table with more columns than the limit', () => {
    const r = importRows(TABLE, 's.csv', { limits: { maxColumns: 2 } });
    expect(errors(r)).toEqual([['too-many-columns', 0, null]]);
  });

  it('names the cell when an unbalanced quote pulls the rest of the file into it', () => {
    // 5,000 rows of about ten characters: more than Excel's 32,767 in one cell.
    const rows = [...TABLE, ...Array.from({ length: 5000 }, (_, i) => ['', `细项${i}`, '1'])];
    const text = csv(rows).replace('隐患排查', '"隐患排查');
    const r = importScheme(utf8(text), 's.csv');
    expect(r.scheme).toBeNull();
    expect(errors(r)).toEqual([['cell-too-long', 2, 'B']]);
    expect(r.issues.find((i) => i.code === 'cell-too-long')?.message.zh).toContain('引号不成对');
  });

  it('opens the same table when the quote is balanced', () => {
    const rows = [...TABLE, ...Array.from({ length: 3000 }, (_, i) => ['', `细项${i}`, '1'])];
    expect(importRows(rows).scheme?.nodes.length).toBe(3005);
  });

  it('refuses a parent chain deeper than the limit, at the first row too deep', () => {
    const chain = Array.from({ length: 25 }, (_, i) => [
      `${i + 1}`,
      i === 0 ? '' : `${i}`,
      `第${i + 1}层`,
    ]);
    const r = importRows([['编号', '上级编号', '名称'], ...chain]);
    expect(errors(r)).toEqual([['too-deep', 22, null]]);
    expect(r.issues.at(-1)?.message.en).toContain('25 levels');
  });

  it('opens a chain at the depth limit', () => {
    const chain = Array.from({ length: 20 }, (_, i) => [
      `${i + 1}`,
      i === 0 ? '' : `${i}`,
      `第${i + 1}层`,
    ]);
    expect(importRows([['编号', '上级编号', '名称'], ...chain]).scheme?.nodes).toHaveLength(20);
  });

  it('columnLetter names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('importWorkbook(bytes) stops at the limits', () => {
  it('refuses a sheet with more rows than the limit, from the sheet counts', async () => {
    const bytes = await workbookBytes([{ name: 'S', rows: TABLE }]);
    const r = await importWorkbook(bytes, 's.xlsx', { limits: { maxRows: 3 } });
    expect(errors(r)).toEqual([['too-many-rows', 0, null]]);
    expect(r.sheets).toEqual(['S']);
  });

  it('refuses a workbook over the size limit before unzipping it', async () => {
    const bytes = await workbookBytes([{ name: 'S', rows: TABLE }]);
    const r = await importWorkbook(bytes, 's.xlsx', { limits: { maxBytes: 100 } });
    expect(errors(r)).toEqual([['too-large', 0, null]]);
  });

  it('refuses a workbook that unpacks to more than the limit, before unzipping it', async () => {
    // Distinct long cells compress well: a small file that unpacks large, as a ZIP bomb does.
    const rows = Array.from({ length: 3000 }, (_, i) => ['', `细项${i}` + '台账'.repeat(100)]);
    const bytes = await workbookBytes([{ name: 'S', rows: [...TABLE, ...rows] }]);
    const unzipped = unzippedSize(bytes)!;
    expect(unzipped).toBeGreaterThan(600_000);
    expect(unzipped).toBeGreaterThan(5 * bytes.length);
    const r = await importWorkbook(bytes, 's.xlsx', { limits: { maxUnzippedBytes: 500_000 } });
    expect(errors(r)).toEqual([['too-large-unzipped', 0, null]]);
    expect(r.issues[0].message.en).toMatch(/unpacks to [\d.]+ MB; at most 0\.48 MB/);
    expect((await importWorkbook(bytes, 's.xlsx')).scheme).not.toBeNull();
  });

  it('reads the ZIP directory: a ZIP64 size means too large, no directory means unknown', async () => {
    const bytes = await workbookBytes([{ name: 'S', rows: TABLE }]);
    expect(unzippedSize(bytes.slice(0, bytes.length - 30))).toBeNull();
    // The first central directory entry's uncompressed size, set to the ZIP64 marker.
    const forged = bytes.slice();
    const view = new DataView(forged.buffer);
    const directory = view.getUint32(forged.length - 22 + 16, true);
    view.setUint32(directory + 24, 0xffffffff, true);
    expect(unzippedSize(forged)).toBe(Infinity);
    const r = await importWorkbook(forged, 's.xlsx');
    expect(errors(r)).toEqual([['too-large-unzipped', 0, null]]);
    expect(r.issues[0].message.en).toContain('> 4 GB');
  });
});
