// Browser test: an Excel workbook (.xlsx, merged level cells) opens like its CSV (issue 6).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { addMergedTable, corpusRows, openApp, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/** The corpus CSV as an office would keep it: first column's blank-below cells merged. */
async function workbookOf(file) {
  const wb = new ExcelJS.Workbook();
  addMergedTable(wb.addWorksheet('考核细则'), corpusRows(file));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('an .xlsx with merged level cells opens with the same 61 items as its CSV', async () => {
  const { page, errors, foreign, context } = await openApp(browser());
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
