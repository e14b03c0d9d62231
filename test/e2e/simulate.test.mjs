// Browser tests of the simulate page (issue 4, "Done when"): a simulation of three steps with
// undo and redo whose after-numbers match `lens simulate` for the same steps, and the simulated
// scheme's CSV export read back through the file input. The expected numbers come from the
// command line, run from the test, never from a number typed here.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  download,
  finish,
  lens,
  lensText,
  metrics,
  openApp,
  percent,
  shot,
  useBrowser,
} from './helpers.mjs';

const work = mkdtempSync(join(tmpdir(), 'lens-sim-'));

/** The app's default points policy (src/ui/state/entries.ts DEFAULT_POLICY). */
const POLICY = 'keep-parent-totals';
/** The three steps, as the command line writes them. */
const CLI_STEPS = ['merge-overlap:sum', 'drop-flag:meeting', 'cap-branch:3'];
const CRITERIA = ['meeting', 'documents', 'traces', 'online', 'signs', 'certificates'];
const STRUCTURAL = ['wide-branch', 'micro-item', 'uncapped-deduction'];

const browser = useBrowser();
after(() => rmSync(work, { recursive: true, force: true }));

/** Points as the app writes them (src/ui/format.ts points). */
const points = (p) => (Number.isInteger(p) ? String(p) : String(Math.round(p * 100) / 100));

/**
 * What the after column should say for the 2020 sample simulated with `steps`: levels, leaves,
 * ratios from `lens simulate`; leaf points and flagged leaves from `lens analyze --leaves` of
 * the CSV that `lens simulate --out` wrote.
 */
function expectedAfter(steps) {
  const out = join(work, `sim-${steps.length}.csv`);
  const json = lens(
    'simulate',
    'data/scheme-2020.csv',
    ...steps.flatMap((s) => ['--step', s]),
    '--points',
    POLICY,
    '--out',
    out,
  );
  const a = json.after;
  const leaves = lensText('analyze', out, '--leaves').trim().split('\n').map(JSON.parse);
  assert.equal(leaves.length, a.leaves, 'the CLI reads back its own CSV with every leaf');
  const expected = {
    leaves: String(a.leaves),
    points: points(Math.round(leaves.reduce((s, l) => s + (l.points ?? 0), 0) * 10000) / 10000),
    overlap: percent(a.overlapRatio),
    negative: percent(a.negativeRatio),
    process: percent(a.processShare),
    flagged: String(leaves.filter((l) => l.flags.some((f) => CRITERIA.includes(f))).length),
    structural: String(leaves.filter((l) => l.flags.some((f) => STRUCTURAL.includes(f))).length),
  };
  a.byLevel.forEach((n, i) => (expected[`level-${i + 1}`] = String(n)));
  return expected;
}

/** Waits until `n` steps are applied, their result shown and the controls free again. */
async function settled(page, n) {
  if (n > 0) await page.getByTestId(`sim-step-${n - 1}`).waitFor();
  await page.waitForFunction((count) => {
    const own = [...document.querySelectorAll('[data-testid^="sim-step-"]')].filter((e) =>
      /^sim-step-\d+$/.test(e.dataset.testid ?? ''),
    );
    const after = document.querySelector('[data-testid="sim-after"]');
    const undo = document.querySelector('[data-testid="sim-undo"]');
    const add = document.querySelector('[data-testid="sim-add-merge-overlap"]');
    return (
      own.length === count &&
      after?.getAttribute('aria-busy') === 'false' &&
      !!add &&
      !add.disabled &&
      !!undo &&
      undo.disabled === (count === 0)
    );
  }, n);
}

async function openSimulate() {
  const session = await openApp(browser());
  const { page } = session;
  await page.getByTestId('page-simulate').click();
  await page.getByTestId('simulate').waitFor();
  await settled(page, 0);
  return session;
}

/** The three steps through the step builder, as a user clicks them. */
async function addThreeSteps(page) {
  await page.getByTestId('sim-merge-points').selectOption('sum');
  await page.getByTestId('sim-add-merge-overlap').click();
  await settled(page, 1);
  await page.getByTestId('sim-flag-meeting').check();
  await page.getByTestId('sim-add-drop-flag').click();
  await settled(page, 2);
  await page.getByTestId('sim-cap-branch').fill('3');
  await page.getByTestId('sim-add-cap').click();
  await settled(page, 3);
}

test('three steps with undo, redo and Ctrl+Z match `lens simulate` with the same steps', async () => {
  const three = expectedAfter(CLI_STEPS);
  const two = expectedAfter(CLI_STEPS.slice(0, 2));
  const none = expectedAfter([]);
  // The steps really change the scheme, or the comparison below would prove little.
  assert.notEqual(three.leaves, two.leaves);
  assert.notEqual(two.leaves, none.leaves);

  const session = await openSimulate();
  const { page } = session;
  assert.equal(
    await page.getByTestId(`sim-policy-${POLICY}`).isChecked(),
    true,
    'the default policy',
  );
  assert.deepEqual(await metrics(page, 'sim-before'), none, 'before = the scheme as read');

  await addThreeSteps(page);
  assert.deepEqual(await metrics(page, 'sim-after'), three, 'after three steps');
  assert.deepEqual(await metrics(page, 'sim-before'), none, 'the original never changes');
  await page.screenshot({ path: shot('simulate.png'), fullPage: true });

  await page.getByTestId('sim-undo').click();
  await settled(page, 2);
  await page.getByTestId('sim-step-redo-2').waitFor();
  assert.deepEqual(await metrics(page, 'sim-after'), two, 'undo → two steps');

  await page.getByTestId('sim-redo').click();
  await settled(page, 3);
  assert.deepEqual(await metrics(page, 'sim-after'), three, 'redo → three steps');

  // The keyboard: out of any field, Ctrl+Z undoes and Ctrl+Y redoes.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Control+z');
  await settled(page, 2);
  assert.deepEqual(await metrics(page, 'sim-after'), two, 'Ctrl+Z → two steps');
  await page.keyboard.press('Control+y');
  await settled(page, 3);
  assert.deepEqual(await metrics(page, 'sim-after'), three, 'Ctrl+Y → three steps');
  await finish(session);
});

test('the simulated scheme exported as CSV opens again with the same numbers', async () => {
  const session = await openSimulate();
  const { page } = session;
  await addThreeSteps(page);
  const simulated = await metrics(page, 'sim-after');

  const { name, bytes, text } = await download(page, 'sim-export-csv');
  assert.match(name, /\.csv$/);
  // Formula-looking cells are neutralised (issue 4: "written so that Excel does not run it").
  assert.ok(!text.split(/\r?\n/).some((l) => /(^|,)[=+\-@]/.test(l)), 'no cell starts a formula');

  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: bytes,
  });
  await page.getByTestId('mapping-dialog').waitFor();
  await page.getByTestId('mapping-confirm').click();
  await page.getByTestId('mapping-dialog').waitFor({ state: 'detached' });
  await page.getByTestId('entry').nth(1).waitFor();
  assert.equal(await page.getByTestId('entry').count(), 2, 'the file is a new scheme');
  // The new scheme is the active one; the simulate page shows it as read, with no steps.
  await page.getByTestId('sim-log-empty').waitFor();
  await settled(page, 0);
  assert.deepEqual(await metrics(page, 'sim-before'), simulated, 'read back = simulated');
  await finish(session);
});
