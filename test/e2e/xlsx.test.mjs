// Browser test (issue 6 "Done when"): every corpus table saved as .xlsx with merged level
// cells opens in the app with the same counts and metrics as the command line gives for its
// CSV.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addMergedTable, CORPUS, corpusRows, lens, openApp, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/** The corpus CSV as an office would keep it: first column's blank-below cells merged. */
async function workbookOf(file) {
  const wb = new ExcelJS.Workbook();
  addMergedTable(wb.addWorksheet('考核细则'), corpusRows(file));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const files = readdirSync(CORPUS).filter((f) => f.endsWith('.csv') && f !== 'labels.csv');

for (const file of files) {
  test(`${file} as .xlsx with merged cells opens with its CSV's counts and metrics`, async () => {
    const cli = lens('analyze', join(CORPUS, file));
    const { page, errors, foreign, context } = await openApp(browser());
    await page.getByTestId('file-input').setInputFiles({
      name: file.replace(/\.csv$/, '.xlsx'),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbookOf(file),
    });
    await page.getByTestId('mapping-dialog').waitFor({ timeout: 20000 });
    await page.getByTestId('mapping-confirm').click();
    // The sample has 371 leaves; wait for the overview of the new scheme.
    await page.waitForFunction(
      (leaves) =>
        document.querySelector('[data-testid="door-leaves-value"]')?.textContent ===
          String(leaves) && !document.querySelector('[data-testid="mapping-dialog"]'),
      cli.counts.leaves,
      { timeout: 20000 },
    );
    const count = (id) => page.getByTestId(id).getAttribute('data-count').then(Number);
    const levels = await Promise.all(
      cli.counts.byLevel.map((_, i) => count(`door-level-${i + 1}`)),
    );
    assert.deepEqual(levels, cli.counts.byLevel, 'items per level');
    assert.equal(await count('door-leaves'), cli.counts.leaves);
    assert.equal(await count('door-redundant'), cli.overlap.redundant, 'overlap');
    assert.equal(await count('door-negative'), cli.incentive.negative, 'negative incentives');
    assert.equal(await count('door-vetoes'), cli.incentive.vetoes, 'vetoes');
    assert.equal(await count('door-process'), cli.kind.process, 'process items');
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(foreign, [], 'requests to other origins');
    await context.close();
  });
}
