/**
 * Overlap detection: time and recall of each join against all pairs, on synthetic schemes
 * shaped like DESIGN.md's measurement (leaves of 6–12 two-character words, 10% near-
 * duplicates with one or two characters changed), at J ≥ 0.5 (the default) and J ≥ 0.7.
 * Run: npx tsx bench/overlap.ts [sizes…], default 2000 5000 20000; all pairs is skipped
 * above 20,000 (e.g. 100000), where the prefix join is the reference.
 * bench/run.ts measures the same joins on the leaves of a generated scheme.
 */
import { DEFAULT_THRESHOLD, findOverlap } from '../src/core/overlap/findOverlap';
import { compareOverlap, syntheticTexts, type JoinFigures } from './overlapCompare';
import { bestTime } from './timing';

function report(n: number, threshold: number): void {
  const texts = syntheticTexts(n);
  const c = compareOverlap(texts, threshold, { exact: n <= 20000 });
  const items = texts.map((text, i) => ({ id: String(i), text }));
  const { result: summary, seconds: total } = bestTime(() => findOverlap(items, threshold));
  const recall = (j: JoinFigures) => `recall ${j.recall.toFixed(4)}, false ${j.falsePairs}`;
  const speedup = (t: number) =>
    c.exact ? ` ${(c.exact.seconds / t).toFixed(0).padStart(3)}× exact` : '';
  console.log(
    `\n${n} leaves at J ≥ ${threshold}: ${c.truePairs} similar pairs; ` +
      `tokenising ${c.tokenisingSeconds.toFixed(3)}`,
  );
  if (c.exact) console.log(`  exact (all pairs)  ${c.exact.seconds.toFixed(3)}`);
  console.log(
    `  prefix join        ${c.prefix.seconds.toFixed(3)}${speedup(c.prefix.seconds)}  ${recall(c.prefix)}`,
  );
  console.log(
    `  lsh ${c.lsh.bands}×${c.lsh.rows}`.padEnd(20) +
      `${c.lsh.seconds.toFixed(3)}${speedup(c.lsh.seconds)}  ${recall(c.lsh)}`,
  );
  console.log(
    `  findOverlap (auto → ${summary.method}, tokenising included) ${total.toFixed(3)}: ` +
      `${summary.clusters.length} clusters, ratio ${summary.ratio.toFixed(3)}, ` +
      `redundant ${summary.redundant}`,
  );
}

const args = process.argv.slice(2).map(Number);
console.log('Seconds, best of 3 runs (all pairs: 1 run); recall and false pairs vs all pairs.');
for (const n of args.length > 0 ? args : [2000, 5000, 20000]) {
  report(n, DEFAULT_THRESHOLD);
  report(n, 0.7);
}
