import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeCell, schemeToCsv } from '../../../src/core/export/toCsv';
import { importScheme } from '../../../src/core/import/importScheme';
import { departmentOf, leavesOf, nodeIndex, pathOf } from '../../../src/core/tree';
import type { Scheme } from '../../../src/core/types';
import { CORPUS_FILES, DATA, SAMPLE_FILES } from '../../schemeFiles';

function load(path: string): Scheme {
  const result = importScheme(new Uint8Array(readFileSync(path)), path.split('/').at(-1)!);
  if (!result.scheme) throw new Error(`${path}: ${JSON.stringify(result.issues)}`);
  return result.scheme;
}

/** What a user would compare: each leaf's path, points, rule and department. */
function leafView(scheme: Scheme) {
  const index = nodeIndex(scheme);
  return leavesOf(scheme).map((leaf) => ({
    path: pathOf(leaf, index),
    points: leaf.points ?? null,
    rule: leaf.rule ?? null,
    department: departmentOf(leaf, index) ?? null,
  }));
}

/** Every node, branches too: its path, points (a branch's total) and whether it is a leaf. */
function nodeView(scheme: Scheme) {
  const index = nodeIndex(scheme);
  return scheme.nodes.map((n) => ({
    path: pathOf(n, index),
    points: n.points ?? null,
    leaf: n.children.length === 0,
  }));
}

describe('safeCell(value) keeps Excel from running a cell as a formula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+A1', "'+A1"],
    ['+1', '+1'],
    ['-2分', "'-2分"],
    ['-0.5', '-0.5'],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['每少一次扣0.1分', '每少一次扣0.1分'],
    ['a,b', '"a,b"'],
    ['说"好"', '"说""好"""'],
  ])('%j is written as %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });
});

describe('schemeToCsv(scheme) imports back to the same tree', () => {
  const files = [...SAMPLE_FILES, ...CORPUS_FILES];
  it.each(files)('%s', (file) => {
    const original = load(file);
    const csv = schemeToCsv(original);
    const back = importScheme(new TextEncoder().encode(csv), 'roundtrip.csv');
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(back.scheme?.source.format).toBe(original.source.format);
    expect(leafView(back.scheme!)).toEqual(leafView(original));
    // Branch totals too (scheme-2011's "经济发展（20分）", the corpus's 一级 points).
    if (original.source.format === 'wide') {
      expect(nodeView(back.scheme!)).toEqual(nodeView(original));
    }
  });
});

describe('schemeToCsv(scheme) writes the wide form as merged cells export', () => {
  it('leaves a level cell blank when it repeats the row above', () => {
    const scheme = load(resolve(DATA, 'scheme-2020.csv'));
    const lines = schemeToCsv(scheme).split('\r\n');
    expect(lines[0]).toBe('一级指标,二级指标,三级指标,分值,评分标准,责任单位');
    // Read from data/scheme-2020.csv rows 2–3: same 一级/二级, second row blank there.
    expect(
      lines[1].startsWith('党的建设,理论学习,党委理论学习中心组全年集中学习不少于12次,0.3,'),
    ).toBe(true);
    expect(lines[2].startsWith(',,中心组学习有计划')).toBe(true);
  });
});
