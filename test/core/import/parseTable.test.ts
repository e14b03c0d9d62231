import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseTable } from '../../../src/core/import/parseTable';

describe('parseTable(text)', () => {
  it.each([
    ['comma', ',', '一级指标,二级指标,分值\r\n安全,隐患排查,5\r\n'],
    ['tab', '\t', '一级指标\t二级指标\t分值\r\n安全\t隐患排查，台账\t5\r\n'],
    ['semicolon', ';', '一级指标;二级指标;分值\n安全;隐患排查, 台账;5\n'],
  ])('detects the %s delimiter', (_, delimiter, text) => {
    const t = parseTable(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.rows[1]).toHaveLength(3);
    expect(t.rows[1][2]).toBe('5');
  });

  it('keeps a quoted cell with commas and line breaks as one cell', () => {
    const t = parseTable('名称,评分标准\r\n台账,"1.建立台账，得2分。\r\n2.未建立的, 扣2分"\r\n');
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1][1]).toBe('1.建立台账，得2分。\n2.未建立的, 扣2分');
  });

  it('trims cells, pads short rows and drops the empty row after the last line break', () => {
    const t = parseTable('a, b ,c\r\n x \r\n\r\n');
    expect(t.rows).toEqual([
      ['a', 'b', 'c'],
      ['x', '', ''],
    ]);
    expect(t.width).toBe(3);
  });

  it('keeps a blank line in the middle as a blank row (the spreadsheet shows it)', () => {
    expect(parseTable('a,b\n\nc,d\n').rows).toEqual([
      ['a', 'b'],
      ['', ''],
      ['c', 'd'],
    ]);
  });

  it('warns about an unclosed quote with its row instead of failing', () => {
    const t = parseTable('a,b\nc,"d\ne,f\n');
    expect(t.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'csv-quotes', row: 2 }),
    ]);
  });

  it('falls back to comma for a single column', () => {
    expect(detectDelimiter('安全生产\n隐患排查\n')).toBe(',');
  });
});
