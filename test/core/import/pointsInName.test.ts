import { describe, expect, it } from 'vitest';
import { parsePoints } from '../../../src/core/import/parsePoints';
import { pointsInName } from '../../../src/core/import/pointsInName';

describe('pointsInName(name)', () => {
  it.each([
    ['安全生产（10分）', { name: '安全生产', points: 10 }],
    ['辖区上门摸排(0.4分)', { name: '辖区上门摸排', points: 0.4 }],
    [
      '依托防控体系检查部局布控重点车辆情况（-0.5分）',
      { name: '依托防控体系检查部局布控重点车辆情况', points: -0.5 },
    ],
    [
      '组织开展民间厨师集中培训活动。（2分）',
      { name: '组织开展民间厨师集中培训活动。', points: 2 },
    ],
    ['信息报告（23分+10分）', { name: '信息报告（23分+10分）', points: 23 }],
    [
      '参与创建卫生镇（村）、食品安全示范街（店）。（2分，3分奖分）',
      { name: '参与创建卫生镇（村）、食品安全示范街（店）。（2分，3分奖分）', points: 2 },
    ],
    ['工作推进（１０分）', { name: '工作推进', points: 10 }],
    [
      '依托防控体系检查部局布控重点车辆情况（扣分项）',
      { name: '依托防控体系检查部局布控重点车辆情况（扣分项）' },
    ],
    ['通用考核项目（全部责任单位）', { name: '通用考核项目（全部责任单位）' }],
    ['（7分）', { name: '（7分）', points: 7 }],
    ['完成率达到10分以上', { name: '完成率达到10分以上' }],
  ])('%s → %o', (name, expected) => {
    expect(pointsInName(name)).toEqual(expected);
  });
});

describe('parsePoints(cell)', () => {
  it.each([
    ['5', { kind: 'number', value: 5 }],
    ['0.4', { kind: 'number', value: 0.4 }],
    ['-0.5', { kind: 'number', value: -0.5 }],
    ['10分', { kind: 'number', value: 10 }],
    ['（5分）', { kind: 'number', value: 5 }],
    ['20%', { kind: 'number', value: 20 }],
    ['１５', { kind: 'number', value: 15 }],
    ['', { kind: 'none' }],
    ['/', { kind: 'none' }],
    ['—', { kind: 'none' }],
    ['十分', { kind: 'nan', text: '十分' }],
    ['5分/次', { kind: 'nan', text: '5分/次' }],
  ])('%j → %o', (cell, expected) => {
    expect(parsePoints(cell)).toEqual(expected);
  });
});
