import { describe, expect, it } from 'vitest';
import { nameSimilarity, normalizeName } from '../../../src/core/gen/nameSimilarity';

describe('normalizeName(text)', () => {
  it.each([
    { text: '安全生产（10分）', expected: '安全生产' },
    { text: '每缺一项扣0.5分', expected: '每缺一项' },
    { text: '“学习强国”日均积分不低于30分', expected: '学习强国日均积分不低于分' },
    { text: '村级河长APP打卡', expected: '村级河长app打卡' },
  ])('$text → $expected', ({ text, expected }) => {
    expect(normalizeName(text)).toBe(expected);
  });
});

describe('nameSimilarity(a, b)', () => {
  // Counted by hand: 召开 开安 安全 全生 生产 产专 专题 题会 会议 (9) against the first 8.
  it('gives 8/9 for a meeting item without its last character', () => {
    expect(nameSimilarity('召开安全生产专题会议', '召开安全生产专题会')).toBeCloseTo(8 / 9, 10);
  });

  it('ignores punctuation, numbers and points', () => {
    expect(nameSimilarity('每月开展隐患排查（2分）', '每月开展隐患排查')).toBe(1);
  });

  it('gives 0 for items with no bigram in common', () => {
    expect(nameSimilarity('森林防火', '控辍保学')).toBe(0);
  });
});
