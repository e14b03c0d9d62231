// Browser tests of the workspace (issue 4, "Done when"): a reload restores the workspace
// exactly (labels, years, active scheme, page, simulation steps and cursor, language), and the
// workspace exports to a JSON file that a fresh browser imports; a broken file and one from a
// newer version are refused with a message and change nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { download, finish, metrics, openApp, openTwoYears, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/** The workspace bar as a user reads it: each chip's year, label, and whether it is active. */
function chips(page) {
  return page.getByTestId('entry').evaluateAll((entries) =>
    entries.map((e) => ({
      year: e.querySelector('[data-testid="entry-year"]')?.textContent ?? null,
      label: e.querySelector('[data-testid="entry-label"]')?.textContent ?? null,
      active: e.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed') === 'true',
    })),
  );
}

/** The chip whose year reads `year`. */
const chipOfYear = (page, year) =>
  page.getByTestId('entry').filter({ has: page.getByTestId('entry-year').getByText(year) });

/** Waits until `n` steps are applied, their result shown and the controls free again. */
async function settled(page, n) {
  if (n > 0) await page.getByTestId(`sim-step-${n - 1}`).waitFor({ timeout: 20000 });
  await page.waitForFunction(
    (count) => {
      const own = [...document.querySelectorAll('[data-testid^="sim-step-"]')].filter((e) =>
        /^sim-step-\d+$/.test(e.dataset.testid ?? ''),
      );
      const after = document.querySelector('[data-testid="sim-after"]');
      const add = document.querySelector('[data-testid="sim-add-merge-overlap"]');
      return (
        own.length === count &&
        after?.getAttribute('aria-busy') === 'false' &&
        !!add &&
        !add.disabled
      );
    },
    n,
    { timeout: 20000 },
  );
}

/** The simulate page as a user sees it: steps (applied and redoable) and the after numbers. */
async function simulation(page) {
  return {
    steps: await page
      .locator('[data-testid^="sim-step-"]')
      .evaluateAll((els) =>
        els
          .filter((e) => /^sim-step-(redo-)?\d+$/.test(e.dataset.testid ?? ''))
          .map((e) => `${e.dataset.testid}: ${e.querySelector('.label')?.textContent}`),
      ),
    after: await metrics(page, 'sim-after'),
  };
}

/** Waits until the debounced save (400 ms after a view change) has surely run. */
const saved = (page) => page.waitForTimeout(1200);

test('a reload restores labels, years, the active scheme, the page, the steps and the language', async () => {
  const session = await openTwoYears(browser());
  const { page } = session;

  // Rename the 2011 scheme, as a user gives a file a readable name.
  const old = chipOfYear(page, '2011');
  await old.getByTestId('entry-edit').click();
  await page.getByTestId('entry-label-input').fill('县对乡镇考核（旧版）');
  await page.getByTestId('entry-save').click();
  await old.getByTestId('entry-label').getByText('县对乡镇考核（旧版）').waitFor();

  // Back to the 2020 scheme, simulate: two steps, one undone (cursor 1 of 2).
  await chipOfYear(page, '2020').locator('button[aria-pressed]').click();
  await page.getByTestId('page-simulate').click();
  await settled(page, 0);
  await page.getByTestId('sim-add-merge-overlap').click();
  await settled(page, 1);
  await page.getByTestId('sim-flag-meeting').check();
  await page.getByTestId('sim-add-drop-flag').click();
  await settled(page, 2);
  await page.getByTestId('sim-undo').click();
  await settled(page, 1);
  await page.getByTestId('sim-step-redo-1').waitFor();

  await page.getByTestId('lang-switch').click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

  const bar = await chips(page);
  assert.deepEqual(bar, [
    { year: '2020', label: 'scheme-2020', active: true },
    { year: '2011', label: '县对乡镇考核（旧版）', active: false },
  ]);
  const sim = await simulation(page);
  assert.equal(sim.steps.length, 2);
  assert.match(sim.steps[1], /^sim-step-redo-1: /);
  await saved(page);

  await page.reload();
  await page.getByTestId('simulate').waitFor({ timeout: 20000 });
  await settled(page, 1);
  assert.deepEqual(await chips(page), bar, 'the same chips, the same one active');
  assert.equal(await page.getByTestId('page-simulate').getAttribute('aria-selected'), 'true');
  assert.deepEqual(await simulation(page), sim, 'the same steps, cursor and numbers');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal((await page.getByTestId('page-simulate').textContent()).trim(), 'Simulate');
  // Redo still has the undone step to bring back.
  await page.getByTestId('sim-redo').click();
  await settled(page, 2);
  await finish(session);
});

test('the label and year of a scheme, edited in the workspace bar, are kept across a reload', async () => {
  const session = await openTwoYears(browser());
  const { page } = session;
  await chipOfYear(page, '2011').getByTestId('entry-edit').click();
  await page.getByTestId('entry-label-input').fill('旧方案');
  await page.getByTestId('entry-year-input').fill('2012');
  await page.getByTestId('entry-save').click();
  // On failure, the page's own error says more than a timeout would.
  await chipOfYear(page, '2012')
    .waitFor({ timeout: 5000 })
    .catch(() => {});
  assert.deepEqual(session.errors, [], 'saving the edit raised no error');
  const bar = await chips(page);
  assert.deepEqual(
    bar.map((c) => [c.year, c.label]),
    [
      ['2020', 'scheme-2020'],
      ['2012', '旧方案'],
    ],
  );
  await saved(page);
  await page.reload();
  await chipOfYear(page, '2012').waitFor({ timeout: 20000 });
  assert.deepEqual(await chips(page), bar);
  await finish(session);
});

test('the workspace exports as JSON and a fresh browser imports it; broken and newer files are refused', async () => {
  const a = await openTwoYears(browser());
  await chipOfYear(a.page, '2020').locator('button[aria-pressed]').click();
  await a.page.getByTestId('page-simulate').click();
  await settled(a.page, 0);
  await a.page.getByTestId('sim-add-merge-overlap').click();
  await settled(a.page, 1);
  const bar = await chips(a.page);
  const sim = await simulation(a.page);

  const exported = await download(a.page, 'workspace-export');
  assert.match(exported.name, /\.json$/);
  const json = exported.text;
  const doc = JSON.parse(json);
  assert.equal(doc.version, 1);
  assert.deepEqual(
    doc.entries.map((e) => [e.year, e.label, e.simulation.steps.length, e.simulation.cursor]),
    [
      [2020, 'scheme-2020', 1, 1],
      [2011, 'scheme-2011', 0, 0],
    ],
  );
  await finish(a);

  // A fresh browser: its own empty storage, so it opens the 2020 sample alone.
  const b = await openApp(browser());
  const { page } = b;
  assert.equal(await page.getByTestId('entry').count(), 1);
  const importFile = (name, text) =>
    page
      .getByTestId('workspace-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  await importFile(exported.name, json);
  await page.getByTestId('simulate').waitFor({ timeout: 20000 });
  await settled(page, 1);
  assert.deepEqual(await chips(page), bar, 'the same schemes, the same one active');
  assert.deepEqual(await simulation(page), sim, 'the same steps and numbers');

  // A broken file: a message, nothing changes.
  await importFile('broken.json', json.slice(0, json.length / 2));
  const error = page.getByTestId('import-error');
  await error.waitFor();
  assert.match(await error.textContent(), /JSON/);
  assert.deepEqual(await chips(page), bar);
  assert.deepEqual(await simulation(page), sim);
  await error.getByRole('button').click();
  await error.waitFor({ state: 'detached' });

  // A file from a newer version of the app: a message naming the versions, nothing changes.
  await importFile('newer.json', JSON.stringify({ ...doc, version: 99 }));
  await error.waitFor();
  assert.match(await error.textContent(), /99/);
  assert.deepEqual(await chips(page), bar);
  assert.deepEqual(await simulation(page), sim);
  await finish(b);
});
