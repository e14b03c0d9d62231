import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScheme, ANALYZE_PHASES } from '../../src/core/analyze';
import { importScheme } from '../../src/core/import/importScheme';

describe('analyzeScheme(scheme, options, onPhase) reports its progress', () => {
  it('announces each phase once, in order, before the result', () => {
    const bytes = new Uint8Array(
      readFileSync(resolve(import.meta.dirname, '../../data/scheme-2011.csv')),
    );
    const scheme = importScheme(bytes, 'scheme-2011.csv').scheme!;
    const heard: [string, number][] = [];
    const analysis = analyzeScheme(scheme, {}, (phase, index) => heard.push([phase, index]));
    expect(heard).toEqual(ANALYZE_PHASES.map((p, i) => [p, i]));
    // The callback changes nothing: the same analysis as without it.
    expect(analysis).toEqual(analyzeScheme(scheme));
  });
});
