/**
 * Property-based tests over the importer (issue 6, "Hostile and broken input"): any bytes, any
 * table shape, random blanks, random encodings → a scheme or errors, never an exception (which
 * the importer would report as an 'internal' error) or a hang; and the analysis of whatever
 * opens keeps its invariants. Fixed seed and bounded runs here; `npm run fuzz` runs longer
 * (FUZZ_RUNS, FUZZ_SEED).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { importAny } from '../../../src/core/import/importAny';
import { importScheme } from '../../../src/core/import/importScheme';
import { CORPUS, corpusBytes, csv, utf8 } from './helpers';
import { checkResult } from './fuzzInvariants';
import type { ImportResult } from '../../../src/core/types';
import { workbookBytes } from './xlsxFixtures';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const params = (scale = 1) => ({ seed: SEED, numRuns: Math.max(1, Math.round(RUNS * scale)) });
// A longer FUZZ_RUNS needs longer than vitest's default per test.
const TIMEOUT = Math.max(30_000, RUNS * 50);

// ---------------------------------------------------------------------------
// Generators: cells that look like an office's, and the ways files arrive.
// ---------------------------------------------------------------------------

const HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '考核项目',
  '考核内容',
  '分值',
  '评分标准',
  '责任单位',
  '编号',
  '上级编号',
  '名称',
  '序号',
  '备注',
  '年份',
  'id',
  'parent_id',
  'name',
  'level1',
  'level2',
  'points',
  '单项否决',
];
const WORDS = [
  '安全生产',
  '河长制',
  '召开会议',
  '建立台账',
  '群众满意度',
  '扣1分',
  '得2分',
  '一票否决',
  '（0.5分）',
  '总分',
  '合计',
  '注：',
  '一、',
  '1.',
  '（一）',
  '10',
  '0.4',
  '-2',
  '100',
  '是',
  '否',
  '2020',
  '党建办',
  '="x"',
  '#N/A',
  '每缺一次扣0.1分，扣完为止',
];
const cell = fc.oneof(
  { weight: 5, arbitrary: fc.constant('') },
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('"', '""', ',', '\t', ';', '\r\n', '\n', ' ', '\u3000') },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 30 });
const headerRow = fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 7 });

type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le';
const encodingArb = fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'gb18030', 'utf-16le');

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode('\ufeff' + text);
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    case 'utf-16le':
      return new Uint8Array(iconv.encode('\ufeff' + text, 'utf-16le'));
  }
}

const CORPUS_FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.csv') && f !== 'labels.csv');
const corpusRows = new Map(
  CORPUS_FILES.map((f) => [
    f,
    Papa.parse<string[]>(new TextDecoder().decode(corpusBytes(f)), { skipEmptyLines: true }).data,
  ]),
);

describe('the fuzz invariants can fail', () => {
  const ok = importScheme(corpusBytes(CORPUS_FILES[0]), CORPUS_FILES[0]);

  it('accept a real scheme', () => {
    expect(() => checkResult(ok)).not.toThrow();
  });

  it.each([
    ['a refusal without a reason', { ...ok, scheme: null }],
    ['an exception caught inside', { ...ok, issues: [{ ...ok.issues[0], code: 'internal' }] }],
    [
      'a leaf whose level disagrees with its parent',
      {
        ...ok,
        scheme: {
          ...ok.scheme!,
          nodes: ok.scheme!.nodes.map((n) => (n.children.length === 0 ? { ...n, level: 9 } : n)),
        },
      },
    ],
  ])('reject %s', (_what, broken) => {
    expect(() => checkResult(broken as ImportResult)).toThrow();
  });
});

describe('importScheme(bytes) on hostile input ends in a scheme or errors', () => {
  it(
    'any bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
          checkResult(importScheme(bytes, 'x.csv'));
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'any table shape under a plausible header, any delimiter, any encoding',
    () => {
      fc.assert(
        fc.property(
          headerRow,
          table,
          fc.constantFrom(',', '\t', ';'),
          encodingArb,
          (header, rows, delimiter, encoding) => {
            checkResult(importScheme(encode(csv([header, ...rows], delimiter), encoding), 'x.csv'));
          },
        ),
        params(2),
      );
    },
    TIMEOUT,
  );

  it(
    'a real scheme with random cells blanked, rows dropped or repeated, in any encoding',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...CORPUS_FILES),
          fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('blank', 'drop', 'repeat')), {
            maxLength: 12,
          }),
          encodingArb,
          (file, edits, encoding) => {
            const rows = corpusRows.get(file)!.map((r) => r.slice());
            for (const [r, c, what] of edits) {
              if (rows.length === 0) break;
              const row = r % rows.length;
              if (what === 'blank') rows[row][c % rows[row].length] = '';
              else if (what === 'drop') rows.splice(row, 1);
              else rows.splice(row, 0, rows[row].slice());
            }
            checkResult(importScheme(encode(csv(rows), encoding), file));
          },
        ),
        params(0.5),
      );
    },
    TIMEOUT,
  );

  it(
    'a real scheme reads the same in every encoding',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...CORPUS_FILES), encodingArb, (file, encoding) => {
          const text = new TextDecoder().decode(corpusBytes(file));
          const r = importScheme(encode(text, encoding), file);
          expect(r.scheme?.nodes).toEqual(importScheme(corpusBytes(file), file).scheme?.nodes);
        }),
        params(0.2),
      );
    },
    TIMEOUT,
  );

  it(
    'any table reads the same from .xlsx as from CSV',
    async () => {
      // No lone surrogates or control characters: an office cannot type them into a cell.
      const typed = fc.oneof(
        { weight: 5, arbitrary: fc.constant('') },
        { weight: 5, arbitrary: fc.constantFrom(...WORDS, ...HEADERS) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(' 扣分 ', '第一行\r\n第二行', '0.30', '1e3', '007'),
        },
        // Excel keeps 15 significant digits (xlsxTable.ts numberText): so does this number.
        {
          weight: 1,
          arbitrary: fc
            .double({ noNaN: true, noDefaultInfinity: true })
            .map((x) => String(Number(x.toPrecision(15)))),
        },
      );
      const rows = fc.array(fc.array(typed, { minLength: 1, maxLength: 6 }), { maxLength: 15 });
      await fc.assert(
        fc.asyncProperty(headerRow, rows, async (header, body) => {
          // The CSV Excel would write from the sheet: as wide as its last filled column.
          const width = Math.max(
            0,
            ...[header, ...body].map((r) => r.findLastIndex((c) => c.trim() !== '') + 1),
          );
          const table = [header, ...body].map((r) =>
            Array.from({ length: width }, (_, i) => r[i] ?? ''),
          );
          const fromCsv = importScheme(utf8(csv(table)), 'x.csv');
          const fromXlsx = await importAny(
            await workbookBytes([{ name: 'S', rows: table }]),
            'x.csv',
          );
          checkResult(fromXlsx);
          expect(fromXlsx.scheme?.nodes).toEqual(fromCsv.scheme?.nodes);
          expect(fromXlsx.issues.map((i) => [i.code, i.row])).toEqual(
            fromCsv.issues.map((i) => [i.code, i.row]),
          );
        }),
        params(0.2),
      );
    },
    TIMEOUT,
  );

  it(
    'a ZIP that claims to be a workbook but is garbage',
    async () => {
      const head = [0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml')];
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (tail) => {
          const r = await importAny(new Uint8Array([...head, ...tail]), 'x.xlsx');
          expect(r.scheme).toBeNull();
          expect(r.issues.map((i) => i.code)).toEqual(['xlsx-damaged']);
        }),
        params(0.2),
      );
    },
    TIMEOUT,
  );
});
