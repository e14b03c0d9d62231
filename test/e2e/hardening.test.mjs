// Browser tests of issue 6's hardening: a tab killed mid-import or mid-simulation reopens with
// the workspace as it was before the interrupted action; a corrupt or newer stored workspace
// is reported, exported raw and kept aside; the CSP lets nothing leave the origin; an Excel
// workbook opens sheet by sheet like the command line reads it; files the app cannot read
// (old .xls, 200 MB, …) get a clear message and the open scheme stays.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { BASE_URL, watch } from './browser.mjs';
import {
  addMergedTable,
  corpusRows,
  download,
  headline,
  lens,
  lensText,
  openApp,
  text,
  useBrowser,
} from './helpers.mjs';

let tmp;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lens-hardening-'));
});
after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});
const browser = useBrowser();

/**
 * One IndexedDB operation from a page of the app's origin, on the app's store
 * (src/ui/workspace/store.ts: database 'indicator-lens', store 'workspace'). Byte arrays come
 * back as { bytes: number[] } so the result is plain JSON.
 *   'summary'  → { version, entries: [{ id, label, simulation }] } of 'current', or null
 *   'keys'     → every key
 *   'get'      → the record under `key`, as JSON
 *   'put'      → writes `value` under `key`
 *   'newer'    → rewrites 'current' with version 99 and returns what it wrote, as JSON
 */
function idb(page, op, key = 'current', value = null) {
  return page.evaluate(
    async ({ op, key, value }) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('indicator-lens', 1);
        req.onupgradeneeded = () => {
          if (!req.result.objectStoreNames.contains('workspace')) {
            req.result.createObjectStore('workspace');
          }
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const call = (mode, f) =>
        new Promise((resolve, reject) => {
          const tx = db.transaction('workspace', mode);
          const req = f(tx.objectStore('workspace'));
          tx.oncomplete = () => resolve(req.result);
          tx.onerror = tx.onabort = () => reject(tx.error);
        });
      // File bytes as {bytes}; the other typed arrays (a stored scheme's columns) as lists.
      const json = (v) =>
        JSON.parse(
          JSON.stringify(v, (_k, x) =>
            x instanceof Uint8Array
              ? { bytes: Array.from(x) }
              : ArrayBuffer.isView(x)
                ? Array.from(x)
                : x,
          ),
        );
      try {
        if (op === 'keys') return await call('readonly', (s) => s.getAllKeys());
        if (op === 'put') return await call('readwrite', (s) => s.put(value, key));
        const record = await call('readonly', (s) => s.get(key));
        if (op === 'get') return record === undefined ? null : json(record);
        if (op === 'newer') {
          const newer = { ...record, version: 99 };
          await call('readwrite', (s) => s.put(newer, key));
          return json(newer);
        }
        if (!record || !Array.isArray(record.entries)) return null;
        return {
          version: record.version,
          entries: record.entries.map((e) => ({
            id: e.id,
            label: e.label,
            simulation: e.simulation,
          })),
        };
      } finally {
        db.close();
      }
    },
    { op, key, value },
  );
}

/** Waits until the stored workspace satisfies `ok(summary)`; returns that summary. */
async function storedWhen(page, ok, what, timeout = 20000) {
  const end = Date.now() + timeout;
  let last = null;
  while (Date.now() < end) {
    last = await idb(page, 'summary');
    if (last && ok(last)) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`the stored workspace never had ${what}; last seen: ${JSON.stringify(last)}`);
}

/** The app with the 2020 sample open, analysed and saved in IndexedDB. */
async function openSaved() {
  const session = await openApp(browser());
  const stored = await storedWhen(session.page, (s) => s.entries.length === 1, '1 entry');
  return { ...session, stored };
}

/** A new page of the same browser context (same IndexedDB), at the app. */
async function reopen(context) {
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(BASE_URL);
  return { page, ...watched };
}

/**
 * Runs `edit(page)` on a same-origin page that does not run the app (the app's own script,
 * shown as text), after the app's page is closed: nothing can save over what is written.
 */
async function withAppClosed(session, edit) {
  const script = await session.page.evaluate(
    () => document.querySelector('script[type="module"]')?.src,
  );
  assert.ok(script, 'the app has a module script');
  await session.page.close();
  const quiet = await session.context.newPage();
  await quiet.goto(script);
  const result = await edit(quiet);
  await quiet.close();
  return result;
}

/** Every byte array of a raw export ({ base64 }) as { bytes: number[] }, like idb() gives. */
function bytesOfBase64(value) {
  if (Array.isArray(value)) return value.map(bytesOfBase64);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'base64' && typeof value.base64 === 'string') {
      return { bytes: Array.from(Buffer.from(value.base64, 'base64')) };
    }
    return Object.fromEntries(keys.map((k) => [k, bytesOfBase64(value[k])]));
  }
  return value;
}

test('a tab closed while a large file is being analysed reopens with the workspace as before', async () => {
  const file = join(tmp, 'gen-60000.csv');
  writeFileSync(file, lensText('gen', '--leaves', '60000', '--seed', '2'));
  const { page, context, stored } = await openSaved();
  const [entry] = stored.entries;

  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 60000 });
  assert.match(await text(page, 'mapping-summary'), /60000 个末级指标/);
  await page.getByTestId('mapping-confirm').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="progress"]')?.textContent.includes('正在分析'),
    null,
    { timeout: 20000 },
  );
  // Still analysing and not yet added at the moment the tab goes.
  const during = await page.evaluate(() => ({
    progress: document.querySelector('[data-testid="progress"]')?.textContent ?? '',
    entries: document.querySelectorAll('[data-testid="entry"]').length,
  }));
  await page.close();
  assert.match(during.progress, /正在分析/);
  assert.equal(during.entries, 1);

  const again = await reopen(context);
  await again.page.getByTestId('door-level-1').waitFor({ timeout: 20000 });
  assert.deepEqual(await headline(again.page), ['4', '109', '371']);
  assert.equal(await again.page.getByTestId('entry').count(), 1);
  assert.equal((await text(again.page, 'entry-label')).trim(), entry.label);
  // Give a half-finished save every chance to show; none may.
  await again.page.waitForTimeout(1000);
  const after = await idb(again.page, 'summary');
  assert.deepEqual(
    after.entries.map((e) => [e.id, e.label]),
    [[entry.id, entry.label]],
  );
  assert.deepEqual(again.errors, [], 'console errors');
  assert.deepEqual(again.foreign, [], 'requests to other origins');
  await context.close();
});

for (const { when, waitForResult } of [
  { when: 'right after the third step is asked for', waitForResult: false },
  { when: 'the moment the third step shows', waitForResult: true },
]) {
  test(`a tab closed ${when} reopens with the 2 steps before or all 3, never half`, async () => {
    const { page, context } = await openSaved();
    await page.getByTestId('page-simulate').click();
    await page.getByTestId('simulate').waitFor({ timeout: 20000 });
    const steps = [
      'sim-add-merge-overlap',
      'sim-add-fold-process',
      'sim-add-deductions-to-attainment',
    ];
    for (const [i, button] of steps.slice(0, 2).entries()) {
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.disabled === false,
        button,
        { timeout: 20000 },
      );
      await page.getByTestId(button).click();
      await page.getByTestId(`sim-step-${i}`).waitFor({ timeout: 20000 });
      await storedWhen(page, (s) => s.entries[0].simulation.cursor === i + 1, `${i + 1} steps`);
    }
    const beforeSim = (await idb(page, 'summary')).entries[0].simulation;
    assert.equal(beforeSim.steps.length, 2);
    assert.equal(beforeSim.cursor, 2);

    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid="${id}"]`)?.disabled === false,
      steps[2],
    );
    if (waitForResult) {
      await page.getByTestId(steps[2]).click();
      await page.getByTestId('sim-step-2').waitFor({ timeout: 20000 });
    } else {
      // Clicked from inside the page so that no round trip to the test sits between the click
      // and the close: the worker's answer is then almost always still on its way.
      await page.evaluate(
        (id) => document.querySelector(`[data-testid="${id}"]`).click(),
        steps[2],
      );
    }
    const arrived = await page.evaluate(
      () => !!document.querySelector('[data-testid="sim-step-2"]'),
    );
    await page.close();

    const again = await reopen(context);
    const { page: p } = again;
    await p.getByTestId('workspace-bar').waitFor({ timeout: 20000 });
    const afterSim = (
      await storedWhen(p, (s) => s.entries.length === 1, 'its entry after the reopen')
    ).entries[0].simulation;
    const third = afterSim.steps.length === 3;
    // Either exactly as before the click, or the click's result in full: all steps applied.
    if (third) {
      assert.deepEqual(afterSim.steps.slice(0, 2), beforeSim.steps);
      assert.equal(afterSim.steps[2].type, 'deductions-to-attainment');
      assert.equal(afterSim.cursor, 3);
    } else {
      assert.deepEqual(afterSim, beforeSim);
    }
    // A result that had arrived before the tab went was saved with it.
    if (arrived) assert.ok(third, 'the step the user saw applied was kept');
    console.log(`# mid-simulation close: result arrived before close: ${arrived}; kept: ${third}`);

    // The page shows what is stored.
    if (!(await p.getByTestId('simulate').isVisible()))
      await p.getByTestId('page-simulate').click();
    await p.getByTestId('sim-step-1').waitFor({ timeout: 20000 });
    assert.equal(await p.getByTestId('sim-step-2').count(), third ? 1 : 0);
    assert.deepEqual(again.errors, [], 'console errors');
    assert.deepEqual(again.foreign, [], 'requests to other origins');
    await context.close();
  });
}

for (const { name, write, says } of [
  {
    name: 'a corrupt workspace (entries is not a list)',
    write: { app: 'indicator-lens', version: 1, entries: 'x' },
    says: [/已损坏/, /无法读取工作区文件/, /已另存/],
  },
  {
    name: 'a workspace saved by a newer version (99)',
    write: 'newer',
    says: [/更新版本/, /第 99 版/, /已另存/],
  },
]) {
  test(`${name} is reported, exported raw, kept aside, and a new workspace opens`, async () => {
    const session = await openSaved();
    const { context } = session;
    const written = await withAppClosed(session, async (quiet) => {
      if (write !== 'newer') {
        await idb(quiet, 'put', 'current', write);
        return write;
      }
      return idb(quiet, 'newer');
    });
    if (write === 'newer') assert.equal(written.entries.length, 1, 'a real workspace, bumped');
    assert.deepEqual(session.errors, [], 'console errors before');

    const { page, errors, foreign } = await reopen(context);
    const problem = page.getByTestId('store-problem');
    await problem.waitFor({ timeout: 20000 });
    for (const pattern of says) assert.match(await problem.textContent(), pattern);

    const exported = await download(page, 'store-raw-export');
    assert.match(exported.name, /\.json$/);
    const raw = JSON.parse(exported.text);
    assert.deepEqual(bytesOfBase64(raw), written, 'the download is the record as written');

    // A new workspace: the sample, saved under 'current' beside the record kept aside.
    await page.getByTestId('door-level-1').waitFor({ timeout: 20000 });
    assert.deepEqual(await headline(page), ['4', '109', '371']);
    await storedWhen(page, (s) => s.version === 1 && s.entries.length === 1, 'the new workspace');
    const asideKeys = (await idb(page, 'keys')).filter((k) => String(k).startsWith('aside:'));
    assert.equal(asideKeys.length, 1);
    assert.deepEqual(await idb(page, 'get', asideKeys[0]), written);

    // Reloaded once more, the new workspace opens without the warning; the record stays.
    await page.reload();
    await page.getByTestId('door-level-1').waitFor({ timeout: 20000 });
    assert.equal(await problem.count(), 0);
    assert.deepEqual(await idb(page, 'get', asideKeys[0]), written);
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(foreign, [], 'requests to other origins');
    await context.close();
  });
}

test('the CSP allows connections only to the own origin: a fetch elsewhere is refused', async () => {
  const { page, context, errors, foreign } = await openApp(browser());
  const csp = await page.evaluate(
    () =>
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? '',
  );
  assert.match(csp, /(^|;)\s*connect-src 'self'\s*(;|$)/);
  assert.match(csp, /(^|;)\s*default-src 'self'\s*(;|$)/);
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
    let refused = null;
    try {
      await fetch('https://example.com/');
    } catch (e) {
      refused = String(e);
    }
    // The event is queued as a task: let it arrive.
    await new Promise((r) => setTimeout(r, 200));
    return { refused, violations };
  });
  assert.ok(outcome.refused, 'the fetch rejected');
  assert.deepEqual(outcome.violations, [
    { directive: 'connect-src', blocked: 'https://example.com/' },
  ]);
  assert.deepEqual(foreign, [], 'no request left the origin');
  // Chromium logs the refusal itself; nothing else may be an error.
  assert.deepEqual(
    errors.filter(
      (e) => !(e.includes('https://example.com/') && /Content Security Policy/.test(e)),
    ),
    [],
    'console errors',
  );
  await context.close();
});

/**
 * A workbook as an office sends it: a cover sheet first, then the corpus table with its
 * first column's blank-below cells merged, and `hidden` sheet rows (1-based) hidden.
 */
async function coverAndTable(file, sheetName, hidden) {
  const rows = corpusRows(file);
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('封面');
  cover.addRow(['2013年度卫生监督协管服务项目质量考评']);
  cover.addRow([]);
  cover.addRow(['考评单位：', '某社区卫生服务中心']);
  cover.addRow(['考评日期：', '2013年12月']);
  const ws = wb.addWorksheet(sheetName);
  addMergedTable(ws, rows);
  for (const r of hidden) ws.getRow(r).hidden = true;
  return { rows, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

test('a two-sheet workbook: the sheet picker re-reads the table sheet, counts equal the CLI, hidden rows only skipped on request', async () => {
  const sheet = '考评表';
  // Sheet rows 3 and 4 are the 2nd and 3rd items of the first merged block (A2:A5), so
  // skipping them removes exactly 2 of the 27 items.
  const hiddenRows = [3, 4];
  const { rows, buffer } = await coverAndTable(
    'changshu_2013_weishengjiandu_xieguan_kaoping.csv',
    sheet,
    hiddenRows,
  );
  assert.equal(rows[1][0].slice(0, 4), '组织领导');
  assert.deepEqual(
    hiddenRows.map((r) => rows[r - 1][0]),
    ['', ''],
  );
  const file = join(tmp, 'changshu-考评.xlsx');
  writeFileSync(file, buffer);
  const cli = lens('analyze', file, '--sheet', sheet);
  // The CLI reads hidden rows (nothing skipped unless asked): the CSV's 27 items.
  assert.equal(cli.counts.leaves, 27);

  const { page, context, errors, foreign } = await openApp(browser());
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 20000 });
  const picker = page.getByTestId('sheet-picker');
  // Both sheets are offered; the table (the larger sheet) is read by default, not the cover.
  assert.deepEqual(await picker.locator('option:not([disabled])').allTextContents(), [
    '封面',
    sheet,
  ]);
  assert.equal(await picker.inputValue(), sheet);

  const summaryIs = (s) =>
    page.waitForFunction(
      (want) => document.querySelector('[data-testid="mapping-summary"]')?.textContent === want,
      s,
      { timeout: 20000 },
    );
  const summaryOf = (leaves) => `将导入 ${cli.counts.nodes} 个节点，其中 ${leaves} 个末级指标`;
  await summaryIs(summaryOf(27));
  // Choosing the cover re-reads the file from it; choosing the table again gives the table.
  await picker.selectOption('封面');
  await page.waitForFunction(
    (want) => {
      // Wait for the cover's own reply, not the "…" shown while it is read.
      const summary = document.querySelector('[data-testid="mapping-summary"]')?.textContent;
      const settled = summary !== undefined && !summary.includes('…') && summary !== want;
      return settled || document.querySelector('[data-testid="mapping-cannot-read"]');
    },
    summaryOf(27),
    { timeout: 20000 },
  );
  await picker.selectOption(sheet);
  await summaryIs(summaryOf(27));
  assert.equal(await page.getByTestId('mapping-cannot-read').count(), 0);

  // Skipping the hidden rows drops exactly those items; unticking brings them back.
  await page.getByTestId('skip-hidden').check();
  await page.waitForFunction(
    () =>
      /其中 25 个末级指标/.test(
        document.querySelector('[data-testid="mapping-summary"]')?.textContent ?? '',
      ),
    null,
    { timeout: 20000 },
  );
  await page.getByTestId('skip-hidden').uncheck();
  await summaryIs(summaryOf(27));

  await page.getByTestId('mapping-confirm').click();
  await page.getByTestId('mapping-dialog').waitFor({ state: 'detached', timeout: 20000 });
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="door-leaves-value"]')?.textContent === n,
    String(cli.counts.leaves),
    { timeout: 20000 },
  );
  const levels = [];
  for (let i = 1; i <= cli.counts.depth; i++)
    levels.push(Number(await text(page, `door-level-${i}-value`)));
  assert.deepEqual(levels, cli.counts.byLevel);
  assert.equal(Number(await text(page, 'door-depth-value')), cli.counts.depth);
  const count = (id) => page.getByTestId(id).getAttribute('data-count');
  assert.equal(Number(await count('door-process')), cli.kind.process);
  assert.equal(Number(await count('door-negative')), cli.incentive.negative);
  assert.equal(Number(await text(page, 'door-redundant-value')), cli.overlap.redundant);
  assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(foreign, [], 'requests to other origins');
  await context.close();
});

test('a workbook whose first sheet is a cover: the mapping step reads the table, not the cover', async () => {
  const { buffer } = await coverAndTable(
    'changshu_2013_weishengjiandu_xieguan_kaoping.csv',
    '考评表',
    [],
  );
  const { page, context } = await openApp(browser());
  await page.getByTestId('file-input').setInputFiles({
    name: 'changshu-考评.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 20000 });
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="mapping-summary"]')?.textContent.includes('…'),
  );
  const cannotRead = await page.getByTestId('mapping-cannot-read').count();
  const sheetRead = await page.getByTestId('sheet-picker').inputValue();
  const summary = await text(page, 'mapping-summary');
  await context.close();
  assert.equal(cannotRead, 0);
  assert.equal(sheetRead, '考评表', `the cover was read: "${summary}"`);
  // The changshu table has 27 detailed items (its CSV, counted by the CLI test above).
  assert.match(summary, /其中 27 个末级指标/);
});

/** Sets a File made inside the page on the file input, as a user's pick would. */
function pickInPage(page, { name, size, head }) {
  return page.evaluate(
    ({ name, size, head }) => {
      const bytes = new Uint8Array(size);
      bytes.set(head);
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      const input = document.querySelector('[data-testid="file-input"]');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, size, head },
  );
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [...Buffer.from('%PDF-1.7\n')];

for (const { what, name, size, head, says } of [
  {
    what: 'an old .xls workbook',
    name: '2020年考核细则.xls',
    size: 4096,
    head: OLE2,
    says: /旧版 Excel 97–2003 工作簿（\.xls）.*另存为” \.xlsx/,
  },
  {
    what: 'a 200 MB file',
    name: '全省汇总.csv',
    size: 200 * 1024 * 1024,
    head: [...Buffer.from('一级指标,二级指标\n')],
    says: /文件太大（200 MB），最多可打开 100 MB/,
  },
  {
    what: 'a PDF named .csv',
    name: '考核办法.csv',
    size: 2048,
    head: PDF,
    says: /这不是文本表格（看起来是 PDF 文件）/,
  },
]) {
  test(`${what} gets a clear message and the open scheme stays`, async () => {
    const { page, context, errors, foreign, stored } = await openSaved();
    // Whether the file was ever read: the progress strip shows while the browser reads.
    await page.evaluate(() => {
      window.__progressSeen = [];
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="progress"]');
        if (p) window.__progressSeen.push(p.textContent);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await pickInPage(page, { name, size, head });
    await page.getByTestId('mapping-dialog').waitFor({ timeout: 30000 });
    assert.equal(await text(page, 'mapping-file'), name);
    const error = page.getByTestId('import-error');
    await error.first().waitFor();
    assert.equal(await error.count(), 1);
    assert.match(await error.textContent(), says);
    await page.getByTestId('mapping-cannot-read').waitFor();
    assert.equal(await page.getByTestId('mapping-confirm').isDisabled(), true);
    if (size > 100 * 1024 * 1024) {
      const seen = await page.evaluate(() => window.__progressSeen);
      assert.ok(!seen.some((s) => /正在读取/.test(s)), `refused before reading: ${seen}`);
    }
    await page.getByTestId('mapping-cancel').click();
    await page.getByTestId('mapping-dialog').waitFor({ state: 'detached' });
    assert.deepEqual(await headline(page), ['4', '109', '371']);
    const after = await idb(page, 'summary');
    assert.deepEqual(after.entries, stored.entries);
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(foreign, [], 'requests to other origins');
    await context.close();
  });
}
