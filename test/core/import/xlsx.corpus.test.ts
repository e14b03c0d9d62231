/**
 * Issue 6, done when: "The corpus files saved as .xlsx with merged cells … give the same
 * counts and metrics as their CSVs". Each corpus CSV is written to a workbook here, its level
 * cells merged over the blank cells below them as an office keeps them, then both are
 * imported and analysed.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { analyzeScheme } from '../../../src/core/analyze';
import { findTop } from '../../../src/core/import/detectHeader';
import { importScheme } from '../../../src/core/import/importScheme';
import { importWorkbook } from '../../../src/core/import/importWorkbook';
import { CORPUS, corpusBytes, leaves, path, schemeOf } from './helpers';
import { levelColumnsOf, levelMerges, workbookBytes } from './xlsxFixtures';

const FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.csv') && f !== 'labels.csv');

describe('importWorkbook(bytes) reads a corpus scheme saved as .xlsx like its CSV', () => {
  it('finds the eight corpus schemes', () => {
    expect(FILES).toHaveLength(8);
  });

  it.each(FILES)('%s: same nodes, leaves, paths, points, rules and analysis', async (file) => {
    const bytes = corpusBytes(file);
    const csvResult = importScheme(bytes, file, { id: 'x' });
    const csvScheme = schemeOf(csvResult);
    const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes), {
      skipEmptyLines: false,
    }).data;
    while (rows.length > 0 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
    const mapping = csvResult.mapping!;
    const merges = levelMerges(rows, levelColumnsOf(mapping), findTop(rows) + mapping.headerRows);
    // Every multi-level corpus file has blocks to merge: otherwise this test would test little.
    if (levelColumnsOf(mapping).length > 1) expect(merges.length).toBeGreaterThan(0);

    const xlsx = await workbookBytes([{ name: '考核细则', rows, merges }]);
    const result = await importWorkbook(xlsx, file.replace(/\.csv$/, '.xlsx'), { id: 'x' });
    const scheme = schemeOf(result);

    expect(result.sheets).toEqual(['考核细则']);
    expect(scheme.source.sheet).toBe('考核细则');
    expect(result.mapping).toEqual(csvResult.mapping);
    expect(leaves(scheme).map((n) => path(scheme, n))).toEqual(
      leaves(csvScheme).map((n) => path(csvScheme, n)),
    );
    expect(leaves(scheme).map((n) => [n.points, n.rule])).toEqual(
      leaves(csvScheme).map((n) => [n.points, n.rule]),
    );
    expect(scheme.nodes).toEqual(csvScheme.nodes);
    expect(result.skipped).toEqual(csvResult.skipped);
    expect(analyzeScheme(scheme)).toEqual(analyzeScheme(csvScheme));
  });
});
