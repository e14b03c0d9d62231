import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';

/** The hand-labelled corpus rows (see /work/shared/corpus/README.md "labels.csv"). */
export const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

/** One labelled leaf, with what a classifier may know about it. */
export interface LabelRow {
  file: string;
  name: string;
  rule?: string;
  /** Ancestors' names, rebuilt from the `ctx=` part of the notes where the labeller wrote one. */
  path: string[];
  /** 分值 of the row in its source table, where one was found. */
  points?: number;
  kind: string;
  incentive: string;
  notes: string;
}

function parse(file: string): string[][] {
  const text = readFileSync(resolve(CORPUS, file), 'utf8');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

/**
 * The 分值 of a row in its source table: the last numeric cell under a header containing
 * 分值 (the 吉林 form has two: the level-2 and the level-3 points) on the first row where
 * one cell is the row text. Stands in for the importer until the test runs through it.
 */
function pointsLookup(file: string): (name: string) => number | undefined {
  const table = parse(file);
  const header = table[0] ?? [];
  const cols = header.flatMap((h, i) => (h.includes('分值') ? [i] : []));
  return (name) => {
    const row = table.find((r) => r.some((c) => c.trim() === name.trim()));
    if (!row) return undefined;
    const values = cols
      .map((i) => (row[i] ?? '').trim())
      .filter((v) => v !== '' && !isNaN(Number(v)))
      .map(Number);
    return values.length > 0 ? values[values.length - 1] : undefined;
  };
}

/** Points written inside a name, "（0.4分）", as the importer reads them (DESIGN.md). */
function pointsInName(name: string): number | undefined {
  const m = /[（(]\s*(-?[0-9.]+)\s*分\s*[）)]\s*$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** All labelled rows. */
export function readLabelRows(): LabelRow[] {
  const text = readFileSync(resolve(CORPUS, 'labels.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const lookups = new Map<string, (name: string) => number | undefined>();
  return rows.map((r) => {
    let lookup = lookups.get(r.file);
    if (!lookup) {
      lookup = pointsLookup(r.file);
      lookups.set(r.file, lookup);
    }
    const ctx = /ctx=([^;]*)/.exec(r.notes)?.[1] ?? '';
    const row: LabelRow = {
      file: r.file,
      name: r.row_text,
      path: ctx
        .split('/')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      kind: r.kind,
      incentive: r.incentive,
      notes: r.notes,
    };
    if (r.scoring_rule) row.rule = r.scoring_rule;
    const points = lookup(r.row_text) ?? pointsInName(r.row_text);
    if (points !== undefined && !isNaN(points)) row.points = points;
    return row;
  });
}
