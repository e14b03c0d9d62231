import { describe, expect, it } from 'vitest';
import { importRows, leaves, node, path, schemeOf } from './helpers';

const HEADER = ['编号', '上级编号', '指标名称', '分值', '评分标准'];

describe('importScheme(bytes) on long tables', () => {
  it('builds the tree from id and parent columns, keeping the table’s own ids', () => {
    const result = importRows([
      HEADER,
      ['1', '', '安全生产', '20', ''],
      ['1.1', '1', '隐患排查', '10', '缺一项扣1分'],
      ['1.2', '1', '应急演练', '10', '少一次扣2分'],
      ['2', '', '环境保护', '10', ''],
      ['2.1', '2', '污水处理', '10', '达标得10分'],
    ]);
    expect(result.mapping?.format).toBe('long');
    const s = schemeOf(result);
    expect(s.source.format).toBe('long');
    expect(node(s, '应急演练')).toMatchObject({
      id: '1.2',
      parent: '1',
      level: 2,
      points: 10,
      rows: [4],
    });
    expect(node(s, '安全生产').children).toEqual(['1.1', '1.2']);
    expect(leaves(s).map((n) => n.id)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('lists a parent before its children even when the file lists the child first', () => {
    const s = schemeOf(
      importRows([
        ['id', 'parent_id', 'name'],
        ['b', 'a', 'Drills'],
        ['a', '', 'Safety'],
        ['c', 'a', 'Hazards'],
      ]),
    );
    expect(s.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(path(s, node(s, 'Hazards'))).toEqual(['Safety', 'Hazards']);
  });

  it('treats 0 as "no parent" when no row has the id 0', () => {
    const s = schemeOf(
      importRows([
        ['序号', '父级', '名称'],
        ['1', '0', '安全生产'],
        ['2', '1', '隐患排查'],
      ]),
    );
    expect(node(s, '安全生产').parent).toBeNull();
  });

  it('finds id and parent columns from the data when the headers do not say', () => {
    const result = importRows([
      ['no', 'up', 'title'],
      ['A1', '', '安全生产'],
      ['A2', 'A1', '隐患排查'],
      ['A3', 'A1', '应急演练'],
    ]);
    expect(result.mapping?.columns.map((c) => c.role)).toEqual(['id', 'parent', 'name']);
    expect(path(schemeOf(result), node(schemeOf(result), '应急演练'))).toEqual([
      '安全生产',
      '应急演练',
    ]);
  });

  it('reports a cycle, naming its rows, and opens no scheme', () => {
    const result = importRows([
      HEADER,
      ['a', 'c', '甲', '', ''],
      ['b', 'a', '乙', '', ''],
      ['c', 'b', '丙', '', ''],
      ['d', '', '丁', '', ''],
    ]);
    expect(result.scheme).toBeNull();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      severity: 'error',
      code: 'cycle',
      row: 2,
      column: '上级编号',
    });
    expect(result.issues[0].message.zh).toContain(
      '“a”（第 2 行） → “c”（第 4 行） → “b”（第 3 行）',
    );
    expect(result.issues[0].message.en).toContain('"a" (row 2) → "c" (row 4) → "b" (row 3)');
  });

  it('reports a node that is its own parent as a cycle', () => {
    const result = importRows([HEADER, ['1', '1', '安全生产', '', '']]);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'cycle', row: 2 })]);
  });

  it.each([
    [
      'an unknown parent',
      [
        ['1', '', '安全生产', '', ''],
        ['2', '9', '隐患排查', '', ''],
      ],
      { code: 'unknown-parent', row: 3, column: '上级编号' },
    ],
    [
      'a duplicate id',
      [
        ['1', '', '安全生产', '', ''],
        ['1', '', '环境保护', '', ''],
      ],
      { code: 'duplicate-id', row: 3, column: '编号' },
    ],
    [
      'an empty name',
      [
        ['1', '', '安全生产', '', ''],
        ['2', '1', '', '5', ''],
      ],
      { code: 'empty-name', row: 3, column: '指标名称' },
    ],
    [
      'an empty id',
      [
        ['1', '', '安全生产', '', ''],
        ['', '1', '隐患排查', '', ''],
      ],
      { code: 'empty-id', row: 3, column: '编号' },
    ],
  ])('reports %s with its row and column and opens no scheme', (_, rows, expected) => {
    const result = importRows([HEADER, ...rows]);
    expect(result.scheme).toBeNull();
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', ...expected })]);
    expect(result.issues[0].message.zh.length).toBeGreaterThan(0);
    expect(result.issues[0].message.en.length).toBeGreaterThan(0);
  });

  it('reports every error at once, not only the first', () => {
    const result = importRows([
      HEADER,
      ['1', '', '安全生产', '', ''],
      ['1', '', '重复', '', ''],
      ['3', '8', '无上级', '', ''],
      ['4', '1', '', '', ''],
    ]);
    expect(result.issues.map((i) => [i.code, i.row])).toEqual([
      ['duplicate-id', 3],
      ['unknown-parent', 4],
      ['empty-name', 5],
    ]);
  });
});
