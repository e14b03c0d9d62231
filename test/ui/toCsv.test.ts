import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/ui/table/toCsv';

describe('csvCell(value) neutralises what a spreadsheet would run as a formula', () => {
  it.each([
    { value: '=HYPERLINK("http://x","点我")', expected: `"'=HYPERLINK(""http://x"",""点我"")"` },
    { value: '+1+1', expected: "'+1+1" },
    { value: '-2', expected: "'-2" },
    { value: '@SUM(A1)', expected: "'@SUM(A1)" },
    { value: '\tcmd', expected: "'\tcmd" },
    { value: '\rcmd', expected: `"'\rcmd"` },
    { value: '召开会议每少一次扣0.5分', expected: '召开会议每少一次扣0.5分' },
    { value: 'a, b', expected: '"a, b"' },
    { value: '第一行\n第二行', expected: '"第一行\n第二行"' },
    { value: 'x=1', expected: 'x=1' },
    { value: 3, expected: '3' },
    { value: null, expected: '' },
    { value: undefined, expected: '' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv(rows)', () => {
  it('starts with a BOM, joins with commas and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['指标', '分值'],
        ['会议', 2],
      ]),
    ).toBe('\uFEFF指标,分值\r\n会议,2\r\n');
  });

  it('does not modify the rows it was given', () => {
    const rows = [['=1', '-2']];
    toCsv(rows);
    expect(rows).toEqual([['=1', '-2']]);
  });
});
