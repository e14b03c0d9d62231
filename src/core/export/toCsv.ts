import { csvField } from '../gen/toCsv';
import { schemeGrid } from './schemeGrid';
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

function pointsText(points: number | undefined): string {
  return points === undefined ? '' : String(points);
}

/**
 * Wide form (DESIGN.md "Input formats" 1): the table an office keeps (schemeGrid, the same
 * layout as the .xlsx export) with each merged level cell written once and blank below, as
 * merged cells export; the importer reads blank as "same as above". A branch's points and
 * numbering are in its name cell ("一、经济发展（20分）"), so they survive the round trip.
 */
function wideRows(scheme: Scheme): string[][] {
  const grid = schemeGrid(scheme);
  return [grid.headers, ...grid.rows.map((r) => r.map((c) => (c === null ? '' : String(c))))];
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
