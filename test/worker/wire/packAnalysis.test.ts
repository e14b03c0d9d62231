/**
 * The analysis crosses from the worker as codes and tables of distinct evidence (issue 5).
 * Every leaf's kind, incentive, veto, flags and evidence must arrive as computed: the page
 * shows that evidence beside every classification.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../../src/core/analyze';
import { importScheme } from '../../../src/core/import/importScheme';
import { packAnalysis, unpackAnalysis } from '../../../src/worker/wire/packAnalysis';
import { CORPUS_FILES, DATA } from '../../schemeFiles';

const files = [resolve(DATA, 'scheme-2020.csv'), ...CORPUS_FILES];

describe('packAnalysis / unpackAnalysis', () => {
  it.each(files.map((f) => [f.split('/').pop(), f]))(
    '%s: every leaf arrives with its classes and evidence',
    (_name, file) => {
      const scheme = importScheme(new Uint8Array(readFileSync(file)), file).scheme!;
      // With an override, so that override evidence crosses too.
      const leaf = scheme.nodes.find((n) => n.children.length === 0)!;
      const analysis = analyzeScheme(scheme, {
        overrides: [{ id: leaf.id, kind: 'outcome', incentive: 'positive' }],
      });
      const back = unpackAnalysis(packAnalysis(analysis));
      expect(back).toStrictEqual(analysis);
      expect(back.leaves.find((l) => l.id === leaf.id)?.kindEvidence.source).toBe('override');
    },
  );

  it('sends each distinct evidence once: far fewer than three per leaf', () => {
    const file = resolve(DATA, 'scheme-2020.csv');
    const scheme = importScheme(new Uint8Array(readFileSync(file)), file).scheme!;
    const packed = packAnalysis(analyzeScheme(scheme));
    expect(packed.count).toBe(371);
    expect(packed.evidence.length).toBeLessThan(packed.count);
    expect(packed.flagLists.length).toBeLessThan(packed.count);
  });
});
