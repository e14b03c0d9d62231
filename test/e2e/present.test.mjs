// Browser tests of the presentation and the printed report (issue 4, "Done when"): keyboard
// navigation through the slides, and a PDF printed from the report page with Chromium's
// page.pdf: one A4 page, the scheme's numbers in it. Expected numbers come from `lens analyze`.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { finish, lens, openTwoYears, percent, shot, useBrowser } from './helpers.mjs';

const browser = useBrowser();

/**
 * The app as a presenter prepares it: the 2011 and 2020 samples (so growth has two years), the
 * 2020 scheme active with one consolidation step simulated, back on the analyse page.
 */
async function prepared() {
  const session = await openTwoYears(browser());
  const { page } = session;
  await page
    .getByTestId('entry')
    .filter({ has: page.getByTestId('entry-year').getByText('2020') })
    .locator('button[aria-pressed]')
    .click();
  await page.getByTestId('page-simulate').click();
  await page.getByTestId('sim-add-merge-overlap').click();
  await page.getByTestId('sim-step-summary-0').waitFor({ timeout: 20000 });
  await page.getByTestId('page-analyze').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="door-level-1-value"]')?.textContent === '4',
  );
  return session;
}

/** Where the presentation is: the slide's kind and index, and the counter's text. */
async function where(page) {
  const slide = page.getByTestId('slide');
  return {
    kind: await slide.getAttribute('data-slide'),
    index: Number(await slide.getAttribute('data-index')),
    counter: (await page.getByTestId('slide-counter').textContent()).trim(),
  };
}

test('the presentation goes → ← End Home by keyboard and Escape closes it', async () => {
  const session = await prepared();
  const { page } = session;
  await page.getByTestId('open-present').click();
  await page.getByTestId('present').waitFor();

  const first = await where(page);
  const n = Number(/^1 \/ (\d+)$/.exec(first.counter)?.[1]);
  assert.equal(first.index, 0);
  assert.equal(first.kind, 'numbers');
  // The opening slide carries the scheme's numbers.
  assert.match(
    (await page.locator('[data-testid="slide"] [data-metric="levels"]').textContent()).replace(
      /\s+/g,
      ' ',
    ),
    /4 大项 \/ 109 小项 \/ 371 细项/,
  );

  // Walk through every slide with →, one screenshot each; the counter follows.
  const kinds = [first.kind];
  await page.waitForTimeout(700);
  await page.screenshot({ path: shot('present-1-numbers.png') });
  for (let i = 1; i < n; i++) {
    await page.keyboard.press('ArrowRight');
    const now = await where(page);
    assert.deepEqual([now.index, now.counter], [i, `${i + 1} / ${n}`]);
    kinds.push(now.kind);
    await page.waitForTimeout(700);
    await page.screenshot({ path: shot(`present-${i + 1}-${now.kind}.png`) });
  }
  // Two years and a simulation give their own slides (src/ui/present/deck.ts slidesOf).
  assert.deepEqual(kinds.slice(0, 4), ['numbers', 'sunburst', 'growth', 'simulation']);
  assert.equal(new Set(kinds).size, n, 'one idea per slide');

  // Past the last slide nothing moves; ← goes back one; Home to the first; End to the last.
  await page.keyboard.press('ArrowRight');
  assert.equal((await where(page)).counter, `${n} / ${n}`);
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await where(page), {
    kind: kinds[n - 2],
    index: n - 2,
    counter: `${n - 1} / ${n}`,
  });
  await page.keyboard.press('Home');
  assert.deepEqual(await where(page), { kind: 'numbers', index: 0, counter: `1 / ${n}` });
  await page.keyboard.press('ArrowLeft');
  assert.equal((await where(page)).index, 0);
  await page.keyboard.press('End');
  assert.deepEqual(await where(page), { kind: kinds[n - 1], index: n - 1, counter: `${n} / ${n}` });

  await page.keyboard.press('Escape');
  await page.getByTestId('present').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('door-level-1-value').textContent(), '4');
  await finish(session);
});

/**
 * The text of a PDF as Chromium writes it: content streams (Flate) showing glyph ids in hex,
 * mapped back to characters through each font's ToUnicode CMap. Enough for Chromium's own
 * output, not a general PDF reader; used because pdftotext is not installed here.
 */
function pdfText(pdf) {
  const src = pdf.toString('latin1');
  const objects = new Map();
  for (const m of src.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2];
    const s = body.indexOf('stream');
    let stream = null;
    if (s >= 0) {
      const start = body[s + 6] === '\r' ? s + 8 : s + 7;
      const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
      stream = /\/FlateDecode/.test(body.slice(0, s)) ? inflateSync(raw) : raw;
    }
    objects.set(m[1], { dict: s >= 0 ? body.slice(0, s) : body, stream });
  }
  const cmapOf = (id) => {
    const map = new Map();
    const text = objects.get(id)?.stream?.toString('latin1') ?? '';
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, from, to] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        map.set(parseInt(from, 16), hexToText(to));
      }
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, to] of block[1].matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
      )) {
        const base = parseInt(to, 16);
        for (let g = parseInt(lo, 16); g <= parseInt(hi, 16); g++) {
          map.set(g, String.fromCodePoint(base + g - parseInt(lo, 16)));
        }
      }
    }
    return map;
  };
  const hexToText = (hex) => {
    let out = '';
    for (let i = 0; i < hex.length; i += 4)
      out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  // Font resource names (/F1) → their ToUnicode maps, from every resource dictionary.
  const fonts = new Map();
  for (const { dict } of objects.values()) {
    for (const [, fontDict] of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, id] of fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
        const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(id)?.dict ?? '')?.[1];
        if (toUnicode)
          fonts.set(name, { map: cmapOf(toUnicode), two: /Type0/.test(objects.get(id).dict) });
      }
    }
  }
  let text = '';
  for (const { stream } of objects.values()) {
    const content = stream?.toString('latin1') ?? '';
    if (!/\bTf\b/.test(content)) continue;
    let font = null;
    for (const m of content.matchAll(
      /\/(\S+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|(ET)/g,
    )) {
      if (m[1]) font = fonts.get(m[1]) ?? null;
      else if (m[4]) text += '\n';
      else if (font) {
        const hexes =
          m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [m[3]];
        const width = font.two ? 4 : 2;
        for (const hex of hexes) {
          for (let i = 0; i < hex.length; i += width) {
            text += font.map.get(parseInt(hex.slice(i, i + width), 16)) ?? '';
          }
        }
      }
    }
  }
  return text;
}

test('the report prints to one A4 page of PDF with the scheme’s numbers in it', async () => {
  const cli = lens('analyze', 'data/scheme-2020.csv');
  const expected = {
    levels: cli.counts.byLevel,
    overlap: percent(cli.overlap.ratio),
    negative: percent(cli.incentive.negativeRatio),
    process: percent(cli.kind.processShare),
    criteria: String(cli.flags.criteriaLeaves),
    structural: String(cli.flags.structuralLeaves),
    vetoes: String(cli.incentive.vetoes),
  };
  assert.deepEqual(expected.levels, [4, 109, 371]);

  const session = await prepared();
  const { page } = session;
  await page.getByTestId('open-report').click();
  await page.getByTestId('report').waitFor();
  await page.waitForTimeout(800);

  // What prints: the report alone, with the numbers the command line gives.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByTestId('report').isVisible(), true);
  for (const hidden of ['workspace-bar', 'sample-picker', 'report-print', 'report-close']) {
    assert.equal(await page.getByTestId(hidden).isVisible(), false, `${hidden} is not printed`);
  }
  const metric = (name) =>
    page.locator(`[data-testid="report"] [data-metric="${name}"]`).first().textContent();
  assert.match((await metric('levels')).replace(/\s+/g, ' '), /4 大项 \/ 109 小项 \/ 371 细项/);
  for (const name of ['overlap', 'negative', 'process', 'criteria', 'structural', 'vetoes']) {
    assert.equal((await metric(name)).trim(), expected[name], name);
  }
  await page.screenshot({ path: shot('report-print.png'), fullPage: true });
  // The same at the width of an A4 page (210 mm at 96 px per inch), as the PDF lays it out.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: shot('report-print-a4.png'), fullPage: true });

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(shot('report.pdf'), pdf);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  assert.equal(pages.length, 1, 'one page');
  // A4 is 210 × 297 mm, 595.3 × 841.9 points (Chromium rounds its pixels: within a point).
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  assert.ok(box, 'a media box');
  assert.ok(Math.abs(box[1] - 595.3) < 1.5 && Math.abs(box[2] - 841.9) < 1.5, `A4: ${box[0]}`);

  // NFKC: Skia's ToUnicode maps some CJK glyphs of Noto CJK to Kangxi radicals (⼤ U+2F24 for
  // 大), which NFKC folds back. Copied from the PDF, such text keeps the radicals.
  const text = pdfText(pdf).normalize('NFKC').replace(/\s+/g, '');
  for (const value of [
    ...expected.levels.map(String),
    expected.overlap,
    expected.negative,
    expected.process,
    expected.criteria,
    expected.vetoes,
  ]) {
    assert.ok(text.includes(value), `the PDF says ${value}`);
  }
  assert.ok(text.includes('大项') && text.includes('细项'), 'the PDF has the level names');
  await finish(session);
});
