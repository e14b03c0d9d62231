import { describe, expect, it } from 'vitest';
import { classifyLeaves } from '../../../src/core/classify/classifyLeaves';
import { defaultLexicon, type Lexicon } from '../../../src/core/classify/lexicon';
import {
  readIncentiveColumn,
  readKindColumn,
  readVetoColumn,
} from '../../../src/core/classify/readColumns';
import type { ColumnAssignment, Override } from '../../../src/core/types';
import { makeScheme, oneBranch } from './fixtures';

const kindColumn: ColumnAssignment = { index: 5, header: '指标类型', role: 'kind' };
const incentiveColumn: ColumnAssignment = { index: 6, header: '计分方式', role: 'incentive' };

// The lexicon alone calls this leaf process / negative (台账, 扣X分).
const ledger = { name: '建立工作台账', rule: '台账不全的扣1分', points: 2 };

describe('classifyLeaves(scheme, options)', () => {
  it('returns one result per leaf, in file order, and none for inner nodes', () => {
    const scheme = makeScheme([
      { id: 'a', name: '一、党建工作' },
      { id: 'a1', name: '召开党建例会', parent: 'a', points: 2 },
      { id: 'b', name: '二、经济发展' },
      { id: 'b1', name: '招商引资', parent: 'b', points: 5 },
      { id: 'b2', name: '农民人均收入', parent: 'b', points: 5 },
      { id: 'c', name: '三、其他' },
    ]);
    expect(classifyLeaves(scheme).map((l) => l.id)).toEqual(['a1', 'b1', 'b2', 'c']);
  });

  it.each<{ what: string; kindText?: string; override?: Override; kind: string; source: string }>([
    { what: 'lexicon alone', kind: 'process', source: 'lexicon' },
    {
      what: 'override beats lexicon',
      override: { id: 'l1', kind: 'outcome' },
      kind: 'outcome',
      source: 'override',
    },
    { what: 'column beats lexicon', kindText: '结果', kind: 'outcome', source: 'column' },
    {
      what: 'column beats override',
      kindText: '结果性指标',
      override: { id: 'l1', kind: 'mixed' },
      kind: 'outcome',
      source: 'column',
    },
    {
      what: 'an unreadable column value falls through to the override',
      kindText: '？',
      override: { id: 'l1', kind: 'mixed' },
      kind: 'mixed',
      source: 'override',
    },
  ])('kind priority: $what', ({ kindText, override, kind, source }) => {
    const scheme = makeScheme(
      [
        { id: 'm', name: '日常工作' },
        { id: 'l1', parent: 'm', ...ledger, kindText },
      ],
      [kindColumn],
    );
    const [leaf] = classifyLeaves(scheme, { overrides: override ? [override] : [] });
    expect(leaf.kind).toBe(kind);
    expect(leaf.kindEvidence.source).toBe(source);
  });

  it.each<{
    what: string;
    incentiveText?: string;
    override?: Override;
    incentive: string;
    source: string;
  }>([
    { what: 'lexicon alone', incentive: 'negative', source: 'lexicon' },
    {
      what: 'override beats lexicon',
      override: { id: 'l1', incentive: 'neutral' },
      incentive: 'neutral',
      source: 'override',
    },
    {
      what: 'column beats lexicon',
      incentiveText: '加分',
      incentive: 'positive',
      source: 'column',
    },
    {
      what: 'column beats override',
      incentiveText: '扣分项',
      override: { id: 'l1', incentive: 'positive' },
      incentive: 'negative',
      source: 'column',
    },
  ])('incentive priority: $what', ({ incentiveText, override, incentive, source }) => {
    const scheme = makeScheme(
      [
        { id: 'm', name: '日常工作' },
        { id: 'l1', parent: 'm', ...ledger, incentiveText },
      ],
      [incentiveColumn],
    );
    const [leaf] = classifyLeaves(scheme, { overrides: override ? [override] : [] });
    expect(leaf.incentive).toBe(incentive);
    expect(leaf.incentiveEvidence.source).toBe(source);
  });

  it('names the column header and the cell as column evidence', () => {
    const scheme = makeScheme([{ id: 'l1', ...ledger, kindText: '过程' }], [kindColumn]);
    expect(classifyLeaves(scheme)[0].kindEvidence).toMatchObject({
      source: 'column',
      terms: ['过程'],
      field: '指标类型',
    });
  });

  it('takes a veto from an explicit incentive column', () => {
    const scheme = makeScheme(
      [{ id: 'l1', name: '安全生产', incentiveText: '一票否决' }],
      [incentiveColumn],
    );
    const [leaf] = classifyLeaves(scheme);
    expect(leaf).toMatchObject({ incentive: 'negative', veto: true });
    expect(leaf.vetoEvidence?.source).toBe('column');
  });

  it.each([
    {
      vetoText: '是',
      rule: '存在左列情况之一的，为不合格档案',
      veto: true,
      incentive: 'negative',
      source: 'column',
    },
    {
      vetoText: '否',
      rule: '逾期报送的，扣 3 分',
      veto: false,
      incentive: 'negative',
      source: 'lexicon',
    },
    {
      vetoText: '否',
      rule: '出现问题的一票否决',
      veto: false,
      incentive: 'unknown',
      source: 'lexicon',
    },
    {
      vetoText: '',
      rule: '出现问题的一票否决',
      veto: true,
      incentive: 'negative',
      source: 'lexicon',
    },
  ])(
    'reads the veto column 单项否决 = "$vetoText" (rule "$rule")',
    ({ vetoText, rule, veto, incentive, source }) => {
      const scheme = makeScheme(
        [{ id: 'l1', name: '干部档案审核', rule, vetoText }],
        [{ index: 7, header: '单项否决', role: 'veto' }],
      );
      const [leaf] = classifyLeaves(scheme);
      expect(leaf).toMatchObject({ veto, incentive });
      expect(leaf.incentiveEvidence.source).toBe(source);
      if (veto && source === 'column') {
        expect(leaf.vetoEvidence).toMatchObject({
          source: 'column',
          field: '单项否决',
          terms: ['是'],
        });
      }
    },
  );

  it('inherits a veto from a 一票否决 section above the leaf', () => {
    const scheme = makeScheme([
      { id: 'v', name: '一票否决事项' },
      { id: 'v1', name: '发生重大安全生产事故', parent: 'v' },
    ]);
    expect(classifyLeaves(scheme)[0]).toMatchObject({ veto: true, incentive: 'negative' });
  });

  it('gives every leaf evidence for kind and incentive, with a reason even when unknown', () => {
    const scheme = oneBranch([
      ledger,
      { name: '群众满意度', rule: '满意度90%以上得5分' },
      { name: '其他', rule: '' },
      { name: '第四项' },
    ]);
    const leaves = classifyLeaves(scheme);
    expect(leaves.map((l) => [l.kind, l.incentive])).toEqual([
      ['process', 'negative'],
      ['outcome', 'neutral'],
      ['unknown', 'unknown'],
      ['unknown', 'unknown'],
    ]);
    for (const l of leaves) {
      for (const ev of [l.kindEvidence, l.incentiveEvidence]) {
        expect(ev.source).toBeTruthy();
        expect(ev.terms.length > 0 || (ev.note ?? '') !== '').toBe(true);
      }
    }
  });

  it('does not modify the scheme it was given', () => {
    const scheme = makeScheme(
      [
        { id: 'a', name: '一、日常工作' },
        { id: 'a1', parent: 'a', ...ledger, kindText: '过程' },
        { id: 'a2', parent: 'a', name: '信访总量下降', points: 0.5, rule: '每例扣1分' },
      ],
      [kindColumn],
    );
    const before = structuredClone(scheme);
    classifyLeaves(scheme, { overrides: [{ id: 'a2', kind: 'process' }] });
    expect(scheme).toEqual(before);
  });

  it('uses a lexicon the user edited', () => {
    const lexicon: Lexicon = structuredClone(defaultLexicon);
    lexicon.kind.outcome.push({
      note: 'user: river chief patrols count as results',
      weight: 10,
      terms: ['巡河'],
    });
    const scheme = oneBranch([{ name: '村级河长巡河' }]);
    expect(classifyLeaves(scheme)[0].kind).toBe('process');
    const [leaf] = classifyLeaves(scheme, { lexicon });
    expect(leaf.kind).toBe('outcome');
    expect(leaf.kindEvidence.terms).toEqual(['巡河']);
  });
});

describe('readKindColumn / readIncentiveColumn / readVetoColumn', () => {
  it.each([
    ['过程', 'process'],
    ['过程性指标', 'process'],
    ['结果', 'outcome'],
    ['成效', 'outcome'],
    ['Outcome', 'outcome'],
    ['混合', 'mixed'],
    ['', null],
    ['待定', null],
  ])('kind %s → %s', (text, expected) => {
    expect(readKindColumn(text)).toBe(expected);
  });

  it.each([
    ['是', true],
    ['√', true],
    ['一票否决', true],
    ['否', false],
    ['无', false],
    ['', null],
    ['待定', null],
  ])('veto %s → %s', (text, expected) => {
    expect(readVetoColumn(text)).toBe(expected);
  });

  it.each([
    ['扣分', { incentive: 'negative', veto: false }],
    ['一票否决', { incentive: 'negative', veto: true }],
    ['加分', { incentive: 'positive', veto: false }],
    ['奖励', { incentive: 'positive', veto: false }],
    ['得分', { incentive: 'neutral', veto: false }],
    ['奖扣分', null],
    ['', null],
  ])('incentive %s → %o', (text, expected) => {
    expect(readIncentiveColumn(text)).toEqual(expected);
  });
});

describe('classifyLeaves(scheme) on many leaves alike', () => {
  it('gives leaves with the same kind terms, field and scores one evidence, and keeps others apart', () => {
    const scheme = oneBranch([
      { name: '建立工作台账' }, // 台账 in the name
      { name: '防汛台账' }, // the same term, the same field and score
      { name: '防汛工作', rule: '台账不全的扣1分' }, // the same term, in the rule
      { name: '建立台账和会议记录' }, // two terms: a higher score
    ]);
    const [a, b, c, d] = classifyLeaves(scheme);
    expect(a.kindEvidence).toEqual({
      source: 'lexicon',
      terms: ['台账'],
      field: 'name',
      note: a.kindEvidence.note,
    });
    // One object: the analysis keeps (and the worker packs) each distinct evidence once.
    expect(b.kindEvidence).toBe(a.kindEvidence);
    expect(c.kindEvidence.field).toBe('rule');
    expect(c.kindEvidence.terms).toEqual(['台账']);
    expect(d.kindEvidence.terms).toEqual(['台账', '会议记录']);
    expect(d.kindEvidence.note).not.toBe(a.kindEvidence.note);
  });

  it('keeps the terms of each leaf apart even when a user term holds a control character', () => {
    // '甲\u0001乙' joined would read like the two terms 甲 and 乙: they must not be confused.
    const lexicon: Lexicon = structuredClone(defaultLexicon);
    lexicon.kind.outcome.push(
      { note: 'user: one odd term', weight: 2, terms: ['甲\u0001乙'] },
      { note: 'user: two plain terms', weight: 1, terms: ['甲', '乙'] },
    );
    const scheme = oneBranch([{ name: '甲\u0001乙' }, { name: '甲，乙' }, { name: '甲\u0001乙' }]);
    const [one, two, again] = classifyLeaves(scheme, { lexicon });
    expect(one.kindEvidence.terms).toEqual(['甲\u0001乙']);
    expect(two.kindEvidence.terms).toEqual(['甲', '乙']);
    expect(again.kindEvidence).toEqual(one.kindEvidence);
    expect(one.kindEvidence.note).toBe(two.kindEvidence.note);
  });

  it('gives each leaf of a wide branch its own text flags beside the shared wide-branch flag', () => {
    const rows = Array.from({ length: 16 }, (_, i) => ({ name: `第${i + 1}项工作`, points: 1 }));
    rows[3] = { name: '建立工作台账', points: 1 };
    rows[7] = { name: '召开例会并留痕', points: 1 };
    const leaves = classifyLeaves(oneBranch(rows));
    expect(leaves.map((l) => l.flags.map((f) => f.type))).toEqual(
      rows.map((_, i) =>
        i === 3
          ? ['documents', 'wide-branch']
          : i === 7
            ? ['meeting', 'traces', 'wide-branch']
            : ['wide-branch'],
      ),
    );
  });

  it('gives a leaf without flags an empty list that a careless caller cannot grow', () => {
    const [leaf] = classifyLeaves(oneBranch([{ name: '第一项', points: 2 }]));
    expect(leaf.flags).toEqual([]);
    expect(() => leaf.flags.push(leaf.flags[0])).toThrow();
  });
});

describe('classifyLeaves(scheme): flags found in names', () => {
  it('names each leaf the field its flag terms were found in, however many leaves share them', () => {
    const scheme = oneBranch([
      { name: '建立工作台账' },
      { name: '完善防汛台账' },
      { name: '建立台账', rule: '台账不全的扣1分' },
      { name: '其他工作', rule: '台账不全的扣1分' },
    ]);
    const docs = classifyLeaves(scheme).map((l) => l.flags.find((f) => f.type === 'documents'));
    expect(docs.map((f) => [f?.evidence.terms, f?.evidence.field])).toEqual([
      [['台账'], 'name'],
      [['台账'], 'name'],
      [['台账'], 'name,rule'],
      [['台账'], 'rule'],
    ]);
    // Equal flags, and equal lists of them, are one object each.
    expect(docs[1]).toBe(docs[0]);
  });
});
