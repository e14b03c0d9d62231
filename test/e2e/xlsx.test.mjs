// Browser test: an Excel workbook (.xlsx, merged level cells) opens like its CSV (issue 6).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { launch, openPage } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = join(root, '../shared/corpus');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The corpus CSV as an office would keep it: first column's blank-below cells merged. */
async function workbookOf(file) {
  const rows = Papa.parse(readFileSync(join(corpus, file), 'utf8'), { skipEmptyLines: true }).data;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核细则');
  for (const row of rows)
    ws.addRow(row.map((c) => (c !== '' && !isNaN(Number(c)) ? Number(c) : c)));
  for (let r = 2; r <= rows.length; r++) {
    if (rows[r - 1][0] === '') continue;
    let end = r;
    while (end < rows.length && rows[end][0] === '') end++;
    if (end > r) ws.mergeCells(r, 1, end, 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('an .xlsx with merged level cells opens with the same 61 items as its CSV', async () => {
  const { page, errors, foreign, context } = await openPage(browser);
  await page.getByTestId('door-level-1').waitFor({ timeout: 20000 });
  await page.getByTestId('file-input').setInputFiles({
    name: 'jiaojing.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbookOf('jiaojing_gongjian_dadui_kaohe.csv'),
  });
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 20000 });
  await page.getByTestId('mapping-confirm').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="door-leaves-value"]')?.textContent === '61',
    null,
    { timeout: 20000 },
  );
  assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(foreign, [], 'requests to other origins');
  await context.close();
});
