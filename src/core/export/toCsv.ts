import { csvField } from '../gen/toCsv';
import { ancestorsOf, departmentOf, leavesOf, nodeIndex, pathOf } from '../tree';
import type { Scheme, SchemeFormat } from '../types';

/**
 * Characters that make Excel read a cell as a formula (CSV injection, OWASP): such a cell
 * is written with a leading ' so a scheme opened in Excel never runs it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number such as -0.5 (negative points) is data to Excel, not a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** One cell, made safe for Excel and quoted per RFC 4180 where needed. */
export function safeCell(value: string): string {
  const risky = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
  return csvField(risky ? `'${value}` : value);
}

const LEVEL_HEADERS = ['一级指标', '二级指标', '三级指标', '四级指标', '五级指标', '六级指标'];

function levelHeader(level: number): string {
  return LEVEL_HEADERS[level - 1] ?? `${level}级指标`;
}

function pointsText(points: number | undefined): string {
  return points === undefined ? '' : String(points);
}

/**
 * Wide form (DESIGN.md "Input formats" 1): one row per leaf, one column per level, then
 * 分值/评分标准/责任单位. A level cell repeating the row above is left blank, as merged cells
 * export; the importer reads blank as "same as above". The department written is the one
 * the leaf inherits (tree.ts departmentOf), so a department set on a branch survives.
 */
function wideRows(scheme: Scheme): string[][] {
  const index = nodeIndex(scheme);
  const leaves = leavesOf(scheme);
  const depth = Math.max(1, ...scheme.nodes.map((n) => n.level));
  const header = [...Array.from({ length: depth }, (_, i) => levelHeader(i + 1))];
  header.push('分值', '评分标准', '责任单位');
  const rows = [header];
  let previous: string[] = [];
  for (const leaf of leaves) {
    const ids = [...ancestorsOf(leaf, index).reverse(), leaf.id];
    const names = pathOf(leaf, index);
    const cells = new Array<string>(depth).fill('');
    let sameSoFar = true;
    for (let i = 0; i < names.length; i++) {
      sameSoFar = sameSoFar && previous[i] === ids[i];
      cells[i] = sameSoFar && i < names.length - 1 ? '' : names[i];
    }
    previous = ids;
    rows.push([
      ...cells,
      pointsText(leaf.points),
      leaf.rule ?? '',
      departmentOf(leaf, index) ?? '',
    ]);
  }
  return rows;
}

/** Long form (DESIGN.md "Input formats" 2): every node with its id and its parent's id. */
function longRows(scheme: Scheme): string[][] {
  const rows = [['编号', '上级编号', '指标名称', '分值', '评分标准', '责任单位']];
  for (const n of scheme.nodes) {
    rows.push([
      n.id,
      n.parent ?? '',
      n.name,
      pointsText(n.points),
      n.rule ?? '',
      n.department ?? '',
    ]);
  }
  return rows;
}

/**
 * A scheme as CSV text, by default in the format it was read in (scheme.source.format):
 * comma, CRLF, UTF-8 without BOM. Importing the text back gives the same leaves, paths,
 * points, rules and departments (test/core/export/toCsv.test.ts).
 */
export function schemeToCsv(scheme: Scheme, format: SchemeFormat = scheme.source.format): string {
  const rows = format === 'long' ? longRows(scheme) : wideRows(scheme);
  return rows.map((r) => r.map(safeCell).join(',')).join('\r\n') + '\r\n';
}
