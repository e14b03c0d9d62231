import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, findOverlap } from '../../../src/core/overlap/findOverlap';
import { overlapItems } from '../../../src/core/overlap/overlapItems';
import { schemeOf } from './schemeOf';

describe('overlapItems(scheme)', () => {
  const scheme = schemeOf([
    { id: '1', name: '巩固成果，提升河长制工作实效', department: '县河长办' },
    { id: '1.1', name: '强化督查督办', parent: '1', rule: '严格执行督查制度。' },
    { id: '1.2', name: '深化河长制培训', parent: '1', department: '县委宣传部', rule: '  ' },
    { id: '2', name: '水岸联动' },
    {
      id: '2.1',
      name: '继续推动畜禽养殖污染控制',
      parent: '2',
      rule: '建立限养区养殖场台帐，得2分。',
    },
    { id: '3', name: '其他事项' },
  ]);

  it('gives one item per leaf, in file order, with the name and then the rule', () => {
    expect(overlapItems(scheme)).toEqual([
      { id: '1.1', text: '强化督查督办\n严格执行督查制度。', department: '县河长办' },
      // a blank rule is no rule: the name alone
      { id: '1.2', text: '深化河长制培训', department: '县委宣传部' },
      { id: '2.1', text: '继续推动畜禽养殖污染控制\n建立限养区养殖场台帐，得2分。' },
      { id: '3', text: '其他事项' },
    ]);
  });

  it('does not modify the scheme it was given', () => {
    const copy = structuredClone(scheme);
    overlapItems(scheme);
    expect(scheme).toEqual(copy);
  });
});

// Rows copied from the corpus (/work/shared/corpus), built by hand as the importer would.
describe('overlap on real schemes: the name says what is assessed, the rule tells apart', () => {
  it('does not join two items whose rules are the same scoring boilerplate', () => {
    // Both rules normalise to 按要求完成, so the texts are {会议 议记 记录 按要 要求 求完 完成}
    // and {信息 息报 报送 按要 要求 求完 完成}: J = 4/10. Without the boilerplate removed,
    // 每次扣1分、扣完为止 would add shared bigrams and push J above 0.5.
    const rule = '未按要求完成的，每次扣1分，扣完为止。';
    const scheme = schemeOf([
      { id: 'a', name: '会议记录', rule },
      { id: 'b', name: '信息报送', rule },
    ]);
    expect(findOverlap(overlapItems(scheme), DEFAULT_THRESHOLD).clusters).toEqual([]);
    expect(findOverlap(overlapItems(scheme), 0.4).clusters).toHaveLength(1);
  });

  it('finds no overlap among the distinct requirements of a real table (常熟 2013)', () => {
    // changshu_2013_weishengjiandu_xieguan_kaoping.csv rows 2–9: 工作要求 as the name,
    // 评分标准 as the rule.
    const scheme = schemeOf([
      { id: 'g1', name: '组织领导、计划总结和项目公示（7分）' },
      {
        id: 'r2',
        parent: 'g1',
        name: '有卫生监督协管服务项目工作领导小组、项目负责人、协管员和协管信息员。（2分）',
        rule: '无领导小组、项目负责人、协管员和协管信息员的，每一项扣0.5分，缺协管人员和协管信息员的酌情扣分。',
      },
      {
        id: 'r3',
        parent: 'g1',
        name: '有卫生监督协管年度工作计划、半年度总结和年度总结。（3分）',
        rule: '无卫生监督协管年度工作计划、半年度总结和年度总结的，每一项扣1分。',
      },
      {
        id: 'r4',
        parent: 'g1',
        name: '在门诊大厅公示开展的卫生监督服务项目。（0.5分）',
        rule: '未公示的扣0.5分。',
      },
      { id: 'g2', name: '培训、督导、考核和资金管理（9分）' },
      {
        id: 'r7',
        parent: 'g2',
        name: '组织对社区卫生服务站项目工作的定期督导和考核，一年不少于4次。（4分）',
        rule: '每少一次督导扣1分，资料不齐全酌情扣分。',
      },
      {
        id: 'r8',
        parent: 'g2',
        name: '有卫生监督协管绩效考核办法，并落实经费分配。（1分）',
        rule: '无考核办法的，扣1分，未落实经费分配酌情扣分。',
      },
      {
        id: 'r9',
        parent: 'g2',
        name: '对卫生监督协管服务项目经费专帐管理，专项核算。（1分）',
        rule: '未落实专帐管理专项核算的，扣1分。',
      },
    ]);
    const summary = findOverlap(overlapItems(scheme), DEFAULT_THRESHOLD);
    expect(summary.clusters).toEqual([]);
    expect(summary.ratio).toBe(0);
  });

  it('keeps apart five veto items that share a generic name but not a rule (湖州)', () => {
    // huzhou_bianzhi_zhixiao_shijibumen.csv rows 4.1–4.5: the same 评估指标 five times, each
    // with a different veto condition. By name alone all five would be one cluster (J = 1).
    const rules = [
      '受到党中央、国务院以及国家部委，省委、省政府以及省级部门，或市委、市政府通报批评的',
      '本部门及直属单位发生重大突发事件，未及时处置造成恶劣影响和严重后果的',
      '机关或下属单位在职在编科级干部及以上发生严重违法违纪行为，被追究刑事责任的',
      '本部门及直属单位在组织人事或机构编制管理工作上发生严重的违规违纪行为的',
      '全省条线考评位次在后三位的，或者全市综合考核在同一类别中后三位的',
    ];
    const scheme = schemeOf([
      { id: '4', name: '一票否优' },
      ...rules.map((rule, i) => ({
        id: `4.${i + 1}`,
        parent: '4',
        name: '是否存在一票否优情形',
        rule,
      })),
    ]);
    expect(findOverlap(overlapItems(scheme), DEFAULT_THRESHOLD).clusters).toEqual([]);
  });

  it('groups the same measure repeated for three vehicle classes (交警 攻坚行动)', () => {
    // jiaojing_gongjian_dadui_kaohe.csv rows 6–14 and 37–38: leaf names carry the numbering
    // and points; the 数据列 column is not a rule, so the names are compared alone.
    const classes = ['“两客一危”', '“营转非”大客车', '重型货车和重型挂车'];
    const measures = ['1）逾期未检验车辆', '2）逾期未报废车辆', '3）系统已注销车辆'];
    const points = [
      [0.5, 0.5, 0.5],
      [0.3, 0.3, 0.4],
      [1, 1, 1],
    ];
    const scheme = schemeOf([
      ...classes.flatMap((vehicles, c) => [
        { id: `c${c}`, name: `${c + 3}.${vehicles}隐患车辆上道路行驶轨迹信息情况` },
        ...measures.map((measure, m) => ({
          id: `c${c}m${m}`,
          parent: `c${c}`,
          name: `${measure}（${points[c][m]}分）`,
          points: points[c][m],
        })),
      ]),
      { id: 'x', name: '1.现场处罚情况' },
      { id: 'x3', parent: 'x', name: '3）现场处罚一致量（0.5分）', points: 0.5 },
      { id: 'x4', parent: 'x', name: '4）现场处罚一致率（0.5分）', points: 0.5 },
    ]);
    const summary = findOverlap(overlapItems(scheme), DEFAULT_THRESHOLD);
    expect(summary.clusters.map((c) => [c.members, c.maxSimilarity])).toEqual([
      [['c0m0', 'c1m0', 'c2m0'], 1],
      [['c0m1', 'c1m1', 'c2m1'], 1],
      [['c0m2', 'c1m2', 'c2m2'], 1],
      // {现场 场处 处罚 罚一 一致 致量} vs {… 一致 致率}: 5 shared / 7
      [['x3', 'x4'], 5 / 7],
    ]);
    // 11 leaves, all of them in a cluster; merging would remove 2 + 2 + 2 + 1
    expect(summary.ratio).toBe(1);
    expect(summary.redundant).toBe(7);
  });
});
