import { describe, expect, it } from 'vitest';
import { importScheme } from '../../../src/core/import/importScheme';
import { csv, importRows, leaves, node, path, roleOf, schemeOf, utf8 } from './helpers';

describe('importScheme(bytes) on wide tables', () => {
  it('reads one column per level, a blank level cell meaning "same as above" (merged cells)', () => {
    const result = importRows([
      ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '责任单位'],
      ['党的建设', '基层党建', '党支部标准化建设', '10', '未达标扣5分', '组织部'],
      ['', '', '三会一课落实', '5', '每缺一次扣1分', '组织部'],
      ['', '党风廉政', '廉政教育覆盖率', '15', '覆盖率达100%得15分', '纪委'],
      ['经济发展', '招商引资', '引进项目数', '20', '每少一个扣2分', '发改局'],
    ]);
    const s = schemeOf(result);
    expect(leaves(s).map((n) => n.name)).toEqual([
      '党支部标准化建设',
      '三会一课落实',
      '廉政教育覆盖率',
      '引进项目数',
    ]);
    const item = node(s, '三会一课落实');
    expect(path(s, item)).toEqual(['党的建设', '基层党建', '三会一课落实']);
    expect(item).toMatchObject({
      level: 3,
      points: 5,
      rule: '每缺一次扣1分',
      department: '组织部',
      rows: [3],
    });
    expect(s.nodes.map((n) => n.id)).toEqual(s.nodes.map((_, i) => `n${i + 1}`));
    expect(result.mapping?.format).toBe('wide');
  });

  it('finds level columns that are not adjacent and named as no list anticipates, from the merged-cell pattern', () => {
    const result = importRows([
      ['考核类别', '权重', '考核条线', '考核细则', '分值', '评分标准', '牵头单位'],
      ['党的建设', '30', '基层党建', '党支部标准化建设', '10', '未达标扣5分', '县委组织部'],
      ['', '', '', '三会一课落实', '5', '每缺一次扣1分', '县委组织部'],
      ['', '', '党风廉政', '廉政教育覆盖率', '15', '覆盖率达100%得15分', '县纪委'],
      ['经济发展', '40', '招商引资', '引进项目数', '20', '每少一个扣2分', '县发改局'],
      ['', '', '', '到位资金', '20', '按完成比例得分', '县发改局'],
      ['民生保障', '30', '社会保障', '参保率', '30', '达到95%得30分', '县人社局'],
    ]);
    const cols = result.mapping!.columns;
    expect(cols.filter((c) => c.role === 'level').map((c) => [c.header, c.level])).toEqual([
      ['考核类别', 1],
      ['考核条线', 2],
      ['考核细则', 3],
    ]);
    for (const c of cols) expect(c.reason, c.header).toBeTruthy();
    const s = schemeOf(result);
    expect(path(s, node(s, '到位资金'))).toEqual(['经济发展', '招商引资', '到位资金']);
    // 权重 is filled only where a 考核类别 block starts: it belongs to level 1.
    expect(cols[1]).toMatchObject({ role: 'points', pointsLevel: 1 });
    expect(node(s, '经济发展').points).toBe(40);
    expect(node(s, '到位资金').points).toBe(20);
  });

  it('reads a header spanning two rows, the top cell spanning the columns under it', () => {
    const result = importRows([
      ['指标', '', '', '分值', '评分标准'],
      ['一级', '二级', '三级', '', ''],
      ['安全生产', '隐患排查', '排查台账', '5', '缺一项扣1分'],
      ['', '', '整改率', '5', '按比例得分'],
      ['', '应急管理', '演练次数', '10', '少一次扣2分'],
    ]);
    expect(result.mapping?.headerRows).toBe(2);
    expect(result.mapping?.columns.slice(0, 3).map((c) => c.header)).toEqual([
      '指标 / 一级',
      '指标 / 二级',
      '指标 / 三级',
    ]);
    const s = schemeOf(result);
    expect(path(s, node(s, '整改率'))).toEqual(['安全生产', '隐患排查', '整改率']);
    expect(node(s, '整改率').rows).toEqual([4]);
  });

  it('gives two columns of the same name their own levels (one 分值 per level)', () => {
    const result = importRows([
      ['一级指标', '分值', '二级指标', '分值', '评分标准'],
      ['安全生产', '20', '隐患排查', '12', '缺一项扣1分'],
      ['', '', '应急演练', '8', '少一次扣2分'],
      ['环境保护', '10', '污水处理', '10', '达标得10分'],
    ]);
    const points = result.mapping!.columns.filter((c) => c.role === 'points');
    expect(points.map((c) => [c.index, c.pointsLevel])).toEqual([
      [1, 1],
      [3, undefined],
    ]);
    const s = schemeOf(result);
    expect(node(s, '安全生产').points).toBe(20);
    expect(node(s, '隐患排查').points).toBe(12);
    expect(node(s, '应急演练').points).toBe(8);
  });

  it('reads points written inside names and keeps the names without them', () => {
    const s = schemeOf(
      importRows([
        ['一级指标', '二级指标'],
        ['一、安全生产（20分）', '1.隐患排查（12分）'],
        ['', '2.应急演练（8分）'],
      ]),
    );
    expect(node(s, '安全生产')).toMatchObject({ points: 20, code: '一、' });
    expect(node(s, '应急演练')).toMatchObject({ points: 8, code: '2.', level: 2 });
  });

  it('warns when a name and the points column disagree, and uses the column', () => {
    const result = importRows([
      ['一级指标', '二级指标', '分值'],
      ['安全生产', '每月整治工作情况（0.2分）', '2'],
    ]);
    expect(node(schemeOf(result), '每月整治工作情况').points).toBe(2);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'points-conflict',
        row: 2,
        column: '分值',
      }),
    ]);
  });

  it('nests "1" rows under "一、" sections of a 序号 column, both named in one column (shicheng)', () => {
    const result = importRows([
      ['序号', '考核项目', '分值', '考核指标', '考核部门'],
      ['', '总分', '100', '', ''],
      ['一、', '组织保障', '30', '', ''],
      ['1', '健全组织体系', '10', '建立领导小组，得5分；未建立的扣5分。', '县委办'],
      ['2', '落实工作经费', '20', '经费足额到位，得20分。', '县财政局'],
      ['二、', '信息报送', '10', '按时报送信息，得10分。', '县委办'],
    ]);
    const s = schemeOf(result);
    expect(leaves(s).map((n) => n.name)).toEqual(['健全组织体系', '落实工作经费', '信息报送']);
    expect(node(s, '落实工作经费')).toMatchObject({
      level: 2,
      code: '2',
      points: 20,
      department: '县财政局',
    });
    expect(node(s, '组织保障')).toMatchObject({ level: 1, code: '一、', points: 30 });
    expect(node(s, '信息报送')).toMatchObject({ level: 1, rule: '按时报送信息，得10分。' });
    expect(roleOf(result, '序号')).toBe('code');
    expect(roleOf(result, '考核指标')).toBe('rule');
    expect(result.skipped).toEqual([{ row: 2, reason: 'total', text: '总分 | 100' }]);
  });

  it('reads an outline numbered inside a single name column ("一、" above "1.")', () => {
    const s = schemeOf(
      importRows([
        ['指标', '分值'],
        ['一、安全生产', '20'],
        ['1.隐患排查', '10'],
        ['2.应急演练', '10'],
        ['二、环境保护', '10'],
      ]),
    );
    expect(path(s, node(s, '应急演练'))).toEqual(['安全生产', '应急演练']);
    expect(node(s, '环境保护').children).toEqual([]);
  });

  it('reads a fill-down export (levels repeated on every row) as one node per value', () => {
    const s = schemeOf(
      importRows([
        ['类别', '项目', '指标', '分值'],
        ['安全', '隐患', '排查', '5'],
        ['安全', '隐患', '整改', '5'],
        ['安全', '应急', '演练', '10'],
        ['环境', '污水', '处理率', '10'],
      ]),
    );
    expect(s.nodes.filter((n) => n.level === 1).map((n) => n.name)).toEqual(['安全', '环境']);
    expect(node(s, '隐患').children).toHaveLength(2);
    expect(path(s, node(s, '整改'))).toEqual(['安全', '隐患', '整改']);
  });

  it('keeps items with the same name under one parent apart (huzhou: five 是否存在一票否优情形)', () => {
    const s = schemeOf(
      importRows([
        ['评估项目', '评估指标', '评分方法'],
        ['配置效益', '平均年龄', '不大于平均年龄的，得2分；每超1岁扣0.5分'],
        ['一票否优', '是否存在一票否优情形', '受到通报批评的'],
        ['', '是否存在一票否优情形', '发生重大突发事件的'],
      ]),
    );
    expect(s.nodes.filter((n) => n.name === '是否存在一票否优情形')).toHaveLength(2);
  });

  it('adds a row with no level cell to the item above; its points add up (jilin)', () => {
    const s = schemeOf(
      importRows([
        ['一级指标', '二级指标', '分值', '理由'],
        ['项目效果', '经济效益', '5', '①'],
        ['', '', '5', '②'],
        ['', '社会效益', '5', '①'],
      ]),
    );
    expect(node(s, '经济效益')).toMatchObject({ points: 10, rows: [2, 3] });
  });

  it('carries a department merged over several items down to them (zerendanwei)', () => {
    const s = schemeOf(
      importRows([
        ['考核项目', '', '分值', '考核内容', '评分标准'],
        ['重点考核部门', '县农粮局', '30', '畜禽养殖污染控制', '建立台账（5分）'],
        ['', '', '15', '化肥农药减量', '推广技术（10分）'],
        ['', '县工信局', '60', '工业污水防治', '完善设施（35分）'],
      ]),
    );
    expect(node(s, '化肥农药减量').department).toBe('县农粮局');
    expect(node(s, '工业污水防治').department).toBe('县工信局');
  });

  it('reads English headers and a semicolon-delimited file', () => {
    const text = csv(
      [
        ['level1', 'level2', 'points', 'rule'],
        ['Safety', 'Hazard checks', '5', 'minus 1, at most 5'],
        ['', 'Drills', '5', '5 points if held'],
      ],
      ';',
    );
    const result = importScheme(utf8(text), 'plan.csv');
    expect(result.delimiter).toBe(';');
    const s = schemeOf(result);
    expect(path(s, node(s, 'Drills'))).toEqual(['Safety', 'Drills']);
    expect(node(s, 'Hazard checks').rule).toBe('minus 1, at most 5');
  });

  it('reads a table with no header row from the shape of its data', () => {
    const result = importRows([
      ['安全生产', '隐患排查', '5'],
      ['', '应急演练', '5'],
      ['环境保护', '污水处理', '10'],
    ]);
    expect(result.mapping?.headerRows).toBe(0);
    const s = schemeOf(result);
    expect(node(s, '应急演练')).toMatchObject({ points: 5, rows: [2] });
    expect(path(s, node(s, '应急演练'))).toEqual(['安全生产', '应急演练']);
  });

  it('drops a heading with nothing under it, as a warning and a skipped row', () => {
    const result = importRows([
      ['一级指标', '二级指标', '三级指标', '分值'],
      ['项目产出', '产出数量', '检疫完成率', '8'],
      ['', '产出成本', '', ''],
      ['', '产出质量', '截获率', '5'],
    ]);
    const s = schemeOf(result);
    expect(s.nodes.some((n) => n.name === '产出成本')).toBe(false);
    expect(result.skipped).toContainEqual({ row: 3, reason: 'empty-branch', text: '产出成本' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'empty-branch', row: 3 }));
  });

  it('nests rows by dotted numbers in a 编号 column (1 / 1.1 / 1.1.1)', () => {
    const s = schemeOf(
      importRows([
        ['编号', '指标', '分值'],
        ['1', '党的建设', '30'],
        ['1.1', '基层党建', '20'],
        ['1.1.1', '支部标准化', '10'],
        ['1.1.2', '三会一课', '10'],
        ['1.2', '党风廉政', '10'],
        ['1.2.1', '廉政教育', '10'],
        ['2', '经济发展', '20'],
        ['2.1', '招商引资', '20'],
        ['2.1.1', '项目数', '20'],
      ]),
    );
    expect(path(s, node(s, '三会一课'))).toEqual(['党的建设', '基层党建', '三会一课']);
    expect(node(s, '三会一课')).toMatchObject({ code: '1.1.2', level: 3, points: 10 });
    expect(s.nodes.filter((n) => n.level === 1).map((n) => n.name)).toEqual([
      '党的建设',
      '经济发展',
    ]);
  });

  it('starts the table below a title row, which is skipped', () => {
    const result = importRows([
      ['某县2021年度乡镇综合考核细则', '', ''],
      ['一级指标', '二级指标', '分值'],
      ['安全生产', '隐患排查', '5'],
    ]);
    expect(result.skipped).toEqual([
      { row: 1, reason: 'title', text: '某县2021年度乡镇综合考核细则' },
    ]);
    expect(node(schemeOf(result), '隐患排查')).toMatchObject({ rows: [3], points: 5 });
  });

  it('keeps explicit kind, incentive and veto columns as raw text on the items', () => {
    const result = importRows([
      ['一级指标', '二级指标', '类型', '加扣分', '一票否决', '备注'],
      ['安全生产', '隐患排查', '过程', '扣分', '否', '每季度一次'],
      ['', '重大事故', '结果', '扣分', '是', ''],
    ]);
    expect(result.mapping!.columns.map((c) => c.role)).toEqual([
      'level',
      'level',
      'kind',
      'incentive',
      'veto',
      'note',
    ]);
    expect(node(schemeOf(result), '隐患排查')).toMatchObject({
      kindText: '过程',
      incentiveText: '扣分',
      vetoText: '否',
      note: '每季度一次',
    });
    expect(node(schemeOf(result), '重大事故').vetoText).toBe('是');
  });

  it('takes the year from a year column holding one year, and warns when it holds several', () => {
    const one = importRows([
      ['年度', '一级指标', '二级指标'],
      ['2021', '安全生产', '隐患排查'],
      ['2021', '', '应急演练'],
    ]);
    expect(schemeOf(one).year).toBe(2021);
    const two = importRows([
      ['年度', '一级指标', '二级指标'],
      ['2020', '安全生产', '隐患排查'],
      ['2021', '', '应急演练'],
    ]);
    expect(schemeOf(two).year).toBeUndefined();
    expect(two.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'years-mixed', column: '年度' }),
    ]);
  });

  it('puts every node after its parent, each level equal to its depth', () => {
    const s = schemeOf(
      importRows([
        ['一级指标', '二级指标', '三级指标'],
        ['A', 'a', 'x'],
        ['', 'b', ''],
        ['B', '', 'y'],
      ]),
    );
    const seen = new Map<string, number>();
    for (const n of s.nodes) {
      const parentLevel = n.parent === null ? 0 : seen.get(n.parent);
      expect(parentLevel, n.name).toBeDefined();
      expect(n.level).toBe(parentLevel! + 1);
      seen.set(n.id, n.level);
    }
    expect(path(s, node(s, 'y'))).toEqual(['B', 'y']);
  });
});
