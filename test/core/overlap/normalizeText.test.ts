import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/overlap/normalizeText';

describe('normalizeText(text)', () => {
  // Inputs are written as the corpus tables write them (/work/shared/corpus).
  it.each([
    // points written into names (jiaojing_gongjian_dadui_kaohe.csv)
    ['安全生产（10分）', '安全生产'],
    ['一、交通安全隐患排查整治攻坚行动（17分）', '交通安全隐患排查整治攻坚行动'],
    ['（二）机动车和驾驶人准入（4分）', '机动车和驾驶人准入'],
    ['1）辖区上门摸排（0.4分）', '辖区上门摸排'],
    ['2.211 配置效益', '配置效益'],
    // "一、" is numbering only where a clause starts
    ['统一、规范的台账', '统一 规范的台账'],
    // scoring boilerplate (changshu_2013…, shicheng_2018…)
    ['未公示的扣0.5分。', '公示'],
    ['每少一次督导扣1分，资料不齐全酌情扣分。', '资料不齐全'],
    ['每低1%，扣0.1分', ''],
    ['第2-5名按第1名的比例得分', '第 名'],
    ['出现不配合现象不得分', '出现不配合现象'],
    ['市级加2分、县级加1分', '市级 县级'],
    ['河长制相关信息报道受省级媒体以上推广1篇，得3分；', '河长制相关信息报道受省级媒体以上推广 篇'],
    // full-width digits and signs are folded before numbers are removed
    ['完成率１００％', '完成率'],
    // English
    [
      'Hold 4 safety meetings a year (2 points); deduct 1 point for each missing meeting.',
      'hold safety meetings a year for each missing meeting',
    ],
    ['No points if the report is late', 'if the report is late'],
    ['5G base stations: 3 built', '5g base stations built'],
    // a run of symbols is one space; beyond the BMP a symbol goes and a Han character stays
    ['——安全、生产！！', '安全 生产'],
    ['河长制😀工作', '河长制 工作'],
    ['𠀀𠀁考核', '𠀀𠀁考核'],
    // a lone surrogate (a cut-off emoji) is not a letter
    ['安全\ud800生产', '安全 生产'],
  ])('%s → "%s"', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it('makes a numbered, pointed name and its plain form equal', () => {
    expect(normalizeText('（一）清剿重点车辆和驾驶人源头隐患（8分）')).toBe(
      normalizeText('清剿重点车辆和驾驶人源头隐患'),
    );
  });
});
