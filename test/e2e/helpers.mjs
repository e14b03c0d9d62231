// Helpers the browser tests share: one Chromium per test file, the app opened as the tests
// start from it, the command line as the source of expected numbers, and readers of what the
// page shows or downloads. Each was copied into several test files before; one copy lives here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { launch, openPage } from './browser.mjs';

/** The repository's root: the command line runs from here. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus of real schemes (/work/shared/corpus, beside the repository). */
export const CORPUS = join(ROOT, '../shared/corpus');
/** Where screenshots and the printed PDF go, for a person to look at after a run. */
export const SHOTS = '/tmp/shots4';

/**
 * Launches Chromium before the file's tests and closes it after them; returns a getter, since
 * the browser exists only once the `before` hook has run.
 */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** A page with the default sample (2020) open and analysed. */
export async function openApp(browser) {
  const session = await openPage(browser);
  await session.page.getByTestId('door-level-1').waitFor({ timeout: 20000 });
  return session;
}

/** The app with the 2020 sample (opened at start) and the 2011 sample from the picker. */
export async function openTwoYears(browser) {
  const session = await openApp(browser);
  const { page } = session;
  await page.getByTestId('sample-picker').selectOption('scheme-2011.csv');
  await page.getByTestId('entry').nth(1).waitFor();
  // The sample added becomes the active scheme: its overview says 9 major items.
  await page.waitForFunction(
    () => document.querySelector('[data-testid="door-level-1-value"]')?.textContent === '9',
  );
  return session;
}

/** Ends a test: closes its context, then no console errors and no foreign requests. */
export async function finish({ context, errors, foreign }) {
  await context.close();
  assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(foreign, [], 'requests to other origins');
}

/** Runs the command line (`npm run lens -- ARGS`) from the root; its stdout. */
export function lensText(...args) {
  const run = spawnSync('npm', ['run', '--silent', 'lens', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.equal(run.status, 0, `lens ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** `npm run lens -- ARGS`, its stdout parsed as JSON. */
export const lens = (...args) => JSON.parse(lensText(...args));

/** The text of the element with data-testid `testid`. */
export const text = (page, testid) => page.getByTestId(testid).textContent();

/** The headline's three level counts, as shown. */
export function headline(page) {
  return Promise.all([1, 2, 3].map((i) => text(page, `door-level-${i}-value`)));
}

/**
 * A ratio as the app writes it (src/ui/format.ts percent, and the simulate panel's
 * src/ui/simulate/compareMetrics.ts metricText).
 */
export const percent = (r) => `${(r * 100).toFixed(1)}%`;

/** The numbers inside the element `testid`, by their data-metric. */
export function metrics(page, testid) {
  return page
    .locator(`[data-testid="${testid}"] [data-metric]`)
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.metric, e.textContent])));
}

/**
 * Clicks the button `testid` and returns the download it starts: its suggested file name, its
 * bytes and those bytes read as UTF-8 (a BOM stays in the text).
 */
export async function download(page, testid) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testid).click(),
  ]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** The path of a screenshot (or other output) named `name` in SHOTS, which it creates. */
export function shot(name) {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, name);
}

/** The rows of a corpus CSV, blank lines skipped. */
export function corpusRows(file) {
  return Papa.parse(readFileSync(join(CORPUS, file), 'utf8'), { skipEmptyLines: true }).data;
}

/**
 * Writes `rows` to the ExcelJS worksheet `ws` as an office keeps such a table: numbers as
 * numbers, and each first-column cell merged with the blank cells below it.
 */
export function addMergedTable(ws, rows) {
  for (const row of rows)
    ws.addRow(row.map((c) => (c !== '' && !isNaN(Number(c)) ? Number(c) : c)));
  for (let r = 2; r <= rows.length; r++) {
    if (rows[r - 1][0] === '') continue;
    let end = r;
    while (end < rows.length && rows[end][0] === '') end++;
    if (end > r) ws.mergeCells(r, 1, end, 1);
  }
}
