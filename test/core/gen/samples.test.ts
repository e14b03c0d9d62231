import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameSimilarity } from '../../../src/core/gen/nameSimilarity';
import { buildSamples } from '../../../scripts/samples/buildSamples';
import { fillDown, parseCsv } from './parseCsv';

const DATA = resolve(import.meta.dirname, '../../../data');
const read = (name: string) => readFileSync(resolve(DATA, name), 'utf8');
const dataRows = (name: string) => parseCsv(read(name)).slice(1);
/** Points of a wide row: the 分值 cell, or "（0.2分）" at the end of the name when it is blank. */
const pointsOf = (cell: string, name: string) =>
  Number(cell !== '' ? cell : (/（([\d.]+)分）$/.exec(name)?.[1] ?? NaN));
const tenths = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 10), 0) / 10;

interface Group {
  names: string[];
  why: string;
}

describe('data/', () => {
  it('is what scripts/make-samples.ts writes, and its sources pass their own checks', () => {
    const built = buildSamples();
    expect(built.problems).toEqual([]);
    for (const [name, text] of Object.entries(built.files)) expect(read(name), name).toBe(text);
  });

  it.each(['scheme-2020.csv', 'scheme-2011.csv', 'scheme-long.csv'])(
    '%s is UTF-8 without BOM, with CRLF line ends, like an Excel export',
    (name) => {
      const bytes = readFileSync(resolve(DATA, name));
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    },
  );
});

describe('data/scheme-2020.csv', () => {
  const rows = fillDown(dataRows('scheme-2020.csv'), [0, 1]);

  it('has the reported counts: 4 major items, 109 sub-items, 371 detailed items', () => {
    expect(parseCsv(read('scheme-2020.csv'))[0]).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '评分标准',
      '责任单位',
    ]);
    expect(new Set(rows.map((r) => r[0])).size).toBe(4);
    expect(new Set(rows.map((r) => `${r[0]}/${r[1]}`)).size).toBe(109);
    expect(rows).toHaveLength(371);
    for (const r of rows) expect(r[2]).not.toBe('');
  });

  it('gives 25 points to each major item, 100 in all, some written inside the names', () => {
    const byMajor = new Map<string, number[]>();
    for (const r of rows) byMajor.set(r[0], [...(byMajor.get(r[0]) ?? []), pointsOf(r[3], r[2])]);
    expect([...byMajor.values()].map(tenths)).toEqual([25, 25, 25, 25]);
    expect(rows.filter((r) => r[3] === '' && /（[\d.]+分）$/.test(r[2])).length).toBeGreaterThan(0);
  });

  it('carries the formalism the product exposes: vetoes, deductions, check-ins, ledgers, signs', () => {
    const text = rows.map((r) => `${r[2]} ${r[4]}`);
    const count = (re: RegExp) => text.filter((t) => re.test(t)).length;
    expect(count(/一票否决/)).toBeGreaterThanOrEqual(5);
    expect(
      rows.filter((r) => /扣/.test(r[4]) && !/加\d|得满分|按.*得分/.test(r[4])).length,
    ).toBeGreaterThan(371 / 2);
    expect(count(/打卡|APP/)).toBeGreaterThanOrEqual(5);
    expect(count(/台账/)).toBeGreaterThanOrEqual(10);
    expect(count(/上墙|公示牌|光荣牌|挂牌/)).toBeGreaterThanOrEqual(5);
    expect(count(/会/)).toBeGreaterThanOrEqual(10);
  });

  it('has the overlap groups of scheme-2020.overlaps.json, each across departments', () => {
    const groups = JSON.parse(read('scheme-2020.overlaps.json')) as Group[];
    expect(groups.length).toBeGreaterThanOrEqual(10);
    for (const g of groups) {
      const found = g.names.map((n) => rows.filter((r) => r[2] === n));
      expect(found.map((f) => f.length)).toEqual(g.names.map(() => 1));
      expect(new Set(found.map((f) => f[0][5])).size).toBe(g.names.length);
      for (const a of g.names) {
        for (const b of g.names)
          if (a < b) expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.6);
      }
      expect(g.why).not.toBe('');
    }
  });

  it('has no overlaps but those: no two other items reach 0.45', () => {
    const groups = JSON.parse(read('scheme-2020.overlaps.json')) as Group[];
    const groupOf = new Map(groups.flatMap((g, k) => g.names.map((n) => [n, k] as const)));
    const names = rows.map((r) => r[2]);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const together = groupOf.has(names[i]) && groupOf.get(names[i]) === groupOf.get(names[j]);
        if (!together) expect(nameSimilarity(names[i], names[j])).toBeLessThan(0.45);
      }
    }
  });
});

describe('data/scheme-2011.csv', () => {
  const rows = fillDown(dataRows('scheme-2011.csv'), [0]);

  it('has 9 major items, 40–60 items and 100 points, each major item adding up', () => {
    const majors = [...new Set(rows.map((r) => r[0]))];
    expect(majors).toHaveLength(9);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.length).toBeLessThanOrEqual(60);
    for (const major of majors) {
      const declared = Number(/（(\d+)分）$/.exec(major)?.[1]);
      expect(tenths(rows.filter((r) => r[0] === major).map((r) => Number(r[2])))).toBe(declared);
    }
    expect(tenths(rows.map((r) => Number(r[2])))).toBe(100);
  });

  it('is scored mostly by attainment and bonus, and no two items overlap', () => {
    const deductionOnly = rows.filter((r) => /扣|不得分/.test(r[3]) && !/得\d|加\d/.test(r[3]));
    expect(deductionOnly.length).toBeLessThan(rows.length / 5);
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        expect(nameSimilarity(rows[i][1], rows[j][1])).toBeLessThan(0.45);
      }
    }
  });
});

describe('data/scheme-long.csv', () => {
  const header = parseCsv(read('scheme-long.csv'))[0];
  const rows = dataRows('scheme-long.csv');

  it('is a long-form table of 30–60 rows whose parents exist and come first', () => {
    expect(header).toEqual(['编号', '上级编号', '指标名称', '分值', '评分标准', '责任单位']);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBeLessThanOrEqual(60);
    const seen = new Set<string>();
    for (const [id, parent] of rows) {
      expect(seen.has(id)).toBe(false);
      if (parent !== '') expect(seen.has(parent)).toBe(true);
      seen.add(id);
    }
  });

  it("gives every parent the sum of its children's points", () => {
    for (const [id, , , points] of rows) {
      const children = rows.filter((r) => r[1] === id);
      if (children.length > 0)
        expect(tenths(children.map((c) => Number(c[3])))).toBe(Number(points));
    }
  });
});
