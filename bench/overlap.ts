/**
 * Overlap detection: time and recall of each join against all pairs, on synthetic schemes
 * shaped like DESIGN.md's measurement (leaves of 6–12 two-character words, 10% near-
 * duplicates with one or two characters changed), at J ≥ 0.5 (the default) and J ≥ 0.7.
 * Run: npx tsx bench/overlap.ts [sizes…], default 2000 5000 20000; all pairs is skipped
 * above 20,000 (e.g. 100000), where the prefix join is the reference.
 */
import { DEFAULT_THRESHOLD, findOverlap } from '../src/core/overlap/findOverlap';
import { exactPairs } from '../src/core/overlap/exactPairs';
import { lshPairs, lshParameters } from '../src/core/overlap/lshPairs';
import type { PairList } from '../src/core/overlap/pairList';
import { prefixJoinPairs } from '../src/core/overlap/prefixJoinPairs';
import { buildTokenSets } from '../src/core/overlap/tokenSets';

const CHARS =
  '安全生产环境卫生治理河长湖库水质污水垃圾分类农村城镇道路交通消防应急管理组织领导制度建设' +
  '宣传教育培训会议台账档案资料检查督导考核评估整改落实责任部门单位乡镇街道社区村民群众服务' +
  '医疗保险养老就业收入经济发展招商引资项目资金预算财务审计监督纪律党风廉政干部队伍人才编制' +
  '机构改革信息平台数据系统网络公开政务办理审批许可执法查处案件信访矛盾纠纷调解稳定平安法治' +
  '文明创建志愿活动文化体育旅游民宿产业农业粮食耕地林业森林防火畜禽养殖污染排放大气噪声土壤' +
  '饮用水源保护生态修复绿化公园设施维护供电供气燃气住房保障学校学生教师健康疾病疫情防控检疫';

/** mulberry32, so every run measures the same data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** n leaf texts: 90% fresh phrases, 10% copies of an earlier phrase with 1–2 characters changed. */
function syntheticTexts(n: number, seed = 1): string[] {
  const random = generator(seed);
  const pick = <T>(xs: ArrayLike<T>): T => xs[Math.floor(random() * xs.length)];
  const words = Array.from({ length: 3000 }, () => pick(CHARS) + pick(CHARS));
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && random() < 0.1) {
      const chars = Array.from(pick(texts));
      const changes = 1 + Math.floor(random() * 2);
      for (let c = 0; c < changes; c++) chars[Math.floor(random() * chars.length)] = pick(CHARS);
      texts.push(chars.join(''));
    } else {
      const length = 6 + Math.floor(random() * 7);
      texts.push(Array.from({ length }, () => pick(words)).join(''));
    }
  }
  return texts;
}

function keys(pairs: PairList): Set<string> {
  return new Set(pairs.a.map((a, k) => `${a},${pairs.b[k]}`));
}

/** Result and best time in seconds of `runs` runs (the machine may be shared: best is least noisy). */
function time<T>(f: () => T, runs = 3): [T, number] {
  let best = Infinity;
  let result: T | undefined;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = f();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return [result as T, best];
}

function report(n: number, threshold: number): void {
  const texts = syntheticTexts(n);
  const [sets, tokenising] = time(() => buildTokenSets(texts));
  const exact = n <= 20000 ? time(() => exactPairs(sets, threshold), 1) : undefined;
  const [prefix, prefixTime] = time(() => prefixJoinPairs(sets, threshold));
  const [lsh, lshTime] = time(() => lshPairs(sets, threshold));
  const items = texts.map((text, i) => ({ id: String(i), text }));
  const [summary, total] = time(() => findOverlap(items, threshold));
  // Without all pairs, the prefix join (exact by construction, and tested so) is the reference.
  const truth = keys(exact?.[0] ?? prefix);
  const recall = (pairs: PairList) => {
    const found = keys(pairs);
    let hit = 0;
    for (const k of truth) if (found.has(k)) hit++;
    return `recall ${(truth.size > 0 ? hit / truth.size : 1).toFixed(4)}, false ${found.size - hit}`;
  };
  const speedup = (t: number) => (exact ? ` ${(exact[1] / t).toFixed(0).padStart(3)}× exact` : '');
  const { bands, rows } = lshParameters(threshold);
  console.log(
    `\n${n} leaves at J ≥ ${threshold}: ${truth.size} similar pairs; ` +
      `tokenising ${tokenising.toFixed(3)}`,
  );
  if (exact) console.log(`  exact (all pairs)  ${exact[1].toFixed(3)}`);
  console.log(
    `  prefix join        ${prefixTime.toFixed(3)}${speedup(prefixTime)}  ${recall(prefix)}`,
  );
  console.log(
    `  lsh ${bands}×${rows}`.padEnd(20) +
      `${lshTime.toFixed(3)}${speedup(lshTime)}  ${recall(lsh)}`,
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
