/**
 * The benchmark of issue 5: `npm run bench [-- --sizes 10000,100000,300000] [--overlap
 * 20000] [--lsh-only 100000] [--compare 100000] [--seed 1] [--no-breakdown] [--browser]`.
 * Each size, each overlap comparison and each compare-and-simulate size runs in a child
 * process of its own (this file again, with --child-size, --child-overlap or
 * --child-compare), so that each peak memory figure is its own.
 * Prints a table, then one JSON line with every figure. A target that is missed says MISSED.
 */
import { fork, spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateScheme } from '../src/core/gen/generateScheme';
import { DEFAULT_THRESHOLD, EXACT_MAX_ITEMS } from '../src/core/overlap/findOverlap';
import { overlapItems } from '../src/core/overlap/overlapItems';
import { openFile } from '../src/worker/api';
import {
  BENCH_STEPS,
  measureCompareSimulate,
  type CompareSimulateFigures,
} from './compareSimulate';
import { compareOverlap, type JoinFigures, type OverlapComparison } from './overlapCompare';
import { measureSize, type SizeFigures } from './sizeRun';

/**
 * Targets from issue 5. "Compare and simulate … finish within a few seconds": read here as
 * at most compareSeconds each.
 */
const TARGET = { ratio: 4, speedup: 20, recall: 0.95, compareSeconds: 5 };

interface Options {
  sizes: number[];
  overlapExact: number[];
  overlapLshOnly: number[];
  compare: number[];
  seed: number;
  breakdown: boolean;
  browser: boolean;
}

function numbers(value: string | undefined, fallback: number[]): number[] {
  if (value === undefined) return fallback;
  const list = value.split(',').filter(Boolean).map(Number);
  if (list.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`expected whole numbers separated by commas, not "${value}"`);
  }
  return list;
}

function parseArgs(
  argv: string[],
): Options & { childSize?: number; childOverlap?: number; childCompare?: number } {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    sizes: numbers(value('sizes'), [10_000, 100_000, 300_000]),
    overlapExact: numbers(value('overlap'), [20_000]),
    overlapLshOnly: numbers(value('lsh-only'), [100_000]),
    compare: numbers(value('compare'), [100_000]),
    seed: numbers(value('seed'), [1])[0],
    breakdown: !argv.includes('--no-breakdown'),
    browser: argv.includes('--browser'),
    childSize: value('child-size') === undefined ? undefined : Number(value('child-size')),
    childOverlap: value('child-overlap') === undefined ? undefined : Number(value('child-overlap')),
    childCompare: value('child-compare') === undefined ? undefined : Number(value('child-compare')),
  };
}

/** Overlap comparison on the leaves of a generated scheme, as the app would see them. */
interface OverlapFigures extends OverlapComparison {
  peakRssMB: number;
}

function measureOverlap(leaves: number, seed: number, exact: boolean): OverlapFigures {
  const bytes = new TextEncoder().encode(generateScheme({ leaves, seed }));
  const { scheme } = openFile(bytes, 'bench.csv');
  if (!scheme) throw new Error('the generated scheme did not import');
  const texts = overlapItems(scheme).map((item) => item.text);
  const comparison = compareOverlap(texts, DEFAULT_THRESHOLD, { exact, runs: 3 });
  return { ...comparison, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

/** Runs this file again in a child process with `args` and returns what it sends back. */
function child<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    // fork() passes on process.execArgv, which carries tsx's loader.
    const proc = fork(fileURLToPath(import.meta.url), args, { stdio: 'inherit' });
    let answer: T | undefined;
    proc.on('message', (m) => (answer = m as T));
    proc.on('error', reject);
    proc.on('exit', (code) =>
      answer !== undefined ? resolve(answer) : reject(new Error(`child ${args} exited ${code}`)),
    );
  });
}

const s = (x: number) => x.toFixed(3);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

function printSizes(figures: SizeFigures[]): void {
  console.log('\nAnalysis (seconds; best of the runs shown; peak = maxRSS of the size’s process)');
  console.log(
    'leaves   MB file  runs  parse    analysis  ratio    target ≤4×  peak RSS  heap after',
  );
  for (const f of figures) {
    console.log(
      [
        String(f.leaves).padEnd(8),
        (f.bytes / 2 ** 20).toFixed(1).padStart(7),
        String(f.runs).padStart(5),
        s(f.parseSeconds).padStart(7),
        s(f.analysisSeconds).padStart(10),
        `${f.ratio.toFixed(1)}×`.padStart(7),
        verdict(f.ratio <= TARGET.ratio).padStart(11),
        `${f.peakRssMB.toFixed(0)} MB`.padStart(9),
        `${f.heapUsedMB.toFixed(0)} MB`.padStart(11),
      ].join(' '),
    );
    if (f.refusedByDefaultLimit) {
      console.log(`         MISSED: the app refuses this file (“${f.refusedByDefaultLimit}”);`);
      console.log('         measured with ImportOptions.limits.maxRows raised');
    }
  }
  const broken = figures.filter((f) => f.stages);
  if (broken.length === 0) return;
  console.log('\nWhere the analysis time goes (one extra run per size, seconds)');
  console.log('leaves   import   classify  overlap  counts   summaries  overlap method');
  for (const f of broken) {
    const st = f.stages!;
    console.log(
      [
        String(f.leaves).padEnd(8),
        s(st.import).padStart(6),
        s(st.classify).padStart(10),
        s(st.overlap).padStart(8),
        s(st.counts).padStart(7),
        s(st.summaries).padStart(10),
        `  ${f.overlapMethod}, ${f.clusters} clusters`,
      ].join(' '),
    );
  }
}

function printOverlap(figures: OverlapFigures[]): void {
  console.log(
    `\nOverlap at J ≥ ${DEFAULT_THRESHOLD} on generated leaves (name + rule), seconds, ` +
      'pairs only (tokenising apart); exact 1 run, others best of 3',
  );
  for (const o of figures) {
    console.log(
      `${o.items} leaves: ${o.truePairs} similar pairs (reference: ${o.reference}); ` +
        `tokenising ${s(o.tokenisingSeconds)}; peak RSS ${o.peakRssMB.toFixed(0)} MB`,
    );
    // findOverlap's 'auto' join at this size, and the alternative that is not chosen.
    const chosen = o.items <= EXACT_MAX_ITEMS ? 'all pairs' : 'prefix join';
    const line = (label: string, j: JoinFigures, reference: string) =>
      label.padEnd(20) +
      `${s(j.seconds).padStart(8)}` +
      (o.exact
        ? `  speed-up ${(o.exact.seconds / j.seconds).toFixed(1)}× ` +
          `(target ≥${TARGET.speedup}×: ${verdict(o.exact.seconds / j.seconds >= TARGET.speedup)})`
        : '') +
      `  recall ${j.recall.toFixed(4)} vs ${reference}` +
      (o.exact ? ` (target ≥${TARGET.recall}: ${verdict(j.recall >= TARGET.recall)})` : '') +
      `, missed ${j.missed}, false ${j.falsePairs}`;
    if (o.exact) {
      console.log(`  exact all pairs   ${s(o.exact.seconds).padStart(8)}`);
    } else {
      const ref = figures.find((f) => f.exact);
      const estimate = ref?.exact
        ? `, about ${(ref.exact.seconds * (o.items / ref.items) ** 2).toFixed(0)} s from ` +
          `${ref.items} leaves`
        : '';
      console.log(`  exact all pairs   skipped: too slow, it grows with n²${estimate}`);
    }
    const reference = o.exact ? 'all pairs' : 'prefix join (exact by construction)';
    console.log(line(`  prefix join${chosen === 'prefix join' ? ' *' : ''}`, o.prefix, reference));
    console.log(line(`  LSH ${o.lsh.bands}×${o.lsh.rows}`, o.lsh, reference));
  }
  console.log(`  * findOverlap's choice above ${EXACT_MAX_ITEMS} leaves (method 'auto')`);
}

function printCompare(figures: CompareSimulateFigures[]): void {
  const target = (seconds: number) =>
    `(target a few seconds, ≤${TARGET.compareSeconds} s: ${verdict(seconds <= TARGET.compareSeconds)})`;
  console.log('\nCompare and simulate (seconds, one run; worker API calls as the app makes them)');
  for (const f of figures) {
    console.log(
      `${f.leavesOld} → ${f.leavesNew} leaves (lens gen --years 2); reading and splitting the ` +
        `file ${s(f.setupSeconds)}; peak RSS ${f.peakRssMB.toFixed(0)} MB`,
    );
    console.log(
      `  diff, analysing both schemes   ${s(f.diffSeconds).padStart(8)}  ${target(f.diffSeconds)}`,
    );
    console.log(
      `  diff, analyses given           ${s(f.diffGivenAnalysesSeconds).padStart(8)}  ` +
        `${target(f.diffGivenAnalysesSeconds)}; ${f.diffCounts.unchanged} unchanged, ` +
        `${f.diffCounts.added} added, ${f.similarityMatches} matched by similarity`,
    );
    console.log(
      `  diff of two seeds, given       ${s(f.seeds.seconds).padStart(8)}  ` +
        `${target(f.seeds.seconds)}; ${f.seeds.similarityMatches} matched by similarity, ` +
        `${f.seeds.removed} removed, ${f.seeds.added} added`,
    );
    const steps = BENCH_STEPS.map((st) => st.type).join(', ');
    for (const p of f.simulate) {
      console.log(
        `  simulate ${p.policy.padEnd(19)}  steps ${s(p.stepsGivenOverlapSeconds)} with the ` +
          `overlap the analysis found (${s(p.stepsSeconds)} finding it again), with the ` +
          `analysis of the result ${s(p.withAnalysisSeconds)}  ${target(p.withAnalysisSeconds)}; ` +
          `${p.removed} removed, ${p.leavesAfter} leaves left` +
          (p.sameGivenOverlap ? '' : '  (RESULTS DIFFER with the overlap given!)'),
      );
    }
    console.log(`  steps: ${steps}`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.childSize !== undefined) {
    process.send!(measureSize(options.childSize, options.seed, options.breakdown));
    return;
  }
  if (options.childOverlap !== undefined) {
    const n = options.childOverlap;
    process.send!(measureOverlap(n, options.seed, !options.overlapLshOnly.includes(n)));
    return;
  }
  if (options.childCompare !== undefined) {
    process.send!(measureCompareSimulate(options.childCompare, options.seed));
    return;
  }
  const started = performance.now();
  const m = machine();
  console.log(
    `Indicator Lens benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ` +
      `Node ${m.node}, ${m.platform}; seed ${options.seed}`,
  );
  const common = ['--seed', String(options.seed), '--lsh-only', options.overlapLshOnly.join(',')];
  const sizes: SizeFigures[] = [];
  for (const n of options.sizes) {
    const extra = options.breakdown && n <= 100_000 ? [] : ['--no-breakdown'];
    sizes.push(await child<SizeFigures>(['--child-size', String(n), ...common, ...extra]));
  }
  printSizes(sizes);
  const overlap: OverlapFigures[] = [];
  for (const n of [...options.overlapExact, ...options.overlapLshOnly]) {
    overlap.push(await child<OverlapFigures>(['--child-overlap', String(n), ...common]));
  }
  printOverlap(overlap);
  const compare: CompareSimulateFigures[] = [];
  for (const n of options.compare) {
    compare.push(await child<CompareSimulateFigures>(['--child-compare', String(n), ...common]));
  }
  printCompare(compare);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nTotal ${seconds.toFixed(0)} s.`);
  console.log(
    JSON.stringify({ machine: m, seed: options.seed, targets: TARGET, sizes, overlap, compare }),
  );
  if (options.browser) {
    const browser = fileURLToPath(new URL('./browser.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [browser], { stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  }
}

await main();
