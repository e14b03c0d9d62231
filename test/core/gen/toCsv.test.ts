import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/core/gen/toCsv';
import { parseCsv } from './parseCsv';

describe('csvField(value)', () => {
  it.each([
    { value: '安全生产', expected: '安全生产' },
    { value: '每缺一项扣0.5分，扣完为止', expected: '每缺一项扣0.5分，扣完为止' },
    { value: '县委宣传部,县教育局', expected: '"县委宣传部,县教育局"' },
    { value: '落实"四个到位"', expected: '"落实""四个到位"""' },
    { value: '1.得2分\n2.得3分', expected: '"1.得2分\n2.得3分"' },
    { value: '', expected: '' },
  ])('writes $value as an Excel export would', ({ value, expected }) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv(rows)', () => {
  it('ends every row with CRLF and reads back to the same cells', () => {
    const rows = [
      ['一级指标', '二级指标', '评分标准'],
      ['党的建设', '', '缺席一次扣0.5分,迟到扣0.2分'],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(parseCsv(text)).toEqual(rows);
  });
});
