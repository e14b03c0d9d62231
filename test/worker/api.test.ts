import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateScheme } from '../../src/core/gen/generateScheme';
import type { Scheme } from '../../src/core/types';
import { api, diff, openFile, simulate, splitYears } from '../../src/worker/api';

const DATA = resolve(import.meta.dirname, '../../data');

function sample(file: string): Scheme {
  const r = openFile(new Uint8Array(readFileSync(resolve(DATA, file))), file);
  if (!r.scheme) throw new Error(JSON.stringify(r.issues));
  return r.scheme;
}

const s2011 = sample('scheme-2011.csv');
const s2020 = sample('scheme-2020.csv');

describe('worker api: diff', () => {
  it('diffs the 2011 and 2020 samples: 45 leaves then 371, by level 9 → 4 major items', () => {
    const d = diff(s2011, s2020, { threshold: 0.6 });
    expect(d.threshold).toBe(0.6);
    expect(d.metrics.leaves).toEqual({ old: 45, new: 371, delta: 326 });
    expect(d.byLevel[0]).toEqual({ level: 1, old: 9, new: 4 });
    // Every old leaf is matched or removed, every new one matched or added.
    expect(d.leaves.filter((l) => l.old).length).toBe(45);
    expect(d.leaves.filter((l) => l.new).length).toBe(371);
    expect(d.counts.removed).toBe(d.leaves.filter((l) => l.status === 'removed').length);
  });
});

describe('worker api: simulate', () => {
  const leaf = s2011.nodes.find((n) => n.children.length === 0)!;
  const sibling = s2011.nodes.find(
    (n) => n.id === s2011.nodes.find((p) => p.id === leaf.parent)!.children[1],
  )!;

  it('returns the simulated scheme, its records and its analysis with the given threshold', () => {
    const { result, analysis } = simulate(
      s2011,
      [{ type: 'delete', id: leaf.id }],
      'keep-leaf-points',
      {
        threshold: 0.7,
      },
    );
    expect(result.records[0].removed).toEqual([leaf.id]);
    expect(analysis.schemeId).toBe(s2011.id);
    expect(analysis.overlap.threshold).toBe(0.7);
    expect(analysis.counts.leaves).toBe(44);
    expect(analysis.leaves.map((l) => l.id)).not.toContain(leaf.id);
  });

  it('keeps the overrides of items still present and drops those of removed items', () => {
    const { analysis } = simulate(s2011, [{ type: 'delete', id: leaf.id }], 'keep-leaf-points', {
      overrides: [
        { id: leaf.id, kind: 'outcome' },
        { id: sibling.id, kind: 'mixed', incentive: 'positive' },
      ],
    });
    const kept = analysis.leaves.find((l) => l.id === sibling.id)!;
    expect([kept.kind, kept.incentive, kept.kindEvidence.source]).toEqual([
      'mixed',
      'positive',
      'override',
    ]);
  });

  it('does not change the scheme it was given', () => {
    const before = structuredClone(s2011);
    simulate(
      s2011,
      [{ type: 'merge', ids: [leaf.id, sibling.id], name: '合并' }],
      'keep-parent-totals',
    );
    expect(s2011).toEqual(before);
  });
});

describe('worker api: splitYears', () => {
  it('splits a generated three-year file into three schemes in year order', () => {
    const text = generateScheme({ leaves: 60, seed: 2, years: 3 });
    const r = openFile(new TextEncoder().encode(text), 'years.csv');
    const years = [
      ...new Set(
        text
          .split('\r\n')
          .slice(1)
          .filter(Boolean)
          .map((l) => Number(l.split(',')[0])),
      ),
    ];
    expect(splitYears(r.scheme!).map((p) => p.year)).toEqual(years.sort());
  });

  it('gives [] for a single-year sample', () => {
    expect(splitYears(s2011)).toEqual([]);
  });
});

describe('worker api object', () => {
  it('exposes every function the client calls', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['analyze', 'diff', 'openAny', 'openFile', 'simulate', 'splitYears'].sort(),
    );
  });

  it('returns structured-clonable replies (they cross the worker boundary)', () => {
    const reply = simulate(s2011, [{ type: 'merge-overlap' }], 'keep-leaf-points');
    expect(structuredClone(reply)).toEqual(reply);
    const d = diff(s2011, s2020);
    expect(structuredClone(d)).toEqual(d);
  });
});
