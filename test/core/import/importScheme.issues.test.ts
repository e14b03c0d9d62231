import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importScheme } from '../../../src/core/import/importScheme';
import type { ColumnMapping, ImportResult } from '../../../src/core/types';
import { csv, importRows, node, schemeOf, utf8 } from './helpers';

describe('importScheme(bytes) issues', () => {
  it('warns about a points cell that is not a number, with row and column, and still opens', () => {
    const result = importRows([
      ['一级指标', '二级指标', '分值'],
      ['安全生产', '隐患排查', '十分'],
      ['', '应急演练', '5'],
    ]);
    const s = schemeOf(result);
    expect(node(s, '隐患排查').points).toBeUndefined();
    expect(node(s, '应急演练').points).toBe(5);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'points-nan', row: 2, column: '分值' }),
    ]);
  });

  it.each([
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'not-text'],
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a header with no rows', utf8('一级指标,二级指标,分值\r\n'), 'empty'],
    ['a table of numbers only', utf8('1,2,3\r\n4,5,6\r\n'), 'no-levels'],
  ])('reports %s as an error for the whole file', (_, bytes, code) => {
    const result = importScheme(bytes, 'x.csv');
    expect(result.scheme).toBeNull();
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', code, row: 0 })]);
  });

  it('reports a row with content but no name as empty-name', () => {
    const result = importRows([
      ['一级指标', '二级指标', '分值', '评分标准'],
      ['', '', '5', '未完成扣5分'],
      ['安全生产', '隐患排查', '5', '未完成扣5分'],
    ]);
    expect(result.scheme).toBeNull();
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'empty-name',
        row: 2,
        column: '一级指标',
      }),
    ]);
  });

  it('turns an unexpected failure into an internal error instead of throwing', () => {
    const broken = { format: 'wide', headerRows: 1 } as unknown as ColumnMapping;
    const result = importScheme(utf8('一级指标,分值\r\n安全,5\r\n'), 'x.csv', { mapping: broken });
    expect(result.scheme).toBeNull();
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'internal' }),
    ]);
  });

  it('reports a mapping with no level column as no-levels', () => {
    const mapping: ColumnMapping = {
      format: 'wide',
      headerRows: 1,
      columns: [{ index: 0, header: '一级指标', role: 'ignore' }],
    };
    const result = importScheme(utf8('一级指标,分值\r\n安全,5\r\n'), 'x.csv', { mapping });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'no-levels' })]);
    expect(result.mapping).not.toBeNull();
  });

  /** Invariants every result keeps, whatever the input. */
  function checkInvariants(result: ImportResult): void {
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(result.scheme === null).toBe(errors.length > 0);
    if (!result.scheme) return;
    const seen = new Map<string, number>();
    for (const n of result.scheme.nodes) {
      const parentLevel = n.parent === null ? 0 : seen.get(n.parent);
      expect(parentLevel).toBeDefined();
      expect(n.level).toBe(parentLevel! + 1);
      expect(n.rows.length).toBeGreaterThan(0);
      seen.set(n.id, n.level);
    }
    for (const n of result.scheme.nodes) for (const c of n.children) expect(seen.has(c)).toBe(true);
  }

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        checkInvariants(importScheme(bytes, 'random.csv'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary tables of assessment-like cells, and keeps its invariants', () => {
    const cell = fc.constantFrom(
      '',
      '',
      '',
      '一、',
      '1',
      '1.1',
      '安全生产',
      '隐患排查（5分）',
      '5',
      '十分',
      '总分',
      '注：',
      '扣2分',
      '县水利局',
      '一级指标',
      '分值',
      '上级编号',
      '编号',
      'a',
      '"',
      '是',
      '①',
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 12 });
    fc.assert(
      fc.property(table, fc.constantFrom(',', '\t', ';'), (rows, d) => {
        checkInvariants(importScheme(utf8(csv(rows, d)), 'random.csv'));
      }),
      { numRuns: 400 },
    );
  });
});
