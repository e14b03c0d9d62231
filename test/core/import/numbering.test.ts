import { describe, expect, it } from 'vitest';
import { codeRanks, parseCode, splitNumbering } from '../../../src/core/import/numbering';
import { planSections } from '../../../src/core/import/sections';

describe('splitNumbering(name)', () => {
  it.each([
    ['一、交通安全隐患排查整治攻坚行动', '一、', '交通安全隐患排查整治攻坚行动'],
    ['（一）清剿重点车辆和驾驶人源头隐患', '（一）', '清剿重点车辆和驾驶人源头隐患'],
    ['1.重点运输企业备案情况', '1.', '重点运输企业备案情况'],
    ['1）辖区上门摸排', '1）', '辖区上门摸排'],
    ['(2) 应急演练', '(2)', '应急演练'],
    ['3、宣传工作', '3、', '宣传工作'],
    ['2.3.1 台账管理', '2.3.1', '台账管理'],
  ])('%s reads as numbering %s and name %s', (text, code, name) => {
    expect(splitNumbering(text)).toEqual({ code, name });
  });

  it.each([
    '1.5倍工资',
    '2018年度考核',
    '3.15消费者权益日',
    '十大工程',
    '①地区科级领导干部',
    '一票否决',
  ])('leaves %s whole', (text) => {
    expect(splitNumbering(text)).toEqual({ name: text });
  });
});

describe('parseCode(cell)', () => {
  it.each([
    ['一、', 'cn'],
    ['（三）', 'cn()'],
    ['1', 'ar:1'],
    ['12.', 'ar:1'],
    ['1.21', 'ar:2'],
    ['3.2.1', 'ar:3'],
    ['1）', '1)'],
    ['②', '①'],
  ])('%s has style %s', (cell, style) => {
    expect(parseCode(cell)?.style).toBe(style);
  });

  it.each(['安全生产', '1.5倍', '', '2018年'])('%j is not a numbering', (cell) => {
    expect(parseCode(cell)).toBeNull();
  });
});

describe('codeRanks(codes)', () => {
  it('ranks styles in the order they first appear, as an outline does', () => {
    const codes = ['一、', '1', '2', '二、', '1'].map(parseCode);
    expect(codeRanks(codes)).toEqual({ ranks: [1, 2, 2, 1, 2], levels: 2 });
  });
});

describe('planSections(table, rows, codeOf)', () => {
  const plan = (codes: string[]) =>
    planSections(
      codes.map((c) => [c, 'x']),
      codes.map((_, i) => i),
      (r) => parseCode(codes[r]),
    );

  it('makes "一、" rows sections above "1" rows', () => {
    expect(plan(['一、', '1', '2', '二、', '1'])?.levels).toBe(2);
  });

  it('makes no sections of one numbering style', () => {
    expect(plan(['1', '2', '3'])).toBeNull();
    expect(plan(['1.1', '1.21', '2.211'])).toBeNull();
  });

  it('makes no sections when a stray style would leave almost no items', () => {
    expect(plan(['1', '2', '3', '4', '一、'])).toBeNull();
  });
});
