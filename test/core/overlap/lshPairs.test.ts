import { describe, expect, it } from 'vitest';
import { generateScheme } from '../../../src/core/gen/generateScheme';
import { importScheme } from '../../../src/core/import/importScheme';
import { exactPairs } from '../../../src/core/overlap/exactPairs';
import { DEFAULT_THRESHOLD } from '../../../src/core/overlap/findOverlap';
import { lshPairs, lshParameters } from '../../../src/core/overlap/lshPairs';
import type { PairList } from '../../../src/core/overlap/pairList';
import { prefixJoinPairs } from '../../../src/core/overlap/prefixJoinPairs';
import { overlapItems } from '../../../src/core/overlap/overlapItems';
import { buildTokenSets } from '../../../src/core/overlap/tokenSets';

const WORDS = (
  '安全 生产 环境 卫生 治理 河长 湖长 水质 污水 垃圾 分类 农村 城镇 道路 交通 消防 应急 管理 ' +
  '组织 领导 制度 建设 宣传 教育 培训 会议 台账 档案 资料 检查 督导 考核 评估 整改 落实 责任 ' +
  '部门 乡镇 社区 村民 群众 服务 医疗 养老 就业 收入 项目 资金 预算 审计 监督 纪律 干部 编制 ' +
  '信息 平台 数据 执法 案件 信访 调解 平安 文明 志愿 旅游 产业 粮食 耕地 森林 防火 养殖 排放'
).split(' ');
const CHARS = WORDS.join('');

/** A seeded linear congruential generator: the same data on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * n leaf texts: base phrases of 5–8 words, and after each base, with probability 1/3, a
 * near-duplicate of a random earlier base with one or two characters replaced.
 */
function nearDuplicates(n: number, seed: number): string[] {
  const random = lcg(seed);
  const pick = <T>(xs: ArrayLike<T>): T => xs[Math.floor(random() * xs.length)];
  const bases: string[] = [];
  const texts: string[] = [];
  while (texts.length < n) {
    if (bases.length > 0 && random() < 1 / 3) {
      const chars = Array.from(pick(bases));
      const changes = 1 + Math.floor(random() * 2);
      for (let c = 0; c < changes; c++) chars[Math.floor(random() * chars.length)] = pick(CHARS);
      texts.push(chars.join(''));
    } else {
      const base = Array.from({ length: 5 + Math.floor(random() * 4) }, () => pick(WORDS)).join('');
      bases.push(base);
      texts.push(base);
    }
  }
  return texts;
}

const keys = (pairs: PairList) =>
  pairs.a.map((a, k) => `${a}-${pairs.b[k]}:${pairs.similarity[k]}`).sort();

describe('lshPairs(sets, threshold)', () => {
  const sets = buildTokenSets(nearDuplicates(3000, 7));
  const exact = exactPairs(sets, 0.5);

  it('finds the same pairs, with the same similarities, as all pairs on 3,000 near-duplicates', () => {
    // Guard against a generator that makes the comparison trivial.
    expect(exact.a.length).toBeGreaterThan(500);
    // A pair exactly at J = 0.5 is a candidate with chance 0.9999 here (33 bands × 2 rows):
    // this checks the banding and verification, not the luck of the draw.
    expect(keys(lshPairs(sets, 0.5, { seed: 1, target: 0.9999 }))).toEqual(keys(exact));
  });

  it.each([1, 2, 3])(
    'with defaults, misses under 1% and reports no false pair (seed %d)',
    (seed) => {
      // Defaults give a pair at J = 0.5 a 0.9907 chance; many pairs here sit exactly at 0.5.
      const found = keys(lshPairs(sets, 0.5, { seed }));
      const truth = new Set(keys(exact));
      expect(found.filter((k) => !truth.has(k))).toEqual([]);
      expect(found.length / truth.size).toBeGreaterThanOrEqual(0.99);
    },
  );

  it('gives the same pairs for the same seed', () => {
    expect(keys(lshPairs(sets, 0.7, { seed: 9 }))).toEqual(keys(lshPairs(sets, 0.7, { seed: 9 })));
  });
});

describe('prefixJoinPairs(sets, threshold)', () => {
  const sets = buildTokenSets(nearDuplicates(2000, 11));
  it.each([0.3, 0.5, 0.8, 1])('finds exactly the pairs of all pairs at %d', (threshold) => {
    expect(keys(prefixJoinPairs(sets, threshold))).toEqual(keys(exactPairs(sets, threshold)));
  });
});

/**
 * Leaf texts as long schemes write them: near-duplicates, most ending in one of a few
 * scoring phrases (so a handful of tokens sits in thousands of leaves, as 扣分 bigrams do),
 * and every 40th a long rule of 40 words (over 64 tokens) with a near-duplicate of its own.
 */
function withBoilerplate(n: number, seed: number): string[] {
  const random = lcg(seed);
  const pick = <T>(xs: ArrayLike<T>): T => xs[Math.floor(random() * xs.length)];
  const phrases = ['按时完成工作任务', '资料齐全规范', '群众满意度高', ''];
  const texts: string[] = [];
  for (const text of nearDuplicates(n, seed)) {
    texts.push(`${text}\n${pick(phrases)}`);
    if (texts.length % 40 === 0) {
      const long = Array.from({ length: 40 }, () => pick(WORDS)).join('');
      const chars = Array.from(long);
      for (let c = 0; c < 3; c++) chars[Math.floor(random() * chars.length)] = pick(CHARS);
      texts.push(long, chars.join(''));
    }
  }
  return texts;
}

describe('prefixJoinPairs(sets, threshold) on leaves sharing scoring phrases', () => {
  const sets = buildTokenSets(withBoilerplate(3000, 5));
  const sizeOf = (i: number) => sets.offsets[i + 1] - sets.offsets[i];

  it.each([0.3, 0.5, 0.8])('finds exactly the pairs of all pairs at %d', (threshold) => {
    const exact = exactPairs(sets, threshold);
    expect(keys(prefixJoinPairs(sets, threshold))).toEqual(keys(exact));
    // The data must hold pairs of long leaves for the test to say anything about them.
    expect(exact.a.some((a, k) => sizeOf(a) > 64 && sizeOf(exact.b[k]) > 64)).toBe(true);
  });
});

describe('prefixJoinPairs(sets, threshold) on short names', () => {
  // Names of one character, one word or two words ("安", "安全", "安全生产"): sets of 1–3
  // tokens, where prefixes are the whole set and the signature bound is nearly all there is.
  const random = lcg(3);
  const pick = <T>(xs: ArrayLike<T>): T => xs[Math.floor(random() * xs.length)];
  const names = Array.from({ length: 1500 }, (_, i) =>
    i % 3 === 0 ? pick(CHARS) : i % 3 === 1 ? pick(WORDS) : pick(WORDS) + pick(WORDS),
  );
  const sets = buildTokenSets(names);

  it.each([0, 0.2, 1 / 3, 0.5, 0.7, 1])('finds exactly the pairs of all pairs at %d', (t) => {
    const exact = exactPairs(sets, t);
    expect(exact.a.length).toBeGreaterThan(0);
    expect(keys(prefixJoinPairs(sets, t))).toEqual(keys(exact));
  });
});

describe('lshParameters(threshold)', () => {
  // Chance that a pair at J = t becomes a candidate: 1 − (1 − t^rows)^bands.
  it.each([
    // 0.5³ = 0.125; 1 − 0.875³⁵ = 0.9907 (34 bands: 0.9893 < 0.99); 4 rows would need 72 bands
    [0.5, { bands: 35, rows: 3 }],
    // 5 rows: 1 − (1 − 0.7⁵)²⁵ = 0.98995 just misses, 26 bands × 5 > 128;
    // 4 rows: 0.7⁴ = 0.2401, 1 − 0.7599¹⁷ = 0.9906 (16 bands: 0.9877)
    [0.7, { bands: 17, rows: 4 }],
    // 0.3² = 0.09; 1 − 0.91⁴⁹ = 0.9902 (48 bands: 0.9892); 3 rows would need 169 bands
    [0.3, { bands: 49, rows: 2 }],
    // no budget reaches 0.99 at J = 0: one row per band
    [0, { bands: 128, rows: 1 }],
  ])('at %d → %j', (threshold, expected) => {
    expect(lshParameters(threshold)).toEqual(expected);
  });
});

describe('on a generated scheme of 4,000 leaves (seed 3) at the default threshold', () => {
  // The leaves as the app compares them: name + rule of each leaf of an imported scheme.
  const { scheme } = importScheme(
    new TextEncoder().encode(generateScheme({ leaves: 4000, seed: 3 })),
    'generated.csv',
  );
  const sets = buildTokenSets(overlapItems(scheme!).map((item) => item.text));
  const exact = keys(exactPairs(sets, DEFAULT_THRESHOLD));

  it('has planted near-duplicates to find', () => {
    expect(sets.count).toBe(4000);
    // About 10% of the leaves are planted near-duplicates (lens gen).
    expect(exact.length).toBeGreaterThan(300);
  });

  it('prefixJoinPairs finds every pair all pairs finds, and no other', () => {
    expect(keys(prefixJoinPairs(sets, DEFAULT_THRESHOLD))).toEqual(exact);
  });

  it('lshPairs with a 0.9999 candidate chance finds every pair all pairs finds', () => {
    expect(keys(lshPairs(sets, DEFAULT_THRESHOLD, { seed: 1, target: 0.9999 }))).toEqual(exact);
  });
});
