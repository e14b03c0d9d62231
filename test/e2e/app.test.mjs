// Browser tests of the app (issue 3, "Done when"): the production build in Debian's Chromium.
// Each test opens a fresh page and ends by checking that nothing was logged as an error and
// nothing was requested from another origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { CORPUS, download, finish, headline, openApp, text, useBrowser } from './helpers.mjs';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const browser = useBrowser();
/**
 * Clicks a point that really is on the element: a large arc's bounding-box centre can lie in
 * the sunburst's centre circle, so sample its box for a point the element itself receives.
 */
async function clickInside(page, locator) {
  const handle = await locator.elementHandle();
  const point = await page.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (const sign of [1, -1]) {
        for (let fx = 0.05; fx < 1; fx += 0.05) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * (sign > 0 ? fy : 1 - fy);
          if (document.elementFromPoint(x, y) === el) return { x, y };
        }
      }
    }
    return null;
  }, handle);
  assert.ok(point, 'the element can be clicked somewhere');
  await page.mouse.click(point.x, point.y);
}

test('the default sample shows 4 大项 / 109 小项 / 371 细项', async () => {
  const session = await openApp(browser());
  const { page } = session;
  assert.deepEqual(await headline(page), ['4', '109', '371']);
  const words = (await text(page, 'headline')).replace(/\s+/g, ' ');
  assert.match(words, /4 大项 \/ 109 小项 \/ 371 细项/);
  assert.equal(await text(page, 'door-leaves-value'), '371');
  // Every number is a door: the leaves' list holds as many items as the number says.
  await page.getByTestId('door-level-3').click();
  assert.equal(await page.getByTestId('focus-item').count(), 371);
  await finish(session);
});

test('a GB18030 file from the corpus opens, after the mapping step, with its 25 items', async () => {
  const session = await openApp(browser());
  const { page } = session;
  const utf8 = readFileSync(join(CORPUS, 'shicheng_2018_hezhang_xiangzhen.csv'), 'utf8');
  const gb = iconv.encode(utf8, 'gb18030');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gb), 'really not UTF-8');
  await page.getByTestId('file-input').setInputFiles({
    name: 'shicheng_gb18030.csv',
    mimeType: 'text/csv',
    buffer: gb,
  });
  const dialog = page.getByTestId('mapping-dialog');
  await dialog.waitFor();
  assert.equal(await text(page, 'mapping-encoding'), 'GB18030');
  assert.match(await text(page, 'mapping-preview'), /河长/);
  // Until confirmed, the old scheme stays.
  assert.deepEqual(await headline(page), ['4', '109', '371']);
  // Changing the mapping re-reads the bytes in memory: without its level column the file
  // cannot be read; with it back, it can.
  const summary = await text(page, 'mapping-summary');
  assert.match(summary, /25 个末级指标/);
  const levelColumn = page
    .locator('[data-testid^="role-"]')
    .filter({ has: page.locator('option:checked[value="level:1"]') });
  const roleTestId = await levelColumn.first().getAttribute('data-testid');
  await page.getByTestId(roleTestId).selectOption('ignore');
  await page.getByTestId('import-error').first().waitFor();
  assert.equal(await page.getByTestId('mapping-confirm').isDisabled(), true);
  await page.getByTestId(roleTestId).selectOption('level:1');
  await page.waitForFunction(
    (s) => document.querySelector('[data-testid="mapping-summary"]')?.textContent === s,
    summary,
  );
  await page.getByTestId('mapping-confirm').click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(
    () => document.querySelector('[data-testid="door-leaves-value"]')?.textContent === '25',
  );
  assert.match(await text(page, 'scheme-label'), /shicheng_gb18030/);
  await finish(session);
});

test('a broken file dropped on the page shows its error with the row; the scheme stays', async () => {
  const session = await openApp(browser());
  const { page } = session;
  // Dropped onto the page this time, as a user drags it from the desktop.
  const broken = '编号,上级编号,名称\n1,,党的建设\n2,9,召开会议\n';
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'broken.csv', { type: 'text/csv' }));
    const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
    document.body.dispatchEvent(new DragEvent('dragover', init));
    document.body.dispatchEvent(new DragEvent('drop', init));
  }, broken);
  await page.getByTestId('mapping-dialog').waitFor();
  assert.equal(await text(page, 'mapping-file'), 'broken.csv');
  const error = page.getByTestId('import-error').first();
  await error.waitFor();
  assert.equal(await error.getAttribute('data-row'), '3');
  assert.match(await error.textContent(), /第 3 行/);
  assert.equal(await page.getByTestId('mapping-confirm').isDisabled(), true);
  await page.getByTestId('mapping-cancel').click();
  await page.getByTestId('mapping-dialog').waitFor({ state: 'detached' });
  assert.deepEqual(await headline(page), ['4', '109', '371']);
  await finish(session);
});

test('the sunburst zooms by click and by keyboard, and back', async () => {
  const session = await openApp(browser());
  const { page } = session;
  const host = page.getByTestId('sunburst');
  const zoom = () => host.getAttribute('data-zoom');
  const arcs = host.locator('path[role="button"]');
  await arcs.first().waitFor();
  assert.equal(await zoom(), '');
  const first = arcs.first();
  const name = (await first.getAttribute('aria-label')).split(/[，,]/)[0];
  await clickInside(page, first);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="sunburst"]')?.dataset.zoom !== '',
  );
  // The breadcrumb names the branch, and the details panel shows it.
  assert.match(await host.locator('nav').textContent(), new RegExp(name));
  assert.equal((await text(page, 'details-name')).trim(), name);
  // Back: click the centre.
  await host.locator('g[role="button"]').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="sunburst"]')?.dataset.zoom === '',
  );
  // Keyboard: Tab from the colour select onto the first arc, Enter zooms in, Escape out.
  await page.waitForTimeout(700);
  await page.getByTestId('sunburst-color-by').focus();
  let onArc = null;
  for (let i = 0; i < 12 && !onArc; i++) {
    await page.keyboard.press('Tab');
    onArc = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName.toLowerCase() === 'path' ? el.getAttribute('aria-label') : null;
    });
  }
  assert.ok(onArc, 'Tab reaches an arc');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="sunburst"]')?.dataset.zoom !== '',
  );
  assert.match(await host.locator('nav').textContent(), new RegExp(onArc.split(/[，,]/)[0]));
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="sunburst"]')?.dataset.zoom === '',
  );
  await finish(session);
});

test('the tree starts collapsed below level 2, and expands by click and by "expand all"', async () => {
  const session = await openApp(browser());
  const { page } = session;
  await page.getByTestId('tab-tree').click();
  const nodes = page.locator('[data-testid="tree"] g.node');
  await nodes.first().waitFor();
  // Start: major items open, sub-items closed.
  const closed = page.locator('[data-testid="tree"] g.node[aria-expanded="false"]');
  assert.ok((await closed.count()) > 0, 'some branches start closed');
  const target = closed.first();
  const id = await target.getAttribute('data-id');
  const before = await nodes.count();
  await target.locator('circle').click();
  const opened = page.locator(`[data-testid="tree"] g.node[data-id="${id}"]`);
  await page.waitForFunction(
    (nodeId) =>
      document
        .querySelector(`[data-testid="tree"] g.node[data-id="${nodeId}"]`)
        ?.getAttribute('aria-expanded') === 'true',
    id,
  );
  await page.waitForTimeout(800);
  assert.ok((await nodes.count()) > before, 'its children appeared');
  assert.equal(await opened.getAttribute('aria-expanded'), 'true');
  await page.getByTestId('tree-expand-all').click();
  await page.waitForTimeout(800);
  assert.equal(await closed.count(), 0, 'expand all leaves no branch closed');
  // Collapse all shows the major items, closed, in view.
  await page.getByTestId('tree-collapse-all').click();
  await page.waitForTimeout(1000);
  const majors = await nodes.evaluateAll((ns) =>
    ns
      .filter((n) => n.getAttribute('aria-expanded') !== null)
      .map((n) => n.getAttribute('aria-expanded')),
  );
  // The scheme's own root stays open; its four major items are closed.
  assert.deepEqual(majors, ['true', 'false', 'false', 'false', 'false']);
  // The search box highlights matches and opens their branches.
  await page.getByTestId('tree-search').fill('台账');
  await page.getByTestId('tree-matches').waitFor();
  assert.match(await text(page, 'tree-matches'), /^[1-9]\d* /);
  await finish(session);
});

test('overriding an item as process changes the process share at once', async () => {
  const session = await openApp(browser());
  const { page } = session;
  const door = page.getByTestId('door-process');
  const before = Number(await door.getAttribute('data-count'));
  const leaves = Number(await text(page, 'door-leaves-value'));
  // Pick an item that is not process: the first of the outcome-or-other rows in the table.
  await page.getByTestId('tab-table').click();
  const rows = page.getByTestId('table-row');
  await rows.first().waitFor();
  const processWord = '过程类';
  let id = null;
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    if (!(await row.textContent()).includes(processWord)) {
      id = await row.getAttribute('data-id');
      await row.locator('button.link').click();
      break;
    }
  }
  assert.ok(id, 'a non-process item exists');
  await page.getByTestId('details').waitFor();
  await page.getByTestId('override-kind').selectOption('process');
  const expected = `${(((before + 1) / leaves) * 100).toFixed(1)}%`;
  await page.waitForFunction(
    (value) => document.querySelector('[data-testid="door-process-value"]')?.textContent === value,
    expected,
  );
  assert.equal(await door.getAttribute('data-count'), String(before + 1));
  // Marked as an override in the details and in the table.
  await page.getByTestId('details-overridden').waitFor();
  assert.match(
    await page.locator(`[data-testid="table-row"][data-id="${id}"]`).textContent(),
    /已人工修改/,
  );
  await finish(session);
});

test('switching the language to English and back', async () => {
  const session = await openApp(browser());
  const { page } = session;
  await page.getByTestId('lang-switch').click();
  const words = (await text(page, 'headline')).replace(/\s+/g, ' ');
  assert.match(words, /4 major \/ 109 sub \/ 371 detailed/);
  assert.equal((await text(page, 'tab-sunburst')).trim(), 'Sunburst');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByTestId('lang-switch').click();
  assert.equal((await text(page, 'tab-sunburst')).trim(), '旭日图');
  await finish(session);
});

test('exports: the sunburst as a valid PNG and SVG, the table as neutralised CSV', async () => {
  const session = await openApp(browser());
  const { page } = session;
  await page.locator('[data-testid="sunburst"] path').first().waitFor();
  const png = await download(page, 'sunburst-export-png');
  assert.match(png.name, /\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], PNG_SIGNATURE);
  assert.ok(png.bytes.length > 10000, `PNG of ${png.bytes.length} bytes`);

  const svg = await download(page, 'sunburst-export-svg');
  assert.match(svg.text, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);

  await page.getByTestId('tab-table').click();
  const csv = await download(page, 'table-export-csv');
  assert.equal(csv.text.charCodeAt(0), 0xfeff);
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines.length, 1 + 371);
  assert.ok(!lines.some((l) => /(^|,)[=+\-@]/.test(l)), 'no cell starts a formula');
  await finish(session);
});
