/**
 * A small scheme and its analysis written by hand, shaped like a township assessment: two
 * major items, one of them with a sub-item. Every number below was counted by hand from the
 * nodes; the tests assert against these lists, not against anything computed.
 */
import type { Analysis, Evidence, LeafClass, Scheme } from '../../src/core/types';

const lex = (...terms: string[]): Evidence => ({ source: 'lexicon', terms, field: 'rule' });

export const scheme: Scheme = {
  id: 'fixture',
  label: '某县乡镇考核（测试）',
  source: {
    fileName: 'fixture.csv',
    format: 'wide',
    encoding: 'utf-8',
    delimiter: ',',
    mapping: { format: 'wide', headerRows: 1, columns: [] },
  },
  nodes: [
    { id: 'a', name: '党的建设', level: 1, parent: null, children: ['a1'], rows: [2] },
    { id: 'a1', name: '组织建设', level: 2, parent: 'a', children: ['a1x', 'a1y'], rows: [2] },
    {
      id: 'a1x',
      name: '召开党建工作会议',
      level: 3,
      parent: 'a1',
      children: [],
      points: 2,
      rule: '每少开一次扣0.5分',
      department: '组织部',
      rows: [2],
    },
    {
      id: 'a1y',
      name: '群众满意度',
      level: 3,
      parent: 'a1',
      children: [],
      points: 3,
      rule: '满意度达90%得3分',
      rows: [3],
    },
    {
      id: 'b',
      name: '安全生产',
      level: 1,
      parent: null,
      children: ['b1', 'b2'],
      department: '应急局',
      rows: [4],
    },
    {
      id: 'b1',
      name: '不发生较大安全事故',
      level: 2,
      parent: 'b',
      children: [],
      points: 5,
      rule: '发生较大事故的一票否决',
      rows: [4],
    },
    {
      id: 'b2',
      name: '建立安全会议台账',
      level: 2,
      parent: 'b',
      children: [],
      points: 1,
      rule: '有台账得1分',
      rows: [5],
    },
  ],
};

const leaves: LeafClass[] = [
  {
    id: 'a1x',
    kind: 'process',
    kindEvidence: lex('会议'),
    incentive: 'negative',
    incentiveEvidence: lex('扣'),
    veto: false,
    flags: [{ type: 'meeting', evidence: lex('会议') }],
  },
  {
    id: 'a1y',
    kind: 'outcome',
    kindEvidence: lex('满意度'),
    incentive: 'neutral',
    incentiveEvidence: lex('得'),
    veto: false,
    flags: [],
  },
  {
    id: 'b1',
    kind: 'outcome',
    kindEvidence: lex('事故'),
    incentive: 'negative',
    incentiveEvidence: lex('一票否决'),
    veto: true,
    vetoEvidence: lex('一票否决'),
    flags: [{ type: 'wide-branch', evidence: { source: 'structure', terms: [] } }],
  },
  {
    id: 'b2',
    kind: 'process',
    kindEvidence: lex('台账'),
    incentive: 'neutral',
    incentiveEvidence: lex('得'),
    veto: false,
    flags: [{ type: 'documents', evidence: lex('台账') }],
  },
];

export const analysis: Analysis = {
  schemeId: 'fixture',
  counts: {
    byLevel: [2, 3, 2],
    leaves: 4,
    depth: 3,
    nodes: 7,
    childrenMean: 5 / 3,
    childrenMax: 2,
    pointsByLevel: [null, 6, 5],
    pointsMismatches: [],
    byDepartment: [
      { department: '应急局', leaves: 2 },
      { department: '组织部', leaves: 1 },
      { department: '', leaves: 1 },
    ],
  },
  overlap: {
    threshold: 0.5,
    method: 'exact',
    ratio: 0.5,
    redundant: 1,
    crossDepartmentClusters: 1,
    clusters: [
      {
        members: ['a1x', 'b2'],
        departments: ['组织部', '应急局'],
        crossDepartment: true,
        maxSimilarity: 0.6,
        pairs: [{ a: 'a1x', b: 'b2', similarity: 0.6 }],
      },
    ],
  },
  incentive: {
    negative: 2,
    positive: 0,
    neutral: 2,
    unknown: 0,
    negativeRatio: 0.5,
    negativeRatioByPoints: 7 / 11,
    vetoes: 1,
  },
  kind: {
    process: 2,
    outcome: 2,
    mixed: 0,
    unknown: 0,
    processShare: 0.5,
    processShareByPoints: 3 / 11,
  },
  flags: {
    total: 3,
    leaves: 3,
    criteriaLeaves: 2,
    structuralLeaves: 1,
    byType: { meeting: 1, documents: 1, 'wide-branch': 1 },
  },
  leaves,
};
