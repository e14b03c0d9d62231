import { describe, expect, it } from 'vitest';
import { meetsThreshold, textSimilarity } from '../../../src/core/overlap/jaccard';

describe('textSimilarity(a, b)', () => {
  it.each([
    // {安全 全生 生产} vs {安全 全生 生产 产检 检查}: 3 shared / 5 in all
    ['安全生产', '安全生产检查', 3 / 5],
    // {河长 长制 制工 工作} vs {湖长 长制 制工 工作}: 3 / 5
    ['河长制工作', '湖长制工作', 3 / 5],
    // {安全 全生 生产} vs {安全 全生 生活}: 2 / 4
    ['安全生产', '安全生活', 2 / 4],
    // {safety meetings held} vs {safety meetings attended}: 2 / 4
    ['Safety meetings held', 'Safety meetings attended', 2 / 4],
    // numbering and points removed: both are 安全生产
    ['一、安全生产（10分）', '安全生产', 1],
    // the rule's boilerplate removed: both are 建立台账
    ['未建立台账的，每项扣1分', '建立台账（2分）', 1],
    // nothing shared
    ['组织召开会议', '建立工作台账', 0],
    // a text that normalises to nothing is similar to nothing, not even itself
    ['（2分）', '（2分）', 0],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(textSimilarity(a, b)).toBeCloseTo(expected, 12);
    expect(textSimilarity(b, a)).toBeCloseTo(expected, 12);
  });
});

describe('meetsThreshold(similarity, threshold)', () => {
  it.each([
    [0.5, 0.5, true],
    // a threshold computed by a slider, 0.1 * 3 = 0.30000000000000004, still admits 3/10
    [3 / 10, 0.1 * 3, true],
    [0.5, 0.5000001, false],
    [0.49, 0.5, false],
    // a pair that shares nothing never overlaps, even at threshold 0
    [0, 0, false],
  ])('J = %d at t = %d → %s', (similarity, threshold, expected) => {
    expect(meetsThreshold(similarity, threshold)).toBe(expected);
  });
});
