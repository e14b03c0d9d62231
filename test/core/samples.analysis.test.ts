/**
 * The sample schemes through the real importer and analysis: what a user sees when the app
 * opens. The 2020 sample was written with known overlap groups (data/scheme-2020.overlaps.json);
 * the default threshold must find exactly those, and nothing in schemes without duplicates.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../src/core/analyze';
import { importScheme } from '../../src/core/import/importScheme';

const root = resolve(import.meta.dirname, '../..');
const corpus = resolve(root, '../shared/corpus');

function open(path: string) {
  const result = importScheme(new Uint8Array(readFileSync(path)), path.split('/').pop()!);
  if (!result.scheme) throw new Error(JSON.stringify(result.issues));
  const scheme = result.scheme;
  const analysis = analyzeScheme(scheme);
  const name = new Map(scheme.nodes.map((n) => [n.id, n.name]));
  const clusters = analysis.overlap.clusters.map((c) => c.members.map((id) => name.get(id)!));
  return { scheme, analysis, clusters, result };
}

describe('analysis of the sample schemes', () => {
  it('finds every overlap group written into the 2020 sample, and nothing else', () => {
    const { clusters, analysis } = open(resolve(root, 'data/scheme-2020.csv'));
    const groups: { names: string[] }[] = JSON.parse(
      readFileSync(resolve(root, 'data/scheme-2020.overlaps.json'), 'utf8'),
    );
    const key = (names: string[]) => [...names].sort().join(' | ');
    expect(clusters.map(key).sort()).toEqual(groups.map((g) => key(g.names)).sort());
    // Every planted group was written across departments (多头考核).
    expect(analysis.overlap.crossDepartmentClusters).toBe(groups.length);
    const planted = groups.reduce((s, g) => s + g.names.length, 0);
    expect(analysis.overlap.redundant).toBe(planted - groups.length);
  });

  it.each([
    ['data/scheme-2011.csv', root],
    ['changshu_2013_weishengjiandu_xieguan_kaoping.csv', corpus],
    ['shicheng_2018_hezhang_xiangzhen.csv', corpus],
    ['ganbu_dangan_shenhe_pingfen.csv', corpus],
  ])('finds no overlap in %s, which has no duplicated items', (file, dir) => {
    const { clusters } = open(resolve(dir, file));
    expect(clusters).toEqual([]);
  });

  it('opens the 2011 sample with 9 major items and mostly non-negative scoring', () => {
    const { analysis } = open(resolve(root, 'data/scheme-2011.csv'));
    expect(analysis.counts.byLevel[0]).toBe(9);
    expect(analysis.incentive.negativeRatio).toBeLessThan(0.2);
  });

  it('opens the long-form sample with every leaf classified', () => {
    const { scheme, analysis, result } = open(resolve(root, 'data/scheme-long.csv'));
    expect(scheme.source.format).toBe('long');
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(analysis.leaves.length).toBe(analysis.counts.leaves);
  });
});
