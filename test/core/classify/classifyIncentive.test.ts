import { describe, expect, it } from 'vitest';
import { classifyIncentive } from '../../../src/core/classify/classifyIncentive';
import { defaultLexicon } from '../../../src/core/classify/lexicon';

interface Case {
  what: string;
  name: string;
  rule?: string;
  path?: string[];
  points?: number;
  incentive: string;
  veto?: boolean;
}

// The corpus README incentive rules 1–6, each on rows worded as offices word them.
const cases: Case[] = [
  // rule 1: vetoes
  {
    what: '1 一票否决 in the rule',
    name: '安全生产',
    rule: '发生较大安全事故的，实行一票否决',
    incentive: 'negative',
    veto: true,
  },
  {
    what: '1 一票否优 in the name',
    name: '是否存在一票否优情形',
    rule: '受到市委通报批评的',
    incentive: 'negative',
    veto: true,
  },
  {
    what: '1 单项否决',
    name: '档案真实准确',
    rule: '不合格档案（单项否决）',
    incentive: 'negative',
    veto: true,
  },
  {
    what: '1 取消评先资格',
    name: '党风廉政',
    rule: '发生违纪案件的，取消评先评优资格',
    incentive: 'negative',
    veto: true,
  },
  {
    what: '1 a veto section above',
    name: '发生重大环境污染事故',
    path: ['一票否决事项'],
    incentive: 'negative',
    veto: true,
  },
  // rule 2: the section's sign
  {
    what: '2 in a 加分项 section',
    name: '获省级表彰',
    rule: '每项得2分',
    path: ['加分项'],
    incentive: 'positive',
  },
  {
    what: '2 in a 扣分情况 section',
    name: '被通报批评',
    rule: '每次2分',
    path: ['扣分情况'],
    incentive: 'negative',
  },
  {
    what: '2 the item says 为奖励分',
    name: '完成其他任务。（2分，为奖励分）',
    rule: '酌情奖分',
    incentive: 'positive',
  },
  { what: '2 the item says 扣分项', name: '1）检查布控车辆情况（扣分项）', incentive: 'negative' },
  {
    what: '2 a 奖扣分 section decides nothing',
    name: '奖扣分项目',
    rule: '获省表彰奖5分；被曝光扣5分',
    incentive: 'positive',
  },
  // rule 3: attainment
  { what: '3 得X分', name: '污水处理', rule: '污水处理率达到85%，得3分', incentive: 'neutral' },
  {
    what: '3 得X分 with a deduction inside',
    name: '水质达标',
    rule: '年内无不达标河库得4分，出现一次扣2分，扣完为止',
    incentive: 'neutral',
  },
  {
    what: '3 按比例得分',
    name: '任务完成',
    rule: '未全部完成的按完成比例得分',
    incentive: 'neutral',
  },
  {
    what: '3 ranking',
    name: '编制总量',
    rule: '在全市排名1-5名的依次赋予20分、19分、18分、17分、16分',
    incentive: 'neutral',
  },
  {
    what: '3 （X分） allocation in the rule',
    name: '组织领导',
    rule: '积极配合开展工作（8分）',
    incentive: 'neutral',
  },
  {
    what: '3 graded levels',
    name: '综合评价',
    rule: '按优秀、良好、一般、较差四个等次评定',
    incentive: 'neutral',
  },
  {
    what: '3 no wording, points allocated',
    name: '落实一河一策',
    rule: '抓好一河一策的实施',
    points: 2,
    incentive: 'neutral',
  },
  { what: '3 no rule, points in the name', name: '3）通报率（0.3分）', incentive: 'neutral' },
  // rule 4: deductions only
  { what: '4 扣X分', name: '新任干部档案报送', rule: '逾期报送的，扣 3 分', incentive: 'negative' },
  {
    what: '4 points in the name, rule only deducts',
    name: '有年度工作计划。（3分）',
    rule: '无计划的，每一项扣1分',
    incentive: 'negative',
  },
  { what: '4 不得分', name: '信息报送', rule: '未按时报送的不得分', incentive: 'negative' },
  // rule 5: bonuses only
  {
    what: '5 加X分',
    name: '创新工作',
    rule: '获市级推广的加2分，省级推广加3分',
    incentive: 'positive',
  },
  { what: '5 奖励', name: '招商引资', rule: '引进亿元项目的给予奖励', incentive: 'positive' },
  {
    what: '5 open-ended per-unit awards',
    name: '发表论文',
    rule: '核心期刊5分/篇',
    incentive: 'positive',
  },
  {
    what: '4 a per-occurrence deduction written 扣X分/次',
    name: '信息报送',
    rule: '迟报扣0.5分/次',
    incentive: 'negative',
  },
  // rule 6: both, first clause wins
  {
    what: '6 bonus first',
    name: '上级评价',
    rule: '获省通报表扬的奖10分；被省通报批评的扣5分',
    incentive: 'positive',
  },
  {
    what: '6 deduction first',
    name: '线索报告',
    rule: '每少一条扣2分；多报一条奖励0.2分',
    incentive: 'negative',
  },
  // nothing to go on
  {
    what: 'no wording, no points',
    name: '健全湖长制组织体系',
    rule: '建立湖长体系，公布湖长名单',
    incentive: 'unknown',
  },
  { what: 'a placeholder', name: '其他事项需要加扣分项', incentive: 'unknown' },
];

describe('classifyIncentive(name, rule, path, points, lexicon)', () => {
  it.each(cases)('rule $what → $incentive', (c) => {
    const r = classifyIncentive(c.name, c.rule, c.path ?? [], c.points, defaultLexicon);
    expect(r.incentive).toBe(c.incentive);
    expect(r.veto).toBe(c.veto ?? false);
  });

  it('names the veto term and where it was found', () => {
    const r = classifyIncentive(
      '发生重大事故',
      undefined,
      ['一票否决事项'],
      undefined,
      defaultLexicon,
    );
    expect(r.vetoEvidence).toMatchObject({ source: 'lexicon', terms: ['一票否决'], field: 'path' });
    expect(r.evidence).toEqual(r.vetoEvidence);
  });

  it('notes ± when a rule has both bonus and deduction clauses', () => {
    const r = classifyIncentive('上级评价', '奖10分；扣5分', [], undefined, defaultLexicon);
    expect(r.evidence.note).toMatch(/±/);
  });

  it('explains an unknown', () => {
    const r = classifyIncentive('某项工作', undefined, [], undefined, defaultLexicon);
    expect(r.evidence).toMatchObject({
      source: 'lexicon',
      terms: [],
      note: 'no scoring wording and no points',
    });
  });
});
