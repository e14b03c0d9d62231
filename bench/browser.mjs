// The browser benchmark of issue 5: builds the app, serves the build on 127.0.0.1:4174, opens
// it in Chromium (playwright-core, test/e2e/browser.mjs), loads a generated scheme of
// --leaves N (default 100,000) through the hidden file input and the mapping dialog, and
// measures: the longest main-thread task while reading and analysing (PerformanceObserver
// 'longtask'), the sunburst's first paint after the analysis arrives from the worker (the
// marks in src/ui/charts/SunburstView.svelte), and frame times while zooming the sunburst
// (requestAnimationFrame deltas over the transition). Prints a table and one JSON line.
// Run: npm run bench:browser [-- --leaves 100000] (or npm run bench -- --browser).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../test/e2e/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const leaves = Number(argv[argv.indexOf('--leaves') + 1] ?? 100_000) || 100_000;
const port = 4174;
const base = `http://127.0.0.1:${port}`;
// Targets from issue 5.
const TARGET = { longTaskMs: 100, firstPaintMs: 300, fps: 50 };
// Build and data go to a folder of their own, so that a concurrent `vite build` of dist/ (the
// e2e tests) is not disturbed.
const work = join(os.tmpdir(), 'indicator-lens-bench');
mkdirSync(work, { recursive: true });
const file = join(work, `scheme-${leaves}.csv`);
const outDir = join(work, 'dist');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

run('npx', ['tsx', 'src/cli.ts', 'gen', '--leaves', String(leaves), '--seed', '1', '--out', file]);
run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir']);
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'].concat([
    '--outDir',
    outDir,
  ]),
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    if (i > 100) throw new Error(`the preview server did not start on ${base}`);
  }
  await new Promise((r) => setTimeout(r, 200));
}

/**
 * Runs in the page before the app: records long tasks, and when each message from a worker
 * arrives (the app's comlink client listens with addEventListener).
 */
function instrument() {
  const bench = { longtasks: [], messages: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const wrapped = new WeakMap();
  const add = Worker.prototype.addEventListener;
  const remove = Worker.prototype.removeEventListener;
  Worker.prototype.addEventListener = function (type, listener, options) {
    if (type !== 'message' || typeof listener !== 'function') {
      return add.call(this, type, listener, options);
    }
    const w = function (ev) {
      const at = performance.now();
      // Chromium deserialises a message when its data is first read: time that apart.
      void ev.data;
      bench.messages.push({ at, decodeMs: performance.now() - at });
      return listener.call(this, ev);
    };
    wrapped.set(listener, w);
    return add.call(this, type, w, options);
  };
  Worker.prototype.removeEventListener = function (type, listener, options) {
    return remove.call(this, type, wrapped.get(listener) ?? listener, options);
  };
}

/** Clicks a point that really is on the element (an arc's box centre may be elsewhere). */
async function clickInside(page, locator) {
  const handle = await locator.elementHandle();
  const point = await page.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (const fx of [0.5, 0.3, 0.7, 0.1, 0.9]) {
        for (const y of [box.top + box.height * fy, box.top + box.height * (1 - fy)]) {
          const x = box.left + box.width * fx;
          if (document.elementFromPoint(x, y) === el) return { x, y };
        }
      }
    }
    return null;
  }, handle);
  if (!point) throw new Error('no clickable point on the arc');
  await page.mouse.click(point.x, point.y);
}

/** requestAnimationFrame deltas (ms) while `action` runs and for `ms` after it. */
async function frames(page, action, ms) {
  await page.evaluate(() => {
    const f = (window.__frames = { times: [], on: true });
    const tick = (t) => {
      f.times.push(t);
      if (f.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  await page.waitForTimeout(ms);
  const times = await page.evaluate(() => {
    window.__frames.on = false;
    return window.__frames.times;
  });
  const deltas = times.slice(1).map((t, i) => t - times[i]);
  const sorted = [...deltas].sort((a, b) => a - b);
  const span = times.at(-1) - times[0];
  return {
    frames: deltas.length,
    fps: deltas.length / (span / 1000),
    medianMs: sorted[Math.floor(sorted.length / 2)],
    p95Ms: sorted[Math.floor(sorted.length * 0.95)],
    maxMs: sorted.at(-1),
  };
}

const browser = await launch();
const context = await browser.newContext({
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
});
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.addInitScript(instrument);
await page.goto(base);
const arcs = page.getByTestId('sunburst').locator('path[role="button"]');
await arcs.first().waitFor();
const LONG = { timeout: 600_000 };

const t0 = await page.evaluate(() => performance.now());
const wall0 = Date.now();
await page.getByTestId('file-input').setInputFiles(file);
const confirm = page.getByTestId('mapping-confirm');
await confirm.waitFor(LONG);
await page.waitForFunction(
  () => !document.querySelector('[data-testid="mapping-confirm"]')?.disabled,
  null,
  LONG,
);
const tDialog = await page.evaluate(() => performance.now());
await confirm.click();
const tConfirm = await page.evaluate(() => performance.now());
await page.waitForFunction(
  (after) => performance.getEntriesByName('lens:sunburst-painted').some((m) => m.startTime > after),
  tConfirm,
  { ...LONG, polling: 100 },
);
const wallSeconds = (Date.now() - wall0) / 1000;
const load = await page.evaluate(
  ({ t0, tDialog, tConfirm }) => {
    const b = window.__bench;
    const drawn = performance
      .getEntriesByName('lens:sunburst-drawn')
      .find((m) => m.startTime > tConfirm).startTime;
    const painted = performance
      .getEntriesByName('lens:sunburst-painted')
      .find((m) => m.startTime > drawn).startTime;
    const answer = b.messages.filter((m) => m.at < drawn).at(-1);
    const arrived = answer.at;
    const tasks = b.longtasks.filter((e) => e.start >= t0 && e.start <= painted);
    // A task belongs to the phase in which it ends: the task that delivers the worker's
    // answer starts before the answer's listener runs.
    const longestIn = (from, to) =>
      Math.max(
        0,
        ...tasks.filter((e) => e.start + e.ms >= from && e.start + e.ms < to).map((e) => e.ms),
      );
    const svg = document.querySelector('[data-testid="sunburst"] svg');
    return {
      arrived,
      decodeMs: answer.decodeMs,
      drawn,
      painted,
      longest: Math.max(0, ...tasks.map((e) => e.ms)),
      // Reading and parsing (file picked → dialog), analysing (confirm → answer), drawing.
      longestReading: longestIn(t0, tDialog),
      longestAnalysing: longestIn(tConfirm, arrived),
      longestDrawing: longestIn(arrived, painted + 1),
      longTasks: tasks.length,
      longOver100: tasks.filter((e) => e.ms > 100).length,
      elements: svg ? svg.querySelectorAll('*').length : 0,
      arcs: svg ? svg.querySelectorAll('path').length : 0,
      heapMB: performance.memory ? performance.memory.usedJSHeapSize / 2 ** 20 : null,
    };
  },
  { t0, tDialog, tConfirm },
);
const fig = {
  leaves,
  readToDialogMs: tDialog - t0,
  confirmToArrivalMs: load.arrived - tConfirm,
  analysisDecodeMs: load.decodeMs,
  arrivalToDrawnMs: load.drawn - load.arrived,
  firstPaintMs: load.painted - load.arrived,
  totalSeconds: wallSeconds,
  longestTaskMs: load.longest,
  longestTaskReadingMs: load.longestReading,
  longestTaskAnalysingMs: load.longestAnalysing,
  longestTaskDrawingMs: load.longestDrawing,
  longTasks: load.longTasks,
  longTasksOver100ms: load.longOver100,
  svgElements: load.elements,
  svgPaths: load.arcs,
  heapMB: load.heapMB,
};

// Zoom into the first arc (a major item), then back out through the centre.
await page.waitForTimeout(500);
const zoomIn = await frames(page, () => clickInside(page, arcs.first()), 1000);
await page.waitForTimeout(300);
const centre = page.getByTestId('sunburst').locator('g[role="button"]');
const zoomOut = await frames(page, () => centre.click(), 1000);
await browser.close();
stop();

const ms = (x) => (x == null ? 'n/a' : `${x.toFixed(0)} ms`);
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim()}, ${cpus.length} cores, Chromium (headless, no GPU)`;
console.log(`\nBrowser benchmark, ${leaves} leaves — ${machine}`);
console.log(`  file picked → mapping dialog ready   ${ms(fig.readToDialogMs)}`);
console.log(`  confirm → analysis arrives           ${ms(fig.confirmToArrivalMs)}`);
console.log(
  `  analysis arrives → sunburst painted  ${ms(fig.firstPaintMs)} ` +
    `(drawn after ${ms(fig.arrivalToDrawnMs)}; target ≤${TARGET.firstPaintMs} ms: ` +
    `${verdict(fig.firstPaintMs <= TARGET.firstPaintMs)}); ` +
    `${fig.svgElements} SVG elements, ${fig.svgPaths} paths`,
);
console.log(`    of which decoding the worker's answer    ${ms(fig.analysisDecodeMs)}`);
console.log(
  `  longest main-thread task             ${ms(fig.longestTaskMs)} (target ≤${TARGET.longTaskMs} ` +
    `ms: ${verdict(fig.longestTaskMs <= TARGET.longTaskMs)}); ${fig.longTasks} long tasks, ` +
    `${fig.longTasksOver100ms} over 100 ms`,
);
console.log(
  `    longest while reading ${ms(fig.longestTaskReadingMs)}, while the worker analyses ` +
    `${ms(fig.longestTaskAnalysingMs)}, while drawing ${ms(fig.longestTaskDrawingMs)}`,
);
for (const [name, z] of [
  ['zoom in ', zoomIn],
  ['zoom out', zoomOut],
]) {
  console.log(
    `  ${name}: ${z.fps.toFixed(1)} fps over ${z.frames} frames, median ${ms(z.medianMs)}, ` +
      `p95 ${ms(z.p95Ms)}, worst ${ms(z.maxMs)} (target ≥${TARGET.fps} fps: ` +
      `${verdict(z.fps >= TARGET.fps)})`,
  );
}
if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`);
console.log(
  JSON.stringify({ browser: { machine, targets: TARGET, ...fig, zoomIn, zoomOut, errors } }),
);
