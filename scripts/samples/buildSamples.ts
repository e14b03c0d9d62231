import { formatPoints } from '../../src/core/gen/composeRule';
import { toCsv } from '../../src/core/gen/toCsv';
import {
  ACCIDENTAL_MAX_SIMILARITY,
  checkOverlaps,
  similarPairs,
  sumPoints,
  type CheckedItem,
} from './checkSample';
import type { SampleMajorItem } from './sampleTypes';
import { overlaps2020, scheme2020 } from './scheme2020/index';
import { scheme2011 } from './scheme2011';
import { schemeLong } from './schemeLong';

/** The files of data/, by name, with what was found wrong and a summary to print. */
export interface BuiltSamples {
  files: Record<string, string>;
  problems: string[];
  summary: string[];
}

const pts = (p: number) => formatPoints(Math.round(p * 10));

/** Wide rows of a three-level scheme; a repeated level cell is left blank (merged cells). */
function wide3(majors: readonly SampleMajorItem[], problems: string[]) {
  const rows: string[][] = [['一级指标', '二级指标', '三级指标', '分值', '评分标准', '责任单位']];
  const items: CheckedItem[] = [];
  for (const major of majors) {
    const sum = sumPoints(major.subItems.flatMap((s) => s.leaves.map((l) => l[1])));
    if (sum !== major.points)
      problems.push(`${major.name}: points add up to ${sum}, not ${major.points}`);
    major.subItems.forEach((s, si) => {
      s.leaves.forEach((leaf, li) => {
        const [name, points, rule, department = s.department, where] = leaf;
        // A few items carry their points in the name, as copied tables do (DESIGN.md).
        const inName = where === 'in-name';
        rows.push([
          si === 0 && li === 0 ? major.name : '',
          li === 0 ? s.name : '',
          inName ? `${name}（${pts(points)}分）` : name,
          inName ? '' : pts(points),
          rule,
          department,
        ]);
        items.push({ name, department });
      });
    });
  }
  return { rows, items };
}

/** Wide rows of a two-level scheme whose major items carry their points in the name. */
function wide2(majors: readonly SampleMajorItem[], problems: string[]) {
  const rows: string[][] = [['一级指标', '二级指标', '分值', '评分标准', '责任单位']];
  const items: CheckedItem[] = [];
  for (const major of majors) {
    const leaves = major.subItems.flatMap((s) =>
      s.leaves.map((l) => [l[0], l[1], l[2], l[3] ?? s.department] as const),
    );
    const sum = sumPoints(leaves.map((l) => l[1]));
    if (sum !== major.points)
      problems.push(`${major.name}: points add up to ${sum}, not ${major.points}`);
    leaves.forEach(([name, points, rule, department], i) => {
      const majorCell = i === 0 ? `${major.name}（${major.points}分）` : '';
      rows.push([majorCell, name, pts(points), rule, department]);
      items.push({ name, department });
    });
  }
  return { rows, items };
}

/** Long rows; the parent is the id without its last part. */
function long(problems: string[]) {
  const rows: string[][] = [['编号', '上级编号', '指标名称', '分值', '评分标准', '责任单位']];
  const ids = new Set<string>();
  const parentOf = (id: string) => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '');
  for (const [id, name, points, rule = '', department = ''] of schemeLong) {
    const parent = parentOf(id);
    if (ids.has(id)) problems.push(`long: duplicate id ${id}`);
    if (parent !== '' && !ids.has(parent)) problems.push(`long: ${id} comes before its parent`);
    ids.add(id);
    const children = schemeLong.filter((r) => parentOf(r[0]) === id);
    if (children.length > 0 && sumPoints(children.map((c) => c[2])) !== points) {
      problems.push(`long: the children of ${id} do not add up to ${points}`);
    }
    rows.push([id, parent, name, pts(points), rule, department]);
  }
  return rows;
}

/**
 * Every file of data/ from the hand-written sources, checked against what data/README.md
 * promises: 2020 = 4 / 109 / 371 items and 100 points, its overlap groups found and no
 * others; 2011 = 9 major items, 40–60 items, 100 points, no overlaps; the long form 30–60
 * rows whose parents' points are their children's sum.
 */
export function buildSamples(): BuiltSamples {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };

  const s2020 = wide3(scheme2020, problems);
  const leaves2020 = s2020.rows.length - 1;
  const subItems2020 = scheme2020.reduce((n, m) => n + m.subItems.length, 0);
  expect(scheme2020.length === 4, `2020: ${scheme2020.length} major items, not 4`);
  expect(subItems2020 === 109, `2020: ${subItems2020} sub-items, not 109`);
  expect(leaves2020 === 371, `2020: ${leaves2020} detailed items, not 371`);
  expect(sumPoints(scheme2020.map((m) => m.points)) === 100, '2020: not 100 points');
  problems.push(...checkOverlaps(s2020.items, overlaps2020));

  const s2011 = wide2(scheme2011, problems);
  const leaves2011 = s2011.rows.length - 1;
  expect(scheme2011.length === 9, `2011: ${scheme2011.length} major items, not 9`);
  expect(leaves2011 >= 40 && leaves2011 <= 60, `2011: ${leaves2011} items, not 40–60`);
  expect(sumPoints(scheme2011.map((m) => m.points)) === 100, '2011: not 100 points');
  for (const p of similarPairs(s2011.items, ACCIDENTAL_MAX_SIMILARITY)) {
    problems.push(`2011 accidental ${p.similarity.toFixed(2)}: ${p.a} | ${p.b}`);
  }

  const longRows = long(problems);
  expect(longRows.length - 1 >= 30 && longRows.length - 1 <= 60, 'long: not 30–60 rows');

  const perMajor = scheme2020.map(
    (m) => `${m.name} ${m.subItems.length}/${m.subItems.reduce((n, s) => n + s.leaves.length, 0)}`,
  );
  return {
    files: {
      'scheme-2020.csv': toCsv(s2020.rows),
      'scheme-2011.csv': toCsv(s2011.rows),
      'scheme-long.csv': toCsv(longRows),
      'scheme-2020.overlaps.json': JSON.stringify(overlaps2020, null, 2) + '\n',
    },
    problems,
    summary: [
      `2020: ${scheme2020.length} major, ${subItems2020} sub, ${leaves2020} detailed items (${perMajor.join('; ')})`,
      `2011: ${scheme2011.length} major, ${leaves2011} items; long form: ${longRows.length - 1} rows`,
    ],
  };
}
