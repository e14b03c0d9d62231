import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importScheme } from '../../src/core/import/importScheme';
import { importWorkbook } from '../../src/core/import/importWorkbook';

const root = resolve(import.meta.dirname, '../..');

/** Runs `lens ARGS` as a user would (through tsx), returning status, stdout, stderr. */
function lens(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'lens-export-'));

describe('lens export', () => {
  it('writes data/scheme-2020.csv as an .xlsx that opens as 4 / 109 / 371 items', async () => {
    const dir = tempDir();
    const out = join(dir, '2020.xlsx');
    const r = lens('export', 'data/scheme-2020.csv', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ out, format: 'xlsx', nodes: 484, leaves: 371 });
    const back = await importWorkbook(new Uint8Array(readFileSync(out)), '2020.xlsx');
    const levels = [1, 2, 3].map((l) => back.scheme!.nodes.filter((n) => n.level === l).length);
    expect(levels).toEqual([4, 109, 371]);

    // And back again: the .xlsx, read with --sheet, exported to CSV imports as the same items.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0].name;
    const csv = join(dir, 'again.csv');
    const again = lens('export', out, '--sheet', sheet, '--out', csv);
    expect(again.status).toBe(0);
    const scheme = importScheme(new Uint8Array(readFileSync(csv)), 'again.csv').scheme!;
    expect(scheme.nodes.filter((n) => n.children.length === 0)).toHaveLength(371);
  });

  it('writes CSV when --out ends in .csv', () => {
    const out = join(tempDir(), '2011.csv');
    const r = lens('export', 'data/scheme-2011.csv', '--out', out);
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('一级指标,二级指标,分值,评分标准,责任单位');
    expect(lines).toHaveLength(1 + 45 + 1); // header, 45 leaves, the final line end
  });

  it.each([
    ['an unknown extension', 'scheme.xls', /\.xlsx or \.csv/],
    ['no extension', 'scheme', /\.xlsx or \.csv/],
  ])('refuses %s with a clear message and exit status 2', (_, name, message) => {
    const out = join(tempDir(), name);
    const r = lens('export', 'data/scheme-2011.csv', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it('asks for --out when it is missing (exit status 2)', () => {
    const r = lens('export', 'data/scheme-2011.csv');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: lens export FILE --out/);
  });

  it('prints FILE:ROW:COLUMN for an input it cannot read, and writes nothing', () => {
    const out = join(tempDir(), 'x.xlsx');
    const r = lens('export', 'data/no-such-file.csv', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^data\/no-such-file\.csv:0:: error: /);
    expect(existsSync(out)).toBe(false);
  });

  it('names a sheet that is not in the workbook', () => {
    const dir = tempDir();
    const xlsx = join(dir, 'a.xlsx');
    expect(lens('export', 'data/scheme-2011.csv', '--out', xlsx).status).toBe(0);
    const r = lens('export', xlsx, '--sheet', 'Nope', '--out', join(dir, 'b.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Nope/);
  });
});
