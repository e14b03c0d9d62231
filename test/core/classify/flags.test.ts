import { describe, expect, it } from 'vitest';
import { classifyLeaves } from '../../../src/core/classify/classifyLeaves';
import { defaultLexicon } from '../../../src/core/classify/lexicon';
import { structuralFlags, WIDE_BRANCH_THRESHOLD } from '../../../src/core/classify/structuralFlags';
import { textFlags } from '../../../src/core/classify/textFlags';
import type { FlagType } from '../../../src/core/types';
import { makeScheme, oneBranch, type Row } from './fixtures';

const types = (name: string, rule?: string) =>
  textFlags(name, rule, defaultLexicon).map((f) => f.type);

describe('textFlags(name, rule, lexicon)', () => {
  it.each<{ name: string; rule?: string; flags: FlagType[] }>([
    { name: '村干部按时参加各类会议', rule: '缺席一次扣0.1分', flags: ['meeting'] },
    { name: '全年召开党建工作例会不少于4次', flags: ['meeting'] },
    { name: '完成村级会议室建设', flags: [] },
    { name: '建立健全工作台账', rule: '台账资料不全的扣1分', flags: ['documents'] },
    { name: '按时上报月报表', flags: ['documents'] },
    { name: '工作全程留痕', rule: '无活动照片的扣0.5分', flags: ['traces'] },
    { name: '学习强国学习积分', rule: '人均每日登录打卡', flags: ['online'] },
    { name: '政务公众号信息转发点赞', flags: ['online'] },
    { name: '村务公开栏规范挂牌', rule: '制度上墙，标识牌统一', flags: ['signs'] },
    { name: '为群众开具各类证明', flags: ['certificates'] },
    { name: 'Attendance at township meetings', flags: ['meeting'] },
    { name: '辖区河道水质达标', rule: '达标得3分', flags: [] },
    { name: '获省通报表扬', flags: [] },
  ])('$name → $flags', ({ name, rule, flags }) => {
    expect(types(name, rule)).toEqual(flags);
  });

  it('gives the matched terms and the fields they were in', () => {
    const [f] = textFlags('会议管理', '会议记录齐全', defaultLexicon);
    expect(f.evidence).toMatchObject({ source: 'lexicon', terms: ['会议'], field: 'name,rule' });
  });
});

describe('structuralFlags(leaf, lexicon)', () => {
  const flags = (leaf: Parameters<typeof structuralFlags>[0]) =>
    structuralFlags(leaf, defaultLexicon).map((f) => f.type);

  it.each([
    { what: 'a leaf worth 0.4 points is a micro-item', points: 0.4, flags: ['micro-item'] },
    { what: 'a leaf worth 1 point is not', points: 1, flags: [] },
    { what: 'a leaf without points is not', points: undefined, flags: [] },
    { what: 'a zero-point leaf is not', points: 0, flags: [] },
  ])('$what', ({ points, flags: expected }) => {
    expect(flags({ name: '通报率', siblings: 3, points })).toEqual(expected);
  });

  it(`flags a branch of more than ${WIDE_BRANCH_THRESHOLD} items, not one of exactly that many`, () => {
    expect(flags({ name: 'x', siblings: WIDE_BRANCH_THRESHOLD + 1 })).toEqual(['wide-branch']);
    expect(flags({ name: 'x', siblings: WIDE_BRANCH_THRESHOLD })).toEqual([]);
  });

  it.each([
    { rule: '办理程序不合规的，每例扣1.5分', points: undefined, flagged: true },
    { rule: '每缺一份材料扣 2分', points: undefined, flagged: true },
    { rule: '每少一次扣0.5分，扣完为止', points: undefined, flagged: false },
    { rule: '每下降2%扣0.5分，最高扣10分', points: undefined, flagged: false },
    {
      rule: '每增加1名加0.05分，扣分不超过2分；每减少1名扣0.1分',
      points: undefined,
      flagged: false,
    },
    { rule: '每缺一份材料扣 2分', points: 4, flagged: false },
    { rule: '得5分，每少一次扣1分', points: undefined, flagged: false },
    { rule: '逾期报送的，扣 3 分', points: undefined, flagged: false },
  ])('uncapped-deduction: "$rule" (points $points) → $flagged', ({ rule, points, flagged }) => {
    expect(
      flags({ name: '考核项目', rule, siblings: 1, points }).includes('uncapped-deduction'),
    ).toBe(flagged);
  });
});

describe('classifyLeaves(scheme) structural flags', () => {
  it('flags every leaf of a branch with 16 items as wide-branch, and the leaves of a small branch not', () => {
    const wide: Row[] = Array.from({ length: 16 }, (_, i) => ({
      id: `w${i}`,
      name: `细项${i + 1}`,
      parent: 'a',
      points: 1,
    }));
    const scheme = makeScheme([
      { id: 'a', name: '日常工作' },
      ...wide,
      { id: 'b', name: '重点工作' },
      { id: 'b1', name: '河道保洁', parent: 'b', points: 2 },
    ]);
    const result = classifyLeaves(scheme);
    const wideIds = result
      .filter((l) => l.flags.some((f) => f.type === 'wide-branch'))
      .map((l) => l.id);
    expect(wideIds).toEqual(wide.map((r) => r.id));
    const f = result[0].flags.find((x) => x.type === 'wide-branch');
    expect(f?.evidence).toMatchObject({ source: 'structure', note: expect.stringContaining('16') });
  });

  it('reads micro-items from the leaf points the importer set', () => {
    const result = classifyLeaves(
      oneBranch([
        { name: '通报率', points: 0.3 },
        { name: '备案率', points: 2 },
      ]),
    );
    expect(result.map((l) => l.flags.map((f) => f.type))).toEqual([['micro-item'], []]);
  });
});
