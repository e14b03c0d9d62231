import { describe, expect, it } from 'vitest';
import { generateScheme } from '../../../src/core/gen/generateScheme';
import { importScheme } from '../../../src/core/import/importScheme';
import { splitByYear } from '../../../src/core/import/splitByYear';
import type { Scheme } from '../../../src/core/types';
import { schemeProblem } from '../../../src/core/workspace/checkScheme';
import { corpusBytes, importRows, leaves, path, schemeOf, utf8 } from './helpers';

const names = (s: Scheme) => leaves(s).map((n) => path(s, n).join(' / '));

describe('importScheme records the year of each node', () => {
  it('fills a blank year cell down from the row above, as level cells are', () => {
    const s = schemeOf(
      importRows([
        ['年度', '一级指标', '二级指标', '分值'],
        ['2018', '党的建设', '组织建设', '5'],
        ['', '', '作风建设', '5'],
        ['2019', '党的建设', '组织建设', '6'],
        ['2019', '', '廉政建设', '4'],
      ]),
    );
    expect(s.nodes.map((n) => [n.name, n.year])).toEqual([
      ['党的建设', 2018],
      ['组织建设', 2018],
      ['作风建设', 2018],
      ['党的建设', 2019],
      ['组织建设', 2019],
      ['廉政建设', 2019],
    ]);
  });

  it('starts a new block when the year changes: the same major item in two years is two nodes', () => {
    const s = schemeOf(
      importRows([
        ['年份', '一级指标', '二级指标'],
        ['2018', '党的建设', '组织建设'],
        ['2019', '党的建设', '组织建设'],
        ['2019', '', '廉政建设'],
      ]),
    );
    const majors = s.nodes.filter((n) => n.level === 1);
    expect(majors.map((n) => [n.name, n.year, n.children.length])).toEqual([
      ['党的建设', 2018, 1],
      ['党的建设', 2019, 2],
    ]);
  });

  it('records the year in the long form too', () => {
    const text = '年度,编号,上级编号,指标名称\r\n2020,A,,安全\r\n,A1,A,检查\r\n2021,B,,党建\r\n';
    const s = schemeOf(importScheme(utf8(text), 'long.csv'));
    expect(s.nodes.map((n) => [n.id, n.year])).toEqual([
      ['A', 2020],
      ['A1', 2020],
      ['B', 2021],
    ]);
  });
});

describe('splitByYear(scheme)', () => {
  it('gives one valid scheme per year of `lens gen --leaves 300 --years 3 --seed 4`, leaves = rows of that year', () => {
    const text = generateScheme({ leaves: 300, seed: 4, years: 3 });
    // Counted from the CSV text itself: one data line per leaf, its first field the year.
    const rowsPerYear = new Map<number, number>();
    for (const line of text.split(/\r?\n/).slice(1)) {
      if (line === '') continue;
      const y = Number(line.split(',')[0]);
      rowsPerYear.set(y, (rowsPerYear.get(y) ?? 0) + 1);
    }
    const scheme = schemeOf(importScheme(utf8(text), 'gen.csv'));
    const parts = splitByYear(scheme);
    expect(parts.map((p) => p.year)).toEqual([...rowsPerYear.keys()].sort());
    expect(parts).toHaveLength(3);
    for (const { year, scheme: s } of parts) {
      expect(leaves(s)).toHaveLength(rowsPerYear.get(year)!);
      expect(s.id).toBe(`${scheme.id}:${year}`);
      expect(s.label).toBe(`${scheme.label} ${year}`);
      expect(s.year).toBe(year);
      expect(s.nodes.every((n) => n.year === year)).toBe(true);
      expect(schemeProblem(s)).toBeNull();
    }
    // Every leaf lands in exactly one year; the major items repeat per year.
    expect(parts.reduce((sum, p) => sum + leaves(p.scheme).length, 0)).toBe(leaves(scheme).length);
  });

  it('keeps each year’s tree and file rows, in year order whatever the file order', () => {
    const s = schemeOf(
      importRows([
        ['年度', '一级指标', '二级指标', '分值'],
        ['2020', '经济发展', '招商引资完成率', '5'],
        ['2018', '经济发展', '招商引资完成率', '4'],
        ['', '', '项目落地', '6'],
      ]),
    );
    const parts = splitByYear(s);
    expect(parts.map((p) => [p.year, names(p.scheme)])).toEqual([
      [2018, ['经济发展 / 招商引资完成率', '经济发展 / 项目落地']],
      [2020, ['经济发展 / 招商引资完成率']],
    ]);
    expect(leaves(parts[0].scheme).map((n) => [n.points, n.rows])).toEqual([
      [4, [3]],
      [6, [4]],
    ]);
  });

  it('keeps the ancestors of a node whose parent has another year (long form)', () => {
    const text =
      '年度,编号,上级编号,指标名称\r\n2020,A,,安全\r\n2020,A1,A,检查\r\n2021,A2,A,巡查\r\n';
    const parts = splitByYear(schemeOf(importScheme(utf8(text), 'long.csv')));
    expect(parts.map((p) => [p.year, p.scheme.nodes.map((n) => [n.id, n.children])])).toEqual([
      [
        2020,
        [
          ['A', ['A1']],
          ['A1', []],
        ],
      ],
      [
        2021,
        [
          ['A', ['A2']],
          ['A2', []],
        ],
      ],
    ]);
    parts.forEach((p) => expect(schemeProblem(p.scheme)).toBeNull());
  });

  it('returns [] for a scheme without years, and does not change the scheme it splits', () => {
    const plain = schemeOf(importScheme(corpusBytes('ganbu_dangan_shenhe_pingfen.csv'), 'g.csv'));
    expect(splitByYear(plain)).toEqual([]);
    const text = generateScheme({ leaves: 40, seed: 1, years: 2 });
    const s = schemeOf(importScheme(utf8(text), 'gen.csv'));
    const before = structuredClone(s);
    splitByYear(s);
    expect(s).toEqual(before);
  });
});
