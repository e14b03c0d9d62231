import type { Random } from './random';

/** What an item measures, as the generator intends it. */
export type GenKind = 'process' | 'outcome';
/** How its points move, as the generator intends it (labels in /work/shared/corpus/README.md). */
export type GenIncentive = 'negative' | 'neutral' | 'positive';

/** Tenths of a point as text: 5 → "0.5", 20 → "2". */
export function formatPoints(tenths: number): string {
  return Number.isInteger(tenths / 10) ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** Deduction and bonus units in tenths of a point. */
const NICE_UNITS = [1, 2, 3, 5, 10, 20, 30, 50];

/** A rule pattern: p = the item's points, a = a small unit, b = about half the item. */
type RuleTemplate = (p: string, a: string, b: string) => string;

/** Which rules fit an item, chosen by the words of its name. */
interface RuleFamily {
  match: RegExp;
  negative: readonly RuleTemplate[];
  neutral: readonly RuleTemplate[];
  positive: readonly RuleTemplate[];
}

// Deduction-only wording (扣X分, 不得分) reads as negative, award-by-attainment wording
// (得X分, 按比例得分, graded levels) as neutral, bonus-only wording (加X分) as positive:
// the incentive rules 3–5 of /work/shared/corpus/README.md. The app compares an item's name
// and rule after removing scoring boilerplate (src/core/overlap/normalizeText: 每…扣X分,
// 按…得分, 不得分, 未…的 …), so each pattern leaves at most a few words of its own behind:
// two unrelated items scored the same way must not look alike.
const GENERIC_NEUTRAL: readonly RuleTemplate[] = [
  () => '按资料齐全程度得分',
  (p, a) => `优秀得${p}分，良好得${a}分`,
  () => '按完成情况得分',
];
const GENERIC_POSITIVE: readonly RuleTemplate[] = [
  (_p, a) => `受表彰加${a}分`,
  (_p, a) => `被推广加${a}分`,
  (_p, a) => `获奖加${a}分`,
];

const INCIDENTS: RuleFamily = {
  match: /发生|事故|事件|案件|上访|非访|人数|火灾/,
  negative: [
    (_p, a) => `每发生一起扣${a}分，扣完为止`,
    (p, a) => `每发生一起扣${a}分，较大的扣${p}分`,
    (_p, a) => `每上升1个百分点扣${a}分`,
  ],
  neutral: [(p, a) => `全年未发生的得${p}分，每发生一起扣${a}分`],
  positive: [(_p, a) => `连续三年未发生加${a}分`],
};

const RATES: RuleFamily = {
  match: /率|度|比例|增速|增长|占比|面积|收入|产量|户数|个数|人次|额/,
  negative: [
    (_p, a) => `每低1个百分点扣${a}分`,
    (_p, a) => `每少1%扣${a}分`,
    (_p, a) => `每落后一位扣${a}分`,
  ],
  neutral: [() => '按达标程度得分', () => '按完成比例得分', () => '按全县排名得分'],
  positive: [(_p, a) => `超额加${a}分`],
};

const GENERIC: RuleFamily = {
  match: /./,
  negative: [
    (_p, a) => `每缺一项扣${a}分，扣完为止`,
    (_p, a) => `每被通报一次扣${a}分`,
    (_p, a) => `每发现一个问题扣${a}分`,
    () => '未完成的不得分',
  ],
  neutral: GENERIC_NEUTRAL,
  positive: GENERIC_POSITIVE,
};

/** Families tried in order; the first whose words the name contains is used. */
const FAMILIES: readonly RuleFamily[] = [
  {
    match: /会议|调度会|专题会|纪要/,
    negative: [
      (_p, a) => `每少开一次扣${a}分`,
      (_p, a, b) => `每缺席一次扣${b}分，每迟到一次扣${a}分`,
      (_p, a) => `每缺一次记录扣${a}分`,
    ],
    neutral: [() => '按召开次数得分'],
    positive: GENERIC_POSITIVE,
  },
  {
    match: /报送|上报|总结|信息/,
    negative: [(_p, a) => `每迟报漏报一次扣${a}分，扣完为止`, (_p, a) => `每退回一次扣${a}分`],
    neutral: [() => '按报送及时性得分'],
    positive: [(_p, a) => `被采用加${a}分`],
  },
  {
    match: /台账|归档|留痕|影像|档案/,
    negative: [
      (_p, a) => `每缺一处扣${a}分`,
      (_p, a) => `每缺一份留痕资料扣${a}分`,
      (_p, a) => `每缺一项资料扣${a}分，扣完为止`,
    ],
    neutral: GENERIC_NEUTRAL,
    positive: GENERIC_POSITIVE,
  },
  {
    match: /APP|打卡|录入|系统/,
    negative: [(_p, a) => `每缺卡一次扣${a}分`, (_p, a) => `每错录一条扣${a}分`],
    neutral: [() => '按使用率得分'],
    positive: GENERIC_POSITIVE,
  },
  {
    match: /公示牌|上墙|标语|牌/,
    negative: [(_p, a) => `每缺一处扣${a}分`],
    neutral: [() => '按设置情况得分'],
    positive: GENERIC_POSITIVE,
  },
];

// Short, so that two vetoed items do not look alike for their veto clause alone.
const VETO_CLAUSE = '（一票否决项）';

/**
 * A scoring rule (评分标准) for an item worth `tenths` tenths of a point, fitting the item's
 * name (a meeting is missed, a report is late, an accident happens) and worded so a reader
 * and the app's classifier see the intended incentive. A veto is a deduction rule followed
 * by a 一票否决 clause.
 */
export function composeRule(
  random: Random,
  name: string,
  kind: GenKind,
  incentive: GenIncentive,
  veto: boolean,
  tenths: number,
): string {
  // An outcome is judged as an incident count or a rate, whatever paperwork words it has.
  const family =
    kind === 'outcome'
      ? INCIDENTS.match.test(name)
        ? INCIDENTS
        : RATES
      : (FAMILIES.find((f) => f.match.test(name)) ?? GENERIC);
  // Units are round numbers, as people write them: 0.1, 0.2, 0.5, 1, 2 … at most half the item.
  const unit =
    NICE_UNITS.filter((u) => u <= Math.max(1, tenths / random.pick([2, 3, 5]))).pop() ?? 1;
  const half = Math.max(2 * unit, Math.round(tenths / 2));
  const rule = random.pick(family[incentive])(
    formatPoints(tenths),
    formatPoints(unit),
    formatPoints(half),
  );
  return veto ? rule + VETO_CLAUSE : rule;
}
