import { describe, expect, it } from 'vitest';
import { importScheme } from '../../../src/core/import/importScheme';
import { csv, importRows, node, schemeOf, utf8 } from './helpers';

const ROWS = [
  ['一级指标', '二级指标', '分值', '评分标准'],
  ['安全生产', '隐患排查', '5', '缺一项扣1分'],
  ['', '应急演练', '5', '少一次扣2分'],
];

describe('importScheme(bytes, fileName, options)', () => {
  it('takes label, year and id from the file name by default', () => {
    const s = schemeOf(importRows(ROWS, '某县2020年乡镇考核细则.csv'));
    expect(s).toMatchObject({
      label: '某县2020年乡镇考核细则',
      year: 2020,
      id: '某县2020年乡镇考核细则',
    });
    expect(s.source).toMatchObject({
      fileName: '某县2020年乡镇考核细则.csv',
      encoding: 'utf-8',
      delimiter: ',',
    });
  });

  it('reads no year from a longer number and uses the options when given', () => {
    expect(schemeOf(importRows(ROWS, 'plan 120201.csv')).year).toBeUndefined();
    const s = schemeOf(
      importRows(ROWS, 'x 2019.csv', { label: '2021年方案', year: 2021, id: 'p21' }),
    );
    expect(s).toMatchObject({ label: '2021年方案', year: 2021, id: 'p21' });
  });

  it('applies an edited mapping instead of detecting one, without changing the one given', () => {
    const detected = importRows(ROWS);
    const edited = structuredClone(detected.mapping!);
    edited.columns[3] = { index: 3, header: '评分标准', role: 'note' };
    const frozen = structuredClone(edited);
    const result = importRows(ROWS, 'scheme.csv', { mapping: edited });
    expect(edited).toEqual(frozen);
    expect(result.mapping?.columns[3].role).toBe('note');
    const item = node(schemeOf(result), '隐患排查');
    expect(item.rule).toBeUndefined();
    // A note from a column not headed 备注 says where it came from.
    expect(item.note).toBe('评分标准：缺一项扣1分');
  });

  it('lets a person turn the second level into points-free names by remapping a column', () => {
    const mapping = structuredClone(importRows(ROWS).mapping!);
    mapping.columns[2] = { index: 2, header: '分值', role: 'ignore' };
    const s = schemeOf(importRows(ROWS, 'scheme.csv', { mapping }));
    expect(s.nodes.every((n) => n.points === undefined)).toBe(true);
  });

  it('honours the header rows of an edited mapping (0: the first row is data)', () => {
    const mapping = structuredClone(importRows(ROWS).mapping!);
    mapping.headerRows = 0;
    const s = schemeOf(importRows(ROWS, 'scheme.csv', { mapping }));
    expect(s.nodes[0]).toMatchObject({ name: '一级指标', rows: [1] });
  });

  it('warns about a mapped column the table does not have, and ignores it', () => {
    const mapping = structuredClone(importRows(ROWS).mapping!);
    mapping.columns.push({ index: 9, header: '', role: 'rule' });
    const result = importRows(ROWS, 'scheme.csv', { mapping });
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'mapping-column' }),
    ]);
    expect(result.scheme).not.toBeNull();
  });

  it('previews the first 20 parsed rows, header included', () => {
    const rows = [ROWS[0], ...Array.from({ length: 30 }, (_, i) => ['安全', `第${i}项`, '1', ''])];
    const result = importScheme(utf8(csv(rows)), 'x.csv');
    expect(result.preview).toHaveLength(20);
    expect(result.preview[0]).toEqual(ROWS[0]);
    expect(result.preview[19]).toEqual(['安全', '第18项', '1', '']);
  });
});
