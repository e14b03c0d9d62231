/**
 * The eight real schemes of /work/shared/corpus (README there): each must open with the right
 * number of detailed items, those items must be the ones labels.csv lists, and a few facts
 * checked by hand against each file must hold.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importScheme } from '../../../src/core/import/importScheme';
import type { ImportResult, Scheme } from '../../../src/core/types';
import { CORPUS, corpusBytes, leaves, node, path, roleOf, schemeOf } from './helpers';

const FILES: [string, number][] = [
  ['shicheng_2018_hezhang_xiangzhen.csv', 25],
  ['shicheng_2018_hezhang_zerendanwei.csv', 42],
  ['jiaojing_gongjian_dadui_kaohe.csv', 61],
  ['huzhou_bianzhi_zhixiao_shijibumen.csv', 22],
  ['huzhou_bianzhi_zhixiao_quxian.csv', 20],
  ['ganbu_dangan_shenhe_pingfen.csv', 23],
  ['jilin_ciq_2016_yiqingyibing_jixiao.csv', 34],
  ['changshu_2013_weishengjiandu_xieguan_kaoping.csv', 27],
];

const results = new Map<string, ImportResult>(
  FILES.map(([f]) => [f, importScheme(corpusBytes(f), f)]),
);
const scheme = (f: string): Scheme => schemeOf(results.get(f)!);

// labels.csv row_text is the item as written in the table; the importer keeps names without
// a leading numbering ("1）") or a plain points suffix ("（0.4分）"), so both sides drop them.
const normalize = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、）)](?!\d))/, '')
    .replace(/[（(][\d.]+分[）)]$/, '');

const labels = Papa.parse<Record<string, string>>(
  readFileSync(resolve(CORPUS, 'labels.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

describe('importScheme(bytes) on the real schemes of the corpus', () => {
  it.each(FILES)('%s opens with %i detailed items and no errors', (file, count) => {
    const result = results.get(file)!;
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe(',');
    expect(leaves(scheme(file))).toHaveLength(count);
  });

  it.each(FILES)('%s: the leaves are the items labels.csv lists, in file order', (file) => {
    const expected = labels.filter((l) => l.file === file).map((l) => normalize(l.row_text));
    expect(leaves(scheme(file)).map((n) => normalize(n.name))).toEqual(expected);
  });

  it.each(FILES)('%s: re-applying the detected mapping gives the same scheme', (file) => {
    const again = importScheme(corpusBytes(file), file, { mapping: results.get(file)!.mapping! });
    expect(again.scheme).toEqual(scheme(file));
  });

  it.each(FILES)('%s: every column of the mapping says why it has its role', (file) => {
    for (const c of results.get(file)!.mapping!.columns) expect(c.reason, c.header).toBeTruthy();
  });

  // Detection must not depend on the header words it knows (import brief: judged on schemes
  // it has never seen): the same files with unanticipated or meaningless headers.
  it.each([
    ['jiaojing_gongjian_dadui_kaohe.csv', '考核类别,考核项目,考核内容,考核要点,分值,数据列'],
    ['jiaojing_gongjian_dadui_kaohe.csv', 'A,B,C,D,E,F'],
    ['changshu_2013_weishengjiandu_xieguan_kaoping.csv', 'A,B,C,D,E,F'],
    ['shicheng_2018_hezhang_xiangzhen.csv', 'A,B,C,D,E'],
    ['shicheng_2018_hezhang_zerendanwei.csv', 'A,B,C,D,E,F,G'],
    ['huzhou_bianzhi_zhixiao_shijibumen.csv', 'No,Group,Item,How'],
    ['huzhou_bianzhi_zhixiao_quxian.csv', 'A,B,C'],
    ['ganbu_dangan_shenhe_pingfen.csv', 'A,B,C,D,E'],
  ])('%s with the header %s reads the same items', (file, header) => {
    const text = readFileSync(resolve(CORPUS, file), 'utf8');
    const renamed = header + text.slice(text.indexOf('\r\n'));
    const again = schemeOf(importScheme(new TextEncoder().encode(renamed), file));
    const facts = (s: Scheme) => leaves(s).map((n) => [path(s, n), n.points, n.rule, n.department]);
    expect(facts(again)).toEqual(facts(scheme(file)));
  });

  it('reads a corpus file saved as GB18030 into the same scheme', () => {
    const file = 'shicheng_2018_hezhang_zerendanwei.csv';
    const text = readFileSync(resolve(CORPUS, file), 'utf8');
    const result = importScheme(new Uint8Array(iconv.encode(text, 'gb18030')), file);
    expect(result.encoding).toBe('gb18030');
    expect(result.scheme?.nodes).toEqual(scheme(file).nodes);
  });

  it('reads a corpus file with a UTF-8 BOM into the same scheme', () => {
    const file = 'jilin_ciq_2016_yiqingyibing_jixiao.csv';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...corpusBytes(file)]);
    expect(importScheme(bytes, file).scheme?.nodes).toEqual(scheme(file).nodes);
  });

  it('lands rules on the leaves of every scheme with a rule column', () => {
    for (const file of [
      'shicheng_2018_hezhang_xiangzhen.csv',
      'shicheng_2018_hezhang_zerendanwei.csv',
      'huzhou_bianzhi_zhixiao_shijibumen.csv',
      'ganbu_dangan_shenhe_pingfen.csv',
      'changshu_2013_weishengjiandu_xieguan_kaoping.csv',
    ]) {
      for (const leaf of leaves(scheme(file)))
        expect(leaf.rule, `${file}: ${leaf.name}`).toBeTruthy();
    }
  });

  it('xiangzhen: "一、" sections over numbered items; the 总分 row is skipped', () => {
    const s = scheme('shicheng_2018_hezhang_xiangzhen.csv');
    const item = node(s, '全面推进河长制信息平台建设');
    expect(path(s, item)).toEqual(['巩固成果，提升河长制工作实效', '全面推进河长制信息平台建设']);
    expect(item).toMatchObject({ code: '5', points: 11, department: '县河长办', rows: [8] });
    expect(item.rule).toMatch(/^1\.推进APP巡河信息平台建设/);
    expect(node(s, '巩固成果，提升河长制工作实效')).toMatchObject({
      level: 1,
      points: 31,
      code: '一、',
    });
    // Sections 五、 and 六、 have no numbered items: they are detailed items themselves.
    expect(node(s, '加强宣传舆论、信息报送工作')).toMatchObject({
      level: 1,
      points: 7,
      children: [],
    });
    expect(s.nodes.filter((n) => n.level === 1)).toHaveLength(6);
    expect(results.get('shicheng_2018_hezhang_xiangzhen.csv')!.skipped).toEqual([
      { row: 2, reason: 'total', text: '总分 | 100' },
    ]);
  });

  it('zerendanwei: departments under the spanning 考核项目 header land on their items', () => {
    const result = results.get('shicheng_2018_hezhang_zerendanwei.csv')!;
    expect(result.mapping!.columns[2]).toMatchObject({ header: '', role: 'department' });
    const s = scheme('shicheng_2018_hezhang_zerendanwei.csv');
    const item = node(s, '持续推进农业化肥、农药减量化治理');
    expect(path(s, item)).toEqual([
      '部门履职差异考核项目',
      '重点考核部门',
      '持续推进农业化肥、农药减量化治理',
    ]);
    expect(item).toMatchObject({ points: 15, department: '县农粮局' });
    expect(node(s, '指导、推进农村沼气建设')).toMatchObject({
      points: 60,
      department: '县能源办',
      code: '30',
    });
    expect(path(s, node(s, '上级对口部门河长制内容检查评比情况'))).toEqual([
      '综合奖扣分项目',
      '上级对口部门河长制内容检查评比情况',
    ]);
    expect(node(s, '部门履职差异考核项目')).toMatchObject({
      points: 60,
      note: '按部门分值各60分考核',
    });
  });

  it('jiaojing: four levels with points inside the names', () => {
    const s = scheme('jiaojing_gongjian_dadui_kaohe.csv');
    const item = node(s, '辖区上门摸排');
    expect(path(s, item)).toEqual([
      '交通安全隐患排查整治攻坚行动',
      '清剿重点车辆和驾驶人源头隐患',
      '重点运输企业备案情况',
      '辖区上门摸排',
    ]);
    expect(item).toMatchObject({ level: 4, points: 0.4, code: '1）' });
    expect(node(s, '交通安全隐患排查整治攻坚行动').points).toBe(17);
    expect(node(s, '重点运输企业备案情况').points).toBe(1.5);
    expect(node(s, '驾驶人准入管理情况')).toMatchObject({ level: 3, points: 1, children: [] });
    expect(node(s, '依托防控体系检查部局布控重点车辆情况').points).toBe(-0.5);
    // The source's typo: "（0.2分）" in the name, 2 in the points column.
    expect(results.get('jiaojing_gongjian_dadui_kaohe.csv')!.issues).toEqual([
      expect.objectContaining({ code: 'points-conflict', row: 16, column: '分值' }),
    ]);
  });

  it('huzhou (city departments): 评估项目 merged over 评估指标 items', () => {
    const s = scheme('huzhou_bianzhi_zhixiao_shijibumen.csv');
    expect(s.nodes.filter((n) => n.level === 1).map((n) => n.name)).toEqual([
      '履职效能',
      '协同效应',
      '配置效益',
      '一票否优',
    ]);
    expect(node(s, '一票否优').children).toHaveLength(5);
    expect(node(s, '平均年龄')).toMatchObject({ code: '3.211', level: 2 });
    expect(node(s, '平均年龄').rule).toMatch(/^平均年龄不大于市级部门人员平均年龄的，得2分/);
  });

  it('huzhou (districts): the rule-like column names the items; 1.21-style numbers make no phantom groups', () => {
    const result = results.get('huzhou_bianzhi_zhixiao_quxian.csv')!;
    expect(roleOf(result, '评分方法')).toBe('level');
    const s = scheme('huzhou_bianzhi_zhixiao_quxian.csv');
    const groups = s.nodes.filter((n) => n.level === 1);
    expect(groups.map((n) => [n.name, n.children.length])).toEqual([
      ['工作绩效', 1],
      ['编制总量', 3],
      ['编制总量得分', 1],
      ['配置效益', 8],
      ['机构编制法治化', 3],
      ['一票否优事项', 4],
    ]);
    // Row 16 is numbered 2.232 (a typo) but sits under 机构编制法治化's merged cell.
    const typo = s.nodes.find((n) => n.rows[0] === 16)!;
    expect(path(s, typo)[0]).toBe('机构编制法治化');
  });

  it('ganbu: one level, 总分 as points, the 单项否决 veto column on every item', () => {
    const result = results.get('ganbu_dangan_shenhe_pingfen.csv')!;
    expect(result.mapping!.columns.map((c) => c.role)).toEqual([
      'code',
      'level',
      'points',
      'veto',
      'rule',
    ]);
    const items = leaves(scheme('ganbu_dangan_shenhe_pingfen.csv'));
    expect(items.every((n) => n.level === 1)).toBe(true);
    expect(items.filter((n) => n.vetoText === '是').map((n) => n.code)).toEqual(['1']);
    expect(items[1]).toMatchObject({
      name: '新任中管干部任命后两个月内报送档案',
      points: 3,
      rule: '逾期报送的，扣 3 分',
      vetoText: '否',
    });
  });

  it('jilin: repeated two-row headers, per-level 分值 columns, items printed over four rows', () => {
    const result = results.get('jilin_ciq_2016_yiqingyibing_jixiao.csv')!;
    expect(result.mapping!.headerRows).toBe(2);
    expect(
      result
        .mapping!.columns.filter((c) => c.role === 'points')
        .map((c) => [c.header, c.pointsLevel]),
    ).toEqual([
      ['权重', 1],
      ['分值', 2],
      ['分值', undefined],
    ]);
    const s = scheme('jilin_ciq_2016_yiqingyibing_jixiao.csv');
    expect(s.nodes.filter((n) => n.level === 1).map((n) => [n.name, n.points])).toEqual([
      ['预算绩效', 50],
      ['项目产出', 25],
      ['项目效果', 25],
    ]);
    const budget = node(s, '预算管理');
    const sum = budget.children.reduce(
      (a, id) => a + (s.nodes.find((n) => n.id === id)!.points ?? 0),
      0,
    );
    expect([budget.points, sum]).toEqual([75, 75]);
    expect(node(s, '检验检疫是否对地方外经作出贡献')).toMatchObject({
      points: 20,
      rows: [38, 39, 40, 41],
    });
    expect(node(s, '预算执行进度(7月)').note).toBe('计量单位：%\n目标值(标准)：40%');
    expect(result.skipped.map((k) => [k.row, k.reason])).toEqual([
      [12, 'repeated-header'],
      [13, 'repeated-header'],
      [34, 'empty-branch'],
      [35, 'blank'],
      [36, 'repeated-header'],
      [37, 'repeated-header'],
      [58, 'empty-branch'],
      [59, 'blank'],
      [60, 'total'],
    ]);
  });

  it('changshu: points in the 工作要求 names, 评分标准 as rule, the 综合得分 and 注 rows skipped', () => {
    const result = results.get('changshu_2013_weishengjiandu_xieguan_kaoping.csv')!;
    expect(roleOf(result, '考核结果')).toBe('ignore');
    const s = scheme('changshu_2013_weishengjiandu_xieguan_kaoping.csv');
    expect(node(s, '组织领导、计划总结和项目公示')).toMatchObject({ level: 1, points: 7 });
    expect(node(s, '在门诊大厅公示开展的卫生监督服务项目。')).toMatchObject({
      level: 2,
      points: 0.5,
      rule: '未公示的扣0.5分。',
      note: '考核方法：现场实地查看。',
    });
    expect(result.skipped.map((k) => [k.row, k.reason])).toEqual([
      [29, 'total'],
      [30, 'note'],
    ]);
  });
});
