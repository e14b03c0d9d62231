// Browser test (issue 6 "Export the scheme, a simulation's result and the indicator table as
// .xlsx too, with the hierarchy as merged cells"): each download opens in an Excel library
// with the rows and merges a person would count in the app.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { download, finish, lens, openApp, useBrowser } from './helpers.mjs';

const browser = useBrowser();

async function sheetOf(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb.worksheets[0];
}

/** Merged ranges of column A (the major items), as "A2:A30". */
const majorMerges = (ws) => ws.model.merges.filter((m) => /^A\d+:A\d+$/.test(m));

test('the scheme, the indicator table and a simulated scheme download as .xlsx', async () => {
  const cli = lens('analyze', 'data/scheme-2020.csv');
  const session = await openApp(browser());
  const { page } = session;

  // The scheme: a row per detailed item, each major item one merged cell over its rows.
  const scheme = await download(page, 'scheme-export-xlsx');
  assert.match(scheme.name, /\.xlsx$/);
  const ws = await sheetOf(scheme.bytes);
  assert.equal(ws.getRow(1).getCell(1).text, '一级指标');
  assert.equal(ws.actualRowCount - 1, cli.counts.leaves, 'a row per detailed item');
  assert.equal(majorMerges(ws).length, cli.counts.byLevel[0], 'a merged cell per major item');
  const tops = majorMerges(ws).map((m) => ws.getCell(m.split(':')[0]).text);
  assert.ok(tops.every((name) => name.length > 0));

  // The indicator table: a header and a row per detailed item, no formula anywhere.
  await page.getByTestId('tab-table').click();
  const table = await sheetOf((await download(page, 'table-export-xlsx')).bytes);
  assert.equal(table.actualRowCount - 1, cli.counts.leaves);
  table.eachRow((row) => row.eachCell((cell) => assert.equal(cell.formula, undefined)));

  // A simulation: merge the overlap clusters; the download has the leaves left.
  await page.getByTestId('page-simulate').click();
  await page.getByTestId('sim-add-merge-overlap').click();
  await page.getByTestId('sim-step-0').waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="sim-after"]')?.getAttribute('aria-busy') === 'false',
  );
  const after = Number(
    await page.locator('[data-testid="sim-after"] [data-metric="leaves"]').first().textContent(),
  );
  assert.equal(after, cli.counts.leaves - cli.overlap.redundant, 'merging removes the redundant');
  const simulated = await sheetOf((await download(page, 'sim-export-xlsx')).bytes);
  assert.equal(simulated.actualRowCount - 1, after);
  assert.equal(majorMerges(simulated).length, cli.counts.byLevel[0]);
  await finish(session);
});
