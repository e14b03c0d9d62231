/**
 * Exact all pairs against the candidate joins (MinHash + LSH, prefix join) on the same token
 * sets: times and recall. Used by bench/overlap.ts (synthetic texts) and bench/run.ts
 * (leaves of a generated scheme).
 */
import { exactPairs } from '../src/core/overlap/exactPairs';
import { lshPairs, lshParameters } from '../src/core/overlap/lshPairs';
import type { PairList } from '../src/core/overlap/pairList';
import { prefixJoinPairs } from '../src/core/overlap/prefixJoinPairs';
import { buildTokenSets, type TokenSets } from '../src/core/overlap/tokenSets';
import { bestTime } from './timing';

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

/**
 * n leaf texts shaped like DESIGN.md's measurement: 90% fresh phrases of 6–12 two-character
 * words, 10% copies of an earlier phrase with 1–2 characters changed. Same seed, same texts.
 */
export function syntheticTexts(n: number, seed = 1): string[] {
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

/** Pairs as "a,b" keys, for set comparison. */
export function pairKeys(pairs: PairList): Set<string> {
  return new Set(pairs.a.map((a, k) => `${a},${pairs.b[k]}`));
}

/** How many of the true pairs a join found, and how many it reported that are not true. */
export interface Recall {
  recall: number;
  missed: number;
  falsePairs: number;
}

/** Recall of `found` against `truth` (1 when there is nothing to find). */
export function recallOf(truth: Set<string>, found: Set<string>): Recall {
  let hit = 0;
  for (const k of truth) if (found.has(k)) hit++;
  return {
    recall: truth.size > 0 ? hit / truth.size : 1,
    missed: truth.size - hit,
    falsePairs: found.size - hit,
  };
}

/** One join's time in seconds and its recall against the reference. */
export interface JoinFigures extends Recall {
  seconds: number;
  pairs: number;
}

/** Times (seconds) and recall of each join on the same texts at one threshold. */
export interface OverlapComparison {
  items: number;
  threshold: number;
  tokenisingSeconds: number;
  /** Which join the recall figures are measured against. */
  reference: 'exact' | 'prefix';
  truePairs: number;
  /** Absent when all pairs was skipped (too slow at this size). */
  exact?: JoinFigures;
  prefix: JoinFigures;
  lsh: JoinFigures & { bands: number; rows: number };
}

/**
 * Tokenises `texts` and runs each join at `threshold`: all pairs once (only when `exact`),
 * the others best of `runs`. Without all pairs the prefix join, exact by construction and
 * tested so, is the reference for recall.
 */
export function compareOverlap(
  texts: readonly string[],
  threshold: number,
  options: { exact: boolean; runs?: number },
): OverlapComparison {
  const runs = options.runs ?? 3;
  const tokens = bestTime(() => buildTokenSets(texts), runs);
  const sets: TokenSets = tokens.result;
  const exact = options.exact ? bestTime(() => exactPairs(sets, threshold), 1) : undefined;
  const prefix = bestTime(() => prefixJoinPairs(sets, threshold), runs);
  const lsh = bestTime(() => lshPairs(sets, threshold), runs);
  const truth = pairKeys(exact?.result ?? prefix.result);
  const figures = (t: { result: PairList; seconds: number }): JoinFigures => ({
    seconds: t.seconds,
    pairs: t.result.a.length,
    ...recallOf(truth, pairKeys(t.result)),
  });
  return {
    items: texts.length,
    threshold,
    tokenisingSeconds: tokens.seconds,
    reference: exact ? 'exact' : 'prefix',
    truePairs: truth.size,
    exact: exact && figures(exact),
    prefix: figures(prefix),
    lsh: { ...figures(lsh), ...lshParameters(threshold) },
  };
}
