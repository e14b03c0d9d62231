import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../../src/core/analyze';
import { importScheme } from '../../../src/core/import/importScheme';
import { simulate } from '../../../src/core/simulate/simulate';
import { nodeIndex, pathOf } from '../../../src/core/tree';
import type { Analysis, Scheme } from '../../../src/core/types';
import {
  FLAGS_ON_SLIDE,
  headlineFlags,
  OVERLAPS_ON_SLIDE,
  REPORT_FLAGS,
  REPORT_OVERLAPS,
  reportOf,
  slidesOf,
  splitPath,
  type DeckInput,
  type Slide,
} from '../../../src/ui/present/deck';

const data = (file: string) => resolve(import.meta.dirname, '../../../data', file);

function open(file: string): { scheme: Scheme; analysis: Analysis } {
  const result = importScheme(new Uint8Array(readFileSync(data(file))), file);
  if (!result.scheme) throw new Error(`${file} did not import`);
  return { scheme: result.scheme, analysis: analyzeScheme(result.scheme) };
}

/** Planted in the 2020 sample: 15 groups of items that assess the same thing (data/README.md). */
const planted = JSON.parse(readFileSync(data('scheme-2020.overlaps.json'), 'utf8')) as {
  names: string[];
}[];

let y2011: { scheme: Scheme; analysis: Analysis };
let y2020: { scheme: Scheme; analysis: Analysis };

beforeAll(() => {
  y2011 = open('scheme-2011.csv');
  y2020 = open('scheme-2020.csv');
});

/** A deck input built the way the app does: paths joined ' › ', flagged leaves, clusters. */
function deckOf(
  { scheme, analysis }: { scheme: Scheme; analysis: Analysis },
  extra: Partial<DeckInput> = {},
): DeckInput {
  const byId = nodeIndex(scheme);
  const path = (id: string) => pathOf(byId.get(id)!, byId).join(' › ');
  return {
    title: scheme.label,
    date: '2026-11-29',
    scheme,
    analysis,
    years: [{ key: scheme.id, label: String(scheme.year ?? ''), byLevel: analysis.counts.byLevel }],
    levelNames: ['大项', '小项', '细项'],
    simulation: null,
    overlaps: analysis.overlap.clusters
      .filter((c) => c.members.length > 1)
      .map((c) => ({ members: c.members.map(path), similarity: c.maxSimilarity })),
    flagged: analysis.leaves
      .filter((l) => l.flags.length > 0)
      .map((l) => ({ path: path(l.id), flags: l.flags.map((f) => f.type) })),
    ...extra,
  };
}

const kinds = (slides: Slide[]) => slides.map((s) => s.kind);
function slide<K extends Slide['kind']>(slides: Slide[], kind: K): Extract<Slide, { kind: K }> {
  const found = slides.find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind} slide`);
  return found as Extract<Slide, { kind: K }>;
}

describe('slidesOf(input)', () => {
  it('has six slides, in order, for two years and a consolidation', () => {
    const merged = simulate(y2020.scheme, [{ type: 'merge-overlap' }]).scheme;
    const input = deckOf(y2020, {
      years: [
        { key: '2011', label: '2011', byLevel: y2011.analysis.counts.byLevel },
        { key: '2020', label: '2020', byLevel: y2020.analysis.counts.byLevel },
      ],
      simulation: {
        label: '合并重复项',
        before: y2020.analysis,
        after: analyzeScheme(merged),
        steps: ['合并 15 组重复项'],
      },
    });
    expect(kinds(slidesOf(input))).toEqual([
      'numbers',
      'sunburst',
      'growth',
      'simulation',
      'flags',
      'overlaps',
    ]);
  });

  it.each<{ name: string; extra: Partial<DeckInput>; expected: Slide['kind'][] }>([
    {
      name: 'one year and no simulation: no growth or before/after slide',
      extra: {},
      expected: ['numbers', 'sunburst', 'flags', 'overlaps'],
    },
    {
      name: 'nothing flagged and no overlap: the numbers and the picture only',
      extra: { flagged: [], overlaps: [] },
      expected: ['numbers', 'sunburst'],
    },
  ])('$name', ({ extra, expected }) => {
    expect(kinds(slidesOf(deckOf(y2020, extra)))).toEqual(expected);
  });

  it('leaves out the overlap slide for the 2011 sample, which has no overlap', () => {
    expect(kinds(slidesOf(deckOf(y2011)))).not.toContain('overlaps');
  });

  it('puts 4 大项 / 109 小项 / 371 细项 and the analysis’s three ratios on the first slide', () => {
    const first = slidesOf(deckOf(y2020))[0];
    expect(first.kind).toBe('numbers');
    if (first.kind !== 'numbers') return;
    const n = first.numbers;
    expect(n.levels).toEqual([
      { count: 4, name: '大项' },
      { count: 109, name: '小项' },
      { count: 371, name: '细项' },
    ]);
    const a = y2020.analysis;
    expect(n.overlapRatio).toBe(a.overlap.ratio);
    expect(n.negativeRatio).toBe(a.incentive.negativeRatio);
    expect(n.negativeRatioByPoints).toBe(a.incentive.negativeRatioByPoints);
    expect(n.processShare).toBe(a.kind.processShare);
    expect(n.processShareByPoints).toBe(a.kind.processShareByPoints);
    // The sample's planted groups: 15 clusters, merging them removes Σ(size − 1) items.
    expect(n.clusters).toBe(planted.length);
    expect(n.redundant).toBe(planted.reduce((s, g) => s + g.names.length - 1, 0));
    // Overlap ratio = leaves in clusters / leaves (DESIGN.md).
    const inClusters = planted.reduce((s, g) => s + g.names.length, 0);
    expect(n.overlapRatio).toBeCloseTo(inClusters / 371, 10);
  });

  it('names a level the input has no name for instead of leaving it blank', () => {
    const first = slidesOf(deckOf(y2020, { levelNames: ['大项'] }))[0];
    if (first.kind !== 'numbers') throw new Error('numbers first');
    expect(first.numbers.levels.map((l) => l.name)).toEqual(['大项', 'L2', 'L3']);
  });

  it('shows before and after a merge of the planted overlaps: 16 fewer items, no overlap left', () => {
    const merged = simulate(y2020.scheme, [{ type: 'merge-overlap' }]).scheme;
    const after = analyzeScheme(merged);
    const input = deckOf(y2020, {
      simulation: { label: '合并重复项', before: y2020.analysis, after, steps: ['合并'] },
    });
    const s = slide(slidesOf(input), 'simulation');
    expect(s.before.leaves).toBe(371);
    expect(s.after.leaves).toBe(371 - 16);
    expect(s.after.overlapRatio).toBe(0);
    expect(s.after.negativeRatio).toBe(after.incentive.negativeRatio);
    expect(s.steps).toEqual(['合并']);
  });

  it('lists the first 12 flagged items and counts the rest', () => {
    const input = deckOf(y2020);
    const s = slide(slidesOf(input), 'flags');
    expect(input.flagged.length).toBe(y2020.analysis.flags.leaves);
    expect(s.items.map((i) => i.path)).toEqual(
      input.flagged.slice(0, FLAGS_ON_SLIDE).map((i) => i.path),
    );
    expect(s.items).toHaveLength(12);
    expect(s.total).toBe(y2020.analysis.flags.leaves);
    expect(s.rest).toBe(y2020.analysis.flags.leaves - 12);
  });

  it('counts the overlaps not shown from the analysis, even when the input carries only a few', () => {
    const input = deckOf(y2020);
    const s = slide(slidesOf({ ...input, overlaps: input.overlaps.slice(0, 2) }), 'overlaps');
    expect(s.items).toHaveLength(2);
    expect(s.rest).toBe(15 - 2);
    const full = slide(slidesOf(input), 'overlaps');
    expect(full.items).toHaveLength(OVERLAPS_ON_SLIDE);
    expect(full.rest).toBe(15 - OVERLAPS_ON_SLIDE);
    expect(full.clusters).toBe(15);
    expect(full.redundant).toBe(16);
  });

  it('does not modify the input it was given', () => {
    const input = deckOf(y2020);
    const copy = structuredClone(input);
    slidesOf(input);
    reportOf(input);
    expect(input).toEqual(copy);
  });
});

describe('reportOf(input)', () => {
  it('keeps the top 5 overlaps and the top 10 flagged items, with the totals', () => {
    const input = deckOf(y2020);
    const r = reportOf(input);
    expect(r.overlaps).toEqual(input.overlaps.slice(0, REPORT_OVERLAPS));
    expect(r.overlaps).toHaveLength(5);
    expect(r.overlapsTotal).toBe(15);
    expect(r.flagged.map((i) => i.path)).toEqual(
      input.flagged.slice(0, REPORT_FLAGS).map((i) => i.path),
    );
    expect(r.flaggedTotal).toBe(y2020.analysis.flags.leaves);
    expect(r.numbers.vetoes).toBe(y2020.analysis.incentive.vetoes);
    expect(r.numbers.flaggedLeaves).toBe(y2020.analysis.flags.leaves);
    expect(r.numbers.criteriaLeaves).toBe(y2020.analysis.flags.criteriaLeaves);
    expect(r.numbers.structuralLeaves).toBe(y2020.analysis.flags.structuralLeaves);
  });

  it('has empty lists for a scheme with nothing to list', () => {
    const r = reportOf(deckOf(y2011, { flagged: [] }));
    expect(r.overlaps).toEqual([]);
    expect(r.overlapsTotal).toBe(0);
    expect(r.flagged).toEqual([]);
  });
});

describe('headlineFlags(flags)', () => {
  it.each([
    { flags: ['online', 'micro-item'], expected: ['online'] },
    { flags: ['micro-item', 'documents', 'meeting'], expected: ['documents', 'meeting'] },
    { flags: ['micro-item', 'wide-branch'], expected: ['micro-item', 'wide-branch'] },
    { flags: [], expected: [] },
  ])('$flags → $expected', ({ flags, expected }) => {
    expect(headlineFlags(flags)).toEqual(expected);
  });
});

describe('splitPath(path)', () => {
  it.each([
    {
      path: '党的建设 › 理论学习 › 中心组学习',
      name: '中心组学习',
      context: '党的建设 › 理论学习',
    },
    { path: '安全生产', name: '安全生产', context: '' },
  ])('$path → $name', ({ path, name, context }) => {
    expect(splitPath(path)).toEqual({ name, context });
  });
});
