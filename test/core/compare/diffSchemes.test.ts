import { describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../../src/core/analyze';
import { diffSchemes } from '../../../src/core/compare/diffSchemes';
import { importScheme } from '../../../src/core/import/importScheme';
import type { Scheme } from '../../../src/core/types';

/** A long-form scheme from `id,parent,name,points` lines. */
function scheme(lines: string[]): Scheme {
  const csv = ['编号,上级编号,指标名称,分值', ...lines].join('\r\n') + '\r\n';
  const r = importScheme(new TextEncoder().encode(csv), 's.csv');
  if (!r.scheme) throw new Error(JSON.stringify(r.issues));
  return r.scheme;
}

const OLD = scheme([
  'A,,安全生产,',
  'A1,A,开展安全生产检查,10',
  'A2,A,召开安全会议,5',
  'B,,党的建设,',
  'B1,B,理论学习中心组学习,5',
  'B2,B,建立党建工作台账,3',
  'B3,B,设置村务公开栏,2',
]);
const NEW = scheme([
  'A,,安全生产,',
  'A1,A,开展安全生产检查,10',
  'A2,A,召开安全生产会议,5',
  'B,,党的建设,',
  'B1,B,理论学习中心组学习,8',
  'C,,经济发展,',
  'C1,C,建立党建工作台账,3',
  'C2,C,招商引资目标完成率,4',
]);

describe('diffSchemes(old, new) matches leaves by name, then by similarity', () => {
  const diff = diffSchemes(OLD, NEW);
  const byOld = new Map(diff.leaves.filter((l) => l.old).map((l) => [l.old!.id, l]));

  it.each([
    ['A1', 'unchanged', [], 'A1', 'name'],
    ['A2', 'changed', ['renamed'], 'A2', 'similarity'],
    ['B1', 'changed', ['points-changed'], 'B1', 'name'],
    ['B2', 'changed', ['moved'], 'C1', 'name'],
    ['B3', 'removed', [], null, null],
  ])('old leaf %s is %s %j (new %s, by %s)', (id, status, changes, newId, by) => {
    const leaf = byOld.get(id)!;
    expect(leaf.status).toBe(status);
    expect(leaf.changes).toEqual(changes);
    expect(leaf.new?.id ?? null).toBe(newId);
    expect(leaf.matchedBy).toBe(by);
  });

  it('reports the new-only leaf as added, and the counts per change kind', () => {
    expect(diff.leaves.filter((l) => l.status === 'added').map((l) => l.new!.id)).toEqual(['C2']);
    expect(diff.counts).toEqual({
      unchanged: 1,
      added: 1,
      removed: 1,
      renamed: 1,
      moved: 1,
      'points-changed': 1,
    });
  });

  it('gives the similarity of a rename: bigrams 召开 开安 安全 会议 shared of 8 → 0.5', () => {
    expect(byOld.get('A2')!.similarity).toBeCloseTo(0.5, 6);
  });

  it('reports growth per level', () => {
    expect(diff.byLevel).toEqual([
      { level: 1, old: 2, new: 3 },
      { level: 2, old: 5, new: 5 },
    ]);
    expect(diff.metrics.leaves).toEqual({ old: 5, new: 5, delta: 0 });
  });

  it('leaves no similarity match below the threshold', () => {
    const strict = diffSchemes(OLD, NEW, { threshold: 0.6 });
    expect(strict.counts.renamed).toBe(0);
    expect(strict.counts.removed).toBe(2);
    expect(strict.counts.added).toBe(2);
  });
});

describe('diffSchemes(old, new) matches one to one', () => {
  it('never matches a new leaf twice, even when two old leaves share its name', () => {
    const old = scheme(['A,,甲,', 'A1,A,建立工作台账,1', 'B,,乙,', 'B1,B,建立工作台账,1']);
    const neu = scheme(['B,,乙,', 'B1,B,建立工作台账,1']);
    const diff = diffSchemes(old, neu);
    // The same-parent candidate (乙 › B1) wins; the other old leaf is removed.
    expect(diff.leaves.map((l) => [l.status, l.old?.id ?? null, l.new?.id ?? null])).toEqual([
      ['removed', 'A1', null],
      ['unchanged', 'B1', 'B1'],
    ]);
  });

  it('gives the same matches through the prefix join as through all pairs', () => {
    const exact = diffSchemes(OLD, NEW);
    const lsh = diffSchemes(OLD, NEW, { exactMaxPairs: 0 });
    expect(lsh.counts).toEqual(exact.counts);
  });
});

describe('diffSchemes(old, new, { analyses }) takes the metrics from analyses given', () => {
  it('reports the same growth and metrics as when it analyses the schemes itself', () => {
    const given = diffSchemes(OLD, NEW, {
      analyses: { old: analyzeScheme(OLD), new: analyzeScheme(NEW) },
    });
    const own = diffSchemes(OLD, NEW);
    expect(given.metrics).toEqual(own.metrics);
    expect(given.byLevel).toEqual(own.byLevel);
    expect(given.leaves).toEqual(own.leaves);
  });

  it('uses the figures given, e.g. an analysis that counts the user’s overrides', () => {
    const basis = (leaves: number, processShare: number) => ({
      counts: { byLevel: [2, leaves], leaves },
      overlap: { ratio: 0 },
      incentive: { negativeRatio: 0.5 },
      kind: { processShare },
      flags: { leaves: 1 },
    });
    const d = diffSchemes(OLD, NEW, { analyses: { old: basis(5, 0.8), new: basis(5, 0.2) } });
    expect(d.metrics.processShare).toEqual({ old: 0.8, new: 0.2, delta: 0.2 - 0.8 });
  });
});
