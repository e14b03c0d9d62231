/** Test helpers: tables as the bytes a user's file would hold, and tree accessors. */
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importScheme, type ImportOptions } from '../../../src/core/import/importScheme';
import type { ImportResult, IndicatorNode, Scheme } from '../../../src/core/types';

/** The shared corpus of real schemes (never edited). */
export const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

export function corpusBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(CORPUS, file)));
}

function field(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** Rows as CSV text the way Excel writes it: CRLF after every row, standard quoting. */
export function csv(rows: string[][], delimiter = ','): string {
  return rows.map((r) => r.map((v) => field(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const gb18030 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gb18030'));

/** Imports CSV rows (UTF-8) and returns the result. */
export function importRows(
  rows: string[][],
  fileName = 'scheme.csv',
  options?: ImportOptions,
): ImportResult {
  return importScheme(utf8(csv(rows)), fileName, options);
}

/** The scheme of a result, failing the test with its issues when there is none. */
export function schemeOf(result: ImportResult): Scheme {
  if (!result.scheme) {
    throw new Error('no scheme: ' + result.issues.map((i) => `${i.row} ${i.code}`).join('; '));
  }
  return result.scheme;
}

export const leaves = (s: Scheme): IndicatorNode[] =>
  s.nodes.filter((n) => n.children.length === 0);

/** Names from the major item down to the node. */
export function path(s: Scheme, node: IndicatorNode): string[] {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (let n: IndicatorNode | undefined = node; n; n = n.parent ? byId.get(n.parent) : undefined) {
    out.unshift(n.name);
  }
  return out;
}

/** The one node with this name (fails when there is not exactly one). */
export function node(s: Scheme, name: string): IndicatorNode {
  const found = s.nodes.filter((n) => n.name === name);
  if (found.length !== 1) throw new Error(`${found.length} nodes named ${name}`);
  return found[0];
}

/** The role of the column with this header text. */
export function roleOf(result: ImportResult, header: string): string | undefined {
  return result.mapping?.columns.find((c) => c.header === header)?.role;
}
