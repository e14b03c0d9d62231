import { describe, expect, it } from 'vitest';
import { detectHeaderRows, findTop, headerTexts } from '../../../src/core/import/detectHeader';
import { classifyRows } from '../../../src/core/import/skipRows';

describe('detectHeaderRows(rows, top)', () => {
  it('reads one header row above data', () => {
    expect(
      detectHeaderRows(
        [
          ['一级指标', '分值'],
          ['安全', '5'],
        ],
        0,
      ),
    ).toBe(1);
  });

  it('never takes the only data row as a second header row', () => {
    // An export with a trailing empty column: "扣分" sits under an empty header cell, which
    // looks like a sub-header, but without it the table would have no data at all.
    expect(
      detectHeaderRows(
        [
          ['一级指标', ''],
          ['扣分', ''],
        ],
        0,
      ),
    ).toBe(1);
  });

  it('reads a second row of sub-headers under a spanning cell (jilin: 采集数据项 / 数据项1)', () => {
    const rows = [
      ['一级指标', '分值', '采集数据项', ''],
      ['', '', '数据项1', '数据项2'],
      ['预算绩效', '50', '', ''],
    ];
    expect(detectHeaderRows(rows, 0)).toBe(2);
    expect(headerTexts(rows, 0, 2, 4)).toEqual([
      '一级指标',
      '分值',
      '采集数据项 / 数据项1',
      '采集数据项 / 数据项2',
    ]);
  });

  it('reads no header when the first row already holds numbers', () => {
    expect(detectHeaderRows([['安全生产', '隐患排查', '5']], 0)).toBe(0);
  });

  it('starts the table below a title row of one merged cell', () => {
    const rows = [
      ['2020年乡镇综合考核细则', '', ''],
      ['', '', ''],
      ['一级指标', '二级指标', '分值'],
    ];
    expect(findTop(rows)).toBe(2);
  });
});

describe('classifyRows(rows, top, headerRows)', () => {
  it('skips titles, blanks, repeated headers, totals and notes, with their rows', () => {
    const rows = [
      ['某县考核细则', '', ''],
      ['一级指标', '二级指标', '分值'],
      ['安全', '隐患排查', '5'],
      ['', '', ''],
      ['一级指标', '二级指标', '分值'],
      ['', '小计', '5'],
      ['合计', '', '5'],
      ['综合得分： 分', '', ''],
      ['注：本表满分100分', '', ''],
    ];
    const { kinds, skipped } = classifyRows(rows, 1, 1);
    expect(kinds[1]).toBe('header');
    expect(kinds[2]).toBe('data');
    expect(skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'title'],
      [4, 'blank'],
      [5, 'repeated-header'],
      [6, 'section-total'],
      [7, 'total'],
      [8, 'total'],
      [9, 'note'],
    ]);
  });

  it('reads an item whose name merely starts like a total word as data', () => {
    const rows = [
      ['序号', '考核内容'],
      ['1', '说明书管理规范'],
      ['2', '总分类账管理'],
    ];
    expect(classifyRows(rows, 0, 1).kinds).toEqual(['header', 'data', 'data']);
  });
});
