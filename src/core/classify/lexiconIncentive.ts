import type { Lexicon } from './lexiconTypes';

/**
 * How points move, after the corpus README "incentive" rules 1–6: vetoes; section signs;
 * award-by-attainment wording (neutral); deductions only (negative); bonuses only (positive).
 */
export const INCENTIVE_TERMS: Lexicon['incentive'] = {
  veto: [
    {
      note: 'veto: the item can void the whole assessment',
      weight: 1,
      // prettier-ignore
      terms: [
        '一票否决', '一票否优', '一票否定', '单项否决', '否决项', '实行否决', '取消评先资格', '取消评优资格', '取消评先评优', '取消*评先',
        '取消*评优', '不得评为', 'veto', 'one-vote veto',
      ],
    },
  ],
  bonusSection: [
    {
      note: 'bonus section or bonus item',
      weight: 1,
      // prettier-ignore
      terms: [
        { term: '加分项', not: ['奖扣分项', '加扣分项', '加减分项'] }, '加分项目', '加分事项', '为奖励分', '为加分', '奖励分项',
        '附加分', '奖励加分', '创新加分', 'bonus item', 'bonus points',
      ],
    },
  ],
  penaltySection: [
    {
      note: 'penalty section or deduction-only item',
      weight: 1,
      // prettier-ignore
      terms: [
        { term: '扣分项', not: ['奖扣分项', '加扣分项'] }, { term: '扣分项目', not: ['奖扣分项目', '加扣分项目'] },
        { term: '扣分情况', not: ['奖扣分情况', '加扣分情况'] }, '扣分事项', '减分项', '否决项', '一票否决事项', '一票否优事项',
        '负面清单', 'deduction item', 'penalty',
      ],
    },
  ],
  mixedSection: [
    {
      note: 'section with both bonus and deduction clauses',
      weight: 1,
      terms: ['奖扣分', '加扣分', '加减分', '奖惩'],
    },
  ],
  attainment: [
    {
      note: 'award by attainment',
      weight: 1,
      // prettier-ignore
      terms: [
        { term: '得#分', not: ['不得#分'] }, '计#分', '记#分', '赋#分', '给予#分', '赋予#分', '得满分', '按*比例得分',
        '按*比例计分', '按*比例赋分', '比例得分', '排名赋分', '按排名', '依次赋予', '分档', '优秀*良好', '优*良*中*差', '好*较好*一般',
        '#档', 'A档', 'A-E档', '折算', '赋分', { term: '计分', not: ['不计分'] }, { term: '得分', not: ['不得分'] },
        'scored by attainment', 'points for',
      ],
    },
  ],
  allocation: [
    {
      note: 'points allocated to the item',
      weight: 1,
      terms: ['（#分', '(#分', '#分）', '#分)', '分值#', '分值:#', '分值：#', '满分#分'],
    },
  ],
  deduction: [
    {
      note: 'deduction',
      weight: 1,
      // prettier-ignore
      terms: [
        '扣#分', '扣除#分', '减#分', { term: '扣分', not: ['奖扣分', '加扣分'] }, { term: '减分', not: ['加减分'] },
        '倒扣', '不得分', '不计分', '该项为零', '此项为零', '加倍扣', '-#分', 'deduct', 'deduction',
        'minus',
      ],
    },
  ],
  bonus: [
    {
      note: 'bonus or reward',
      weight: 1,
      // prettier-ignore
      terms: [
        '加#分', '奖#分', '奖励#分', '另加', '加分', '奖分', '奖励', '嘉奖', 'bonus', 'reward', 'extra points',
        // Open-ended per-unit awards (corpus README rule 5, the CAS table); "扣0.5分/次" still
        // reads as a deduction, because 扣#分 comes first.
        '#分/种', '#分/位', '#分/篇', '#分/次', '#分/个', '#分/项',
      ],
    },
  ],
  perOccurrence: [
    {
      note: 'deduction repeated per occurrence',
      weight: 1,
      terms: ['每*扣', '每*减#分', '扣#分/次', '扣#分/例', '扣#分/项', 'per occurrence'],
    },
  ],
  cap: [
    {
      note: 'cap on deductions',
      weight: 1,
      // prettier-ignore
      terms: [
        '扣完为止', '扣满为止', '减完为止', '扣完', '最多扣', '最高扣', '最多减', '不超过', '封顶', '为限', '此项不得分', '该项不得分',
        '共#分', 'up to', 'at most', 'capped',
      ],
    },
  ],
};
