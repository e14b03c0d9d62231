import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Runs `lens ARGS` as a user would (through tsx), returning status, stdout, stderr. */
function lens(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lens-cli-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('lens analyze', () => {
  it('reports the 2020 sample as 4 major, 109 sub and 371 detailed items', () => {
    const r = lens('analyze', 'data/scheme-2020.csv');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.counts.byLevel).toEqual([4, 109, 371]);
    expect(out.counts.leaves).toBe(371);
    for (const key of ['file', 'format', 'encoding', 'overlap', 'incentive', 'kind', 'flags']) {
      expect(out).toHaveProperty(key);
    }
    for (const key of ['threshold', 'ratio', 'redundant', 'clusters']) {
      expect(out.overlap).toHaveProperty(key);
    }
    expect(Array.isArray(out.warnings)).toBe(true);
    expect(Array.isArray(out.skipped)).toBe(true);
    // The parts add up to the whole: every leaf has exactly one kind and one incentive.
    const k = out.kind;
    expect(k.process + k.outcome + k.mixed + k.unknown).toBe(371);
    const i = out.incentive;
    expect(i.negative + i.positive + i.neutral + i.unknown).toBe(371);
  });

  it('prints one JSON line per leaf in file order with --leaves', () => {
    const r = lens('analyze', '../shared/corpus/shicheng_2018_hezhang_xiangzhen.csv', '--leaves');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(25);
    const rows = lines.map((l) => l.rows[0]);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    for (const l of lines) {
      for (const key of ['id', 'path', 'name', 'points', 'rule', 'department', 'kind']) {
        expect(l).toHaveProperty(key);
      }
      expect(l.evidence.kind.source).toBeTruthy();
      expect(l.path.at(-1)).toBe(l.name);
    }
  });

  it('changes the overlap threshold with --threshold', () => {
    const low = JSON.parse(lens('analyze', 'data/scheme-2020.csv', '--threshold', '0.3').stdout);
    const high = JSON.parse(lens('analyze', 'data/scheme-2020.csv', '--threshold', '0.9').stdout);
    expect(low.overlap.threshold).toBe(0.3);
    expect(low.overlap.redundant).toBeGreaterThan(high.overlap.redundant);
  });

  it('prints FILE:ROW:COLUMN lines and exits 2 on a cycle, never a stack trace', () => {
    const file = tempFile(
      'cycle.csv',
      '编号,上级编号,指标名称\r\n1,3,党建\r\n2,1,组织\r\n3,2,会议\r\n',
    );
    const r = lens('analyze', file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:`, 'm'),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with a message for a file that does not exist or is not text', () => {
    const missing = lens('analyze', 'no/such/file.csv');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no/such/file.csv:0:');
    const binary = tempFile('x.csv', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR');
    const r = lens('analyze', binary, '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(binary + ':');
  });

  it('exits 2 on a threshold outside 0..1', () => {
    const r = lens('analyze', 'data/scheme-2020.csv', '--threshold', '7');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--threshold');
  });
});

describe('lens gen', () => {
  it('writes the same scheme for the same seed, which analyze reads with the asked-for leaves', () => {
    const a = lens('gen', '--leaves', '300', '--seed', '7');
    const b = lens('gen', '--leaves', '300', '--seed', '7');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(lens('gen', '--leaves', '300', '--seed', '8').stdout).not.toBe(a.stdout);
    const file = tempFile('gen.csv', a.stdout);
    const out = JSON.parse(lens('analyze', file).stdout);
    expect(out.counts.leaves).toBe(300);
  });

  it('exits 2 without --leaves', () => {
    expect(lens('gen').status).toBe(2);
  });
});
