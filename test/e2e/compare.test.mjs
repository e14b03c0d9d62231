// Browser tests of the compare page (issue 4, "Done when"): two samples loaded as two years,
// the growth chart showing 9 (2011) and 4 / 109 / 371 (2020), and a diff whose counts per kind
// of change are those `lens compare` prints for the same two files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finish, lens, openTwoYears, shot, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/** Each year group of the growth chart: its axis label, the numbers under it, the bar values. */
function growthGroups(page) {
  return page.locator('[data-testid="growth-chart"] g.year').evaluateAll((groups) =>
    groups.map((g) => ({
      label: g.querySelector('text.year-label')?.textContent,
      numbers: g.querySelector('text.year-numbers')?.textContent,
      bars: [...g.querySelectorAll('text.value')].map((t) => t.textContent),
    })),
  );
}

test('two samples as two years: the growth chart shows 9 for 2011 and 4 / 109 / 371 for 2020', async () => {
  const old = lens('analyze', 'data/scheme-2011.csv').counts.byLevel;
  const now = lens('analyze', 'data/scheme-2020.csv').counts.byLevel;
  // What the background states for the samples (DESIGN.md, data/README.md).
  assert.equal(old[0], 9);
  assert.deepEqual(now, [4, 109, 371]);

  const session = await openTwoYears(browser());
  const { page } = session;
  const years = await page.getByTestId('entry-year').allTextContents();
  assert.deepEqual([...years].sort(), ['2011', '2020']);

  await page.getByTestId('page-compare').click();
  await page.getByTestId('compare-view').waitFor();
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="growth-chart"] g.year').length === 2,
  );
  const groups = await growthGroups(page);
  assert.deepEqual(
    groups.map((g) => g.label),
    ['2011', '2020'],
    'oldest year first',
  );
  assert.equal(groups[0].numbers, old.join(' / '));
  assert.equal(groups[1].numbers, '4 / 109 / 371');
  assert.equal(groups[0].bars[0], '9', "2011's first level");
  // 2011 has no third level: no bar for it (a "0" would read as "no detailed items").
  assert.deepEqual(groups[0].bars, old.map(String));
  assert.deepEqual(groups[1].bars, ['4', '109', '371']);
  await finish(session);
});

test('the diff of 2011 → 2020 counts each kind of change as `lens compare` does', async () => {
  const cli = lens('compare', 'data/scheme-2011.csv', 'data/scheme-2020.csv');
  const session = await openTwoYears(browser());
  const { page } = session;
  await page.getByTestId('page-compare').click();
  await page.getByTestId('diff-count-all').waitFor({ timeout: 20000 });
  // The default pair is the two latest years, older first.
  const pickedLabel = (testid) =>
    page.getByTestId(testid).evaluate((s) => s.options[s.selectedIndex]?.textContent ?? '');
  assert.match(await pickedLabel('compare-old'), /2011/);
  assert.match(await pickedLabel('compare-new'), /2020/);

  const kinds = Object.keys(cli.counts);
  assert.equal(kinds.length, 6, 'the CLI reports every kind of change');
  const shown = {};
  for (const k of kinds) {
    const text = (await page.getByTestId(`diff-count-${k}`).textContent()).trim();
    shown[k] = Number(/(\d+)$/.exec(text)?.[1]);
  }
  const expected = Object.fromEntries(kinds.map((k) => [k, cli.counts[k]]));
  assert.deepEqual(shown, expected);
  assert.ok(expected.added > 0 && expected.removed > 0, 'a diff with changes on both sides');

  // A count is a filter: the table then lists that many rows of that kind.
  await page.getByTestId('diff-count-removed').click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="diff-row"]').length === n,
    expected.removed,
  );
  const statuses = await page
    .getByTestId('diff-row')
    .evaluateAll((rows) => [...new Set(rows.map((r) => r.dataset.status))]);
  assert.deepEqual(statuses, ['removed']);
  await page.getByTestId('diff-count-all').click();
  await page.screenshot({ path: shot('compare.png'), fullPage: true });
  await page.getByTestId('compare-view').screenshot({ path: shot('compare-view.png') });
  await finish(session);
});
