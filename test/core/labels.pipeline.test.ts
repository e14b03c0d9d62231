/**
 * Agreement with the hand labels of /work/shared/corpus/labels.csv, measured the way a user
 * meets the classifier: each corpus file through the real importer and analysis, so paths,
 * sections, points and columns are what the app sees. Reported per class (a scheme that is
 * 80% process makes "everything is process" look accurate, corpus README).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../src/core/analyze';
import { importScheme } from '../../src/core/import/importScheme';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const labels = Papa.parse<Record<string, string>>(
  readFileSync(resolve(CORPUS, 'labels.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const files = [...new Set(labels.map((l) => l.file))];

interface Pair {
  file: string;
  text: string;
  label: { kind: string; incentive: string };
  app: { kind: string; incentive: string };
}

// The importer's leaves are the labelled items in file order (test/core/import/corpus.test.ts
// proves it), so the two lists are zipped.
const pairs: Pair[] = files.flatMap((file) => {
  const result = importScheme(new Uint8Array(readFileSync(resolve(CORPUS, file))), file);
  if (!result.scheme) throw new Error(`${file} did not open`);
  const analysis = analyzeScheme(result.scheme);
  const rows = labels.filter((l) => l.file === file);
  if (rows.length !== analysis.leaves.length) throw new Error(`${file}: leaf count differs`);
  return rows.map((l, i) => ({
    file,
    text: l.row_text,
    label: { kind: l.kind, incentive: l.incentive },
    app: analysis.leaves[i],
  }));
});

function agreement(field: 'kind' | 'incentive', cls: string) {
  const labelled = pairs.filter((p) => p.label[field] === cls);
  const said = pairs.filter((p) => p.app[field] === cls);
  const agree = labelled.filter((p) => p.app[field] === cls).length;
  return {
    labelled: labelled.length,
    said: said.length,
    agree,
    recall: labelled.length ? agree / labelled.length : NaN,
    precision: said.length ? agree / said.length : NaN,
  };
}

describe('classification through the importer agrees with the hand labels', () => {
  const table = [
    ...['process', 'outcome', 'mixed'].map((c) => ['kind', c] as const),
    ...['negative', 'positive', 'neutral'].map((c) => ['incentive', c] as const),
  ].map(([field, cls]) => ({ cls, ...agreement(field, cls) }));
  console.log(
    [
      `${pairs.length} labelled leaves through importScheme + analyzeScheme`,
      'class      labelled  app says  agree  recall  precision',
      ...table.map((r) =>
        [
          r.cls.padEnd(10),
          String(r.labelled).padStart(8),
          String(r.said).padStart(9),
          String(r.agree).padStart(6),
          r.recall.toFixed(3).padStart(7),
          r.precision.toFixed(3).padStart(10),
        ].join(' '),
      ),
    ].join('\n'),
  );

  it('matches every labelled row to a leaf', () => {
    expect(pairs).toHaveLength(labels.length);
  });

  it.each(['process', 'outcome', 'negative', 'positive', 'neutral'])(
    'recalls at least 80%% of the rows labelled %s',
    (cls) => {
      const row = table.find((r) => r.cls === cls)!;
      expect(row.labelled).toBeGreaterThan(0);
      expect(row.recall).toBeGreaterThanOrEqual(0.8);
    },
  );
});
