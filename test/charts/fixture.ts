/**
 * Chart inputs for the chart tests. The small one is the 2018 石城县 河长制湖长制 乡镇 scheme
 * (shared/corpus/shicheng_2018_hezhang_xiangzhen.csv): its six sections and 23 items as the
 * importer would give them, with items 5 and 6 split into the numbered clauses of their
 * 考核指标 cell as a third level. Colour keys are a plausible kind per item; the charts only
 * draw them, so the tests do not depend on the classification being right.
 */
import type { ChartInput, ChartNode } from '../../src/charts/types';

type Row = [id: string, parent: string | null, name: string, colorKey: string];

const ROWS: Row[] = [
  ['s1', null, '巩固成果，提升河长制工作实效', ''],
  ['i1', 's1', '完善"四个到位"', 'process'],
  ['i2', 's1', '强化督查督办', 'process'],
  ['i3', 's1', '进一步完善河长制工作考核方案', 'process'],
  ['i4', 's1', '落实"一河一策"', 'mixed'],
  ['i5', 's1', '全面推进河长制信息平台建设', ''],
  ['i5.1', 'i5', '推进APP巡河信息平台建设（相关人员注册并使用）', 'process'],
  ['i5.2', 'i5', '按制度要求开展乡（镇）河长、村河长、巡查员APP巡河', 'process'],
  ['i5.3', 'i5', '河长、巡查员、保洁员按要求填写日志', 'process'],
  ['i6', 's1', '深化河长制培训、宣传和教育', ''],
  ['i6.1', 'i6', '充分利用各类媒体开展河长制公益宣传', 'process'],
  ['i6.2', 'i6', '开展生态文明建设"进园区、进校区、进企业、进农村"宣传活动', 'process'],
  ['i6.3', 'i6', '配合开展中小学生河库保护管理教育知识进校园活动', 'process'],
  ['s2', null, '对标中央、省、市，落实湖长制重点任务（琴江镇温坊人工湖）', ''],
  ['i7', 's2', '健全湖长制组织体系', 'process'],
  ['s3', null, '水岸联动，推进“管治保”措施', ''],
  ['i8', 's3', '继续强化城镇生活污水治理', 'outcome'],
  ['i9', 's3', '继续推动畜禽养殖污染控制', 'outcome'],
  ['i10', 's3', '严格水功能区监管', 'mixed'],
  ['i11', 's3', '推进河、库管护常态化', 'mixed'],
  ['s4', null, '行动升级，推进突出问题专项整治', ''],
  ['i12', 's4', '继续推进水质不达标河库治理', 'outcome'],
  ['i13', 's4', '加强工矿企业及工业聚集区水污染防治', 'outcome'],
  ['i14', 's4', '加大对河流弃土、弃渣违法行为查处力度', 'process'],
  ['i15', 's4', '推进农业化肥、农药减量化治理', 'outcome'],
  ['i16', 's4', '加大农村生活垃圾及生活污水整治', 'outcome'],
  ['i17', 's4', '持续开展侵占河库水域及岸线专项整治', 'mixed'],
  ['i18', 's4', '持续开展非法采砂专项整治', 'mixed'],
  ['i19', 's4', '开展非法设置入河排污口专项整治', 'outcome'],
  ['i20', 's4', '持续开展渔业资源保护专项整治', 'mixed'],
  ['i21', 's4', '继续推动水库水环境综合治理', 'outcome'],
  ['i22', 's4', '持续加大非法侵占林地、破坏湿地和野生动物资源等违法犯罪的整治', 'outcome'],
  ['i23', 's4', '持续加大河库水域治安防控工作力度', 'outcome'],
  ['s5', null, '加强宣传舆论、信息报送工作', 'process'],
  ['s6', null, '奖扣分项目', 'unknown'],
];

export const COLORS: Record<string, string> = {
  process: '#d95f02',
  outcome: '#1b9e77',
  mixed: '#7570b3',
  unknown: '#999999',
};

/** The 石城 scheme as chart nodes (35 nodes, 29 leaves, 3 levels). */
export function shicheng(overrides: Partial<ChartInput> = {}): ChartInput {
  const nodes: ChartNode[] = ROWS.map(([id, parent, name, colorKey]) => ({
    id,
    name,
    parent,
    colorKey,
    tooltip: [name, `key: ${colorKey || '—'}`],
    ariaLabel: `${name}, ${colorKey || 'branch'}`,
  }));
  return {
    nodes,
    colors: COLORS,
    legend: [
      { key: 'process', label: '过程性', color: COLORS.process, count: 12 },
      { key: 'outcome', label: '结果性', color: COLORS.outcome, count: 10 },
      { key: 'mixed', label: '混合', color: COLORS.mixed, count: 6 },
      { key: 'unknown', label: '无法判断', color: COLORS.unknown, count: 1 },
    ],
    highlight: [],
    selected: null,
    title: '石城县 2018 河长制湖长制 乡镇 考核细则',
    rootLabel: '石城县 2018 河长制',
    ...overrides,
  };
}

/** Ids of the fixture by level (1 = section). */
export const LEVEL1 = ['s1', 's2', 's3', 's4', 's5', 's6'];
export const LEVEL3 = ['i5.1', 'i5.2', 'i5.3', 'i6.1', 'i6.2', 'i6.3'];
export const LEVEL2 = ROWS.map((r) => r[0]).filter(
  (id) => !LEVEL1.includes(id) && !LEVEL3.includes(id),
);

/**
 * A synthetic scheme of majors × subs sub-items, sub-item s of major m holding
 * leavesOf(m, s) detailed items (uneven on purpose, so that some arcs are too small to draw).
 */
export function synthetic(
  majors: number,
  subs: number,
  leavesOf: (m: number, s: number) => number,
): ChartInput {
  const nodes: ChartNode[] = [];
  const keys = ['process', 'outcome', 'mixed', 'unknown'];
  const node = (id: string, parent: string | null, name: string, colorKey = ''): ChartNode => ({
    id,
    parent,
    name,
    colorKey,
    tooltip: [name],
    ariaLabel: name,
  });
  for (let m = 0; m < majors; m++) {
    nodes.push(node(`m${m}`, null, `第${m + 1}大项 安全生产`));
    for (let s = 0; s < subs; s++) {
      nodes.push(node(`m${m}.${s}`, `m${m}`, `小项 ${m + 1}.${s + 1} 台账管理`));
      for (let l = 0; l < leavesOf(m, s); l++) {
        nodes.push(
          node(
            `m${m}.${s}.${l}`,
            `m${m}.${s}`,
            `细项 ${l + 1} 按时报送月报`,
            keys[(m + s + l) % 4],
          ),
        );
      }
    }
  }
  return { ...shicheng(), nodes, title: 'synthetic', rootLabel: 'synthetic' };
}

/**
 * 98,800 leaves: per major one sub-item of 4,000, 29 of 300 and 120 of 100 items. In a
 * 640 px sunburst a sub-item of 300 spans 1.09° and is drawn; one of 100 spans 0.36° and
 * is folded into its major's "+N" mark.
 */
export const huge = (overrides: Partial<ChartInput> = {}): ChartInput => ({
  ...synthetic(4, 150, (_m, s) => (s === 0 ? 4000 : s % 5 === 0 ? 300 : 100)),
  ...overrides,
});
