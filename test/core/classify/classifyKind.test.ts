import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../../src/core/classify/classifyKind';
import { defaultLexicon } from '../../../src/core/classify/lexicon';
import { splitClauses } from '../../../src/core/classify/clauseSpans';

// Items written the way township and county schemes word them; none is taken from labels.csv.
const cases: { name: string; rule?: string; path?: string[]; kind: string }[] = [
  // activity and paperwork
  { name: '按时参加县委理论学习中心组会议', rule: '缺席一次扣0.5分', kind: 'process' },
  { name: '建立健全网格化管理工作台账', rule: '台账不全的扣1分', kind: 'process' },
  { name: '成立乡村振兴工作领导小组，制定实施方案', kind: 'process' },
  { name: '学习强国学习积分', rule: '人均积分达到8000分得2分', kind: 'process' },
  { name: '组织开展安全生产宣传培训，全年不少于4次', kind: 'process' },
  { name: '按时报送统计报表', kind: 'process' },
  { name: '配合上级部门开展专项督查', kind: 'process' },
  { name: '村干部学历结构', rule: '大专以上学历村干部占比不低于60%', kind: 'process' },
  { name: '村级组织活动场所挂牌规范', kind: 'process' },
  { name: '开具各类证明事项', kind: 'process' },
  // administrative coverage counts government actions (corpus README decision rules)
  { name: '不动产登记率', kind: 'process' },
  { name: '餐饮单位量化分级备案率', kind: 'process' },
  { name: 'Number of meetings held', kind: 'process' },
  // results for people
  { name: '城乡居民医保参保率', rule: '参保率达到95%以上得3分', kind: 'outcome' },
  { name: '全年未发生较大及以上安全生产事故', rule: '发生一起扣5分', kind: 'outcome' },
  { name: '群众满意度', rule: '第三方测评满意度90%以上得5分', kind: 'outcome' },
  { name: '农村居民人均可支配收入增长', kind: 'outcome' },
  { name: '地表水断面水质达标率', kind: 'outcome' },
  { name: '新增城镇就业人数', kind: 'outcome' },
  { name: '信访总量下降', kind: 'outcome' },
  { name: '刑事案件发案率', kind: 'outcome' },
  { name: '完成农村公路建设30公里', kind: 'outcome' },
  { name: 'Resident satisfaction rate', kind: 'outcome' },
  // both, each in its own clause
  {
    name: '河道管护',
    rule: '1.建立河道保洁台账，得1分。2.辖区河道水质达标，得3分。',
    kind: 'mixed',
  },
  { name: '建立河道保洁台账，得1分；辖区河道水质达标，得3分', kind: 'mixed' },
  // nothing the lexicon knows
  { name: '其他事项需要加扣分项', kind: 'unknown' },
  { name: '经镇党委会研究决定给予加分的情形', kind: 'unknown' },
];

describe('classifyKind(name, rule, path, lexicon)', () => {
  it.each(cases)('$name → $kind', ({ name, rule, path, kind }) => {
    expect(classifyKind(name, rule, path ?? [], defaultLexicon).kind).toBe(kind);
  });

  it('does not read 会议室建设 (building a meeting room) as a meeting criterion', () => {
    const r = classifyKind('村级会议室建设', undefined, [], defaultLexicon);
    expect(r.evidence.terms).not.toContain('会议');
  });

  it('lets the path decide only when the item itself cannot', () => {
    const path = ['项目效果', '社会效益'];
    expect(classifyKind('第三项', undefined, path, defaultLexicon).kind).toBe('outcome');
    expect(classifyKind('第三项', undefined, path, defaultLexicon).evidence.field).toBe('path');
    // Its own words win over the section title.
    expect(classifyKind('按时报送月报', undefined, path, defaultLexicon).kind).toBe('process');
  });

  it('names the matched terms, the fields and the scores as evidence', () => {
    const r = classifyKind('城乡居民医保参保率', '参保率达到95%以上得3分', [], defaultLexicon);
    expect(r.evidence).toMatchObject({ source: 'lexicon', terms: ['参保率'], field: 'name,rule' });
    expect(r.evidence.note).toMatch(/outcome 5/);
  });

  it('says why when it cannot decide', () => {
    const r = classifyKind('其他', undefined, [], defaultLexicon);
    expect(r).toEqual({
      kind: 'unknown',
      evidence: expect.objectContaining({ source: 'lexicon', terms: [], note: expect.any(String) }),
    });
  });
});

describe('splitClauses(rule)', () => {
  it.each([
    {
      text: '1.建立台帐，得1分。2.取缔排污口，得3分',
      expected: ['1.建立台帐', '得1分', '2.取缔排污口', '得3分'],
    },
    { text: '每少一次扣0.5分', expected: ['每少一次扣0.5分'] },
    { text: '①新进人员占比；②学历', expected: ['①新进人员占比', '②学历'] },
    { text: '', expected: [] },
  ])('$text', ({ text, expected }) => {
    expect(splitClauses(text)).toEqual(expected);
  });
});
