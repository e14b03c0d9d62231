import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importScheme } from '../../src/core/import/importScheme';

const root = resolve(import.meta.dirname, '../..');

/** Runs `lens ARGS` as a user would (through tsx), returning status, stdout, stderr. */
function lens(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lens compare', () => {
  it('reports growth from 9 major items (2011) to 4 / 109 / 371 (2020)', () => {
    const r = lens('compare', 'data/scheme-2011.csv', 'data/scheme-2020.csv');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.byLevel).toEqual([
      { level: 1, old: 9, new: 4 },
      { level: 2, old: 45, new: 109 },
      { level: 3, old: 0, new: 371 },
    ]);
    expect(out.metrics.leaves).toEqual({ old: 45, new: 371, delta: 326 });
    // Every old leaf is matched or removed, every new leaf matched or added.
    const c = out.counts;
    expect(45 - c.removed).toBe(371 - c.added);
  });

  it('prints one JSON line per changed leaf with --changes', () => {
    const r = lens('compare', 'data/scheme-2011.csv', 'data/scheme-2020.csv', '--changes');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const summary = JSON.parse(
      lens('compare', 'data/scheme-2011.csv', 'data/scheme-2020.csv').stdout,
    );
    expect(lines.length).toBe(45 + 371 - (45 - summary.counts.removed) - summary.counts.unchanged);
    expect(lines.every((l) => l.status !== 'unchanged')).toBe(true);
  });

  it('exits with status 2 and a usage line when NEW is missing', () => {
    const r = lens('compare', 'data/scheme-2011.csv');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: lens compare/);
  });
});

describe('lens simulate', () => {
  it('prints before/after and writes a CSV that imports back with the leaves left', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lens-sim-')), 'lean.csv');
    const r = lens(
      'simulate',
      'data/scheme-2020.csv',
      '--step',
      'merge-overlap',
      '--step',
      'drop-flag:meeting',
      '--points',
      'keep-parent-totals',
      '--out',
      out,
    );
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.before.leaves).toBe(371);
    const removed = result.steps.reduce(
      (s: number, st: { removed: string[] }) => s + st.removed.length,
      0,
    );
    expect(result.after.leaves).toBe(371 - removed);
    expect(result.after.overlapRatio).toBeLessThan(result.before.overlapRatio);
    const back = importScheme(new Uint8Array(readFileSync(out)), 'lean.csv');
    expect(back.scheme!.nodes.filter((n) => n.children.length === 0).length).toBe(
      result.after.leaves,
    );
  });

  it.each([
    [['--step', 'drop-flag:meetings'], /the flag is one of/],
    [['--step', 'shrink'], /unknown step/],
    [['--points', 'even'], /--points must be/],
  ])('refuses %j with status 2', (extra, message) => {
    const r = lens('simulate', 'data/scheme-2020.csv', ...extra);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
