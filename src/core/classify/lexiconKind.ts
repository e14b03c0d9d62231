import type { TermGroup } from './lexiconTypes';

/**
 * Process terms: the item is satisfied by doing things or producing artefacts. Written from
 * what the words mean in Chinese assessment practice (DESIGN.md "六多": forms, ledgers,
 * meetings, traces, inspections, signs) and the decision rules of the corpus README:
 * enforcement counts, administrative registration rates, cadre conduct, upward evaluation and
 * staffing are process.
 */
export const PROCESS_TERMS: TermGroup[] = [
  {
    note: 'meetings held or attended',
    weight: 2,
    // prettier-ignore
    terms: [
      { term: '会议', not: ['会议室', '会议中心', '会议厅'] }, { term: '开会', word: true }, '例会', '座谈会', '参会',
      '召开', '会议记录', '会议纪要', '调度会', '推进会', '缺席', '迟到', '早退', 'meeting', 'meetings', 'minutes', 'attendance',
    ],
  },
  {
    note: 'ledgers, records, reports and other paperwork',
    weight: 2,
    // prettier-ignore
    terms: [
      '台账', '台帐', '档案', { term: '资料', not: ['资料库'] }, '材料', '记录', '日志',
      { term: '报表', not: ['通报表扬', '通报表彰'] }, '月报', '简报', '总结', '上报', '报送', '迟报', '漏报', '瞒报', '填报',
      '填写', '工作方案', '实施方案', '工作计划', '年度计划', '方案', '规划', '文件', '发文', '证明', '证书', '开具', '履历表', '登记表',
      '审批表', '申报表', { term: '报告', not: ['报告厅'] }, '笔记', '心得', '名册', '清单', '述职', '采集', '录入', '入库',
      '建档', '登记', '备案', '报批', 'ledger', 'ledgers', 'records', 'report', 'reports', 'reporting', 'documents',
      'paperwork', 'plan', 'summary',
    ],
  },
  {
    note: 'bodies, rules and mechanisms set up',
    weight: 1.5,
    // prettier-ignore
    terms: [
      '领导小组', '工作小组', '成立', '组建', '设立', '健全', '制度', '机制', '体系', '办法', '细则', '预案', '责任人', '联络员',
      '分管领导', '责任状', '责任书', 'leading group', 'committee', 'mechanism',
    ],
  },
  {
    note: 'publicity, training, signs and notices',
    weight: 2,
    // prettier-ignore
    terms: [
      '培训', '轮训', '参训', '学时', '参学', '集中学习', { term: '学习', weight: 1 }, '宣传', '宣讲', '演练', '讲座', '公示', '公布', '挂牌', '标识', '标牌', '展板', '标语', '宣传册', '上墙', '悬挂',
      'training', 'publicity', 'campaign', 'signboard',
    ],
  },
  {
    note: 'inspections, patrols, supervision and enforcement performed',
    weight: 1.5,
    // prettier-ignore
    terms: [
      '督查', '督导', '督办', '巡查', '巡河', '巡访', '巡逻', '摸排', '排查', { term: '隐患*排查', weight: 2.5 },
      { term: '排查*隐患', weight: 2.5 }, '检查', '抽查', '抽检', '暗访', '走访', '回访', '上门', '查处', '执法', '打击',
      '约谈', '调查处理', '监督', '监管', '监测', '检验检疫', '查验', '整治', '治理工作', '考察', '审计', 'inspection',
      'inspections', 'patrol', 'patrols', 'enforcement', 'supervision',
    ],
  },
  {
    note: 'online engagement and apps',
    weight: 2,
    // prettier-ignore
    terms: [
      'APP', '学习强国', '打卡', '签到', '点赞', '转发', '公众号', '工作群', '微信群', '注册', '扫码', '信息平台', '系统',
      'check-in', 'likes', 'reposts',
    ],
  },
  {
    note: 'cooperation, guidance and assigned work',
    weight: 1,
    // prettier-ignore
    terms: [
      '配合', '协助', '协同', '参与', '指导', '组织开展', '开展', '部署', '推广', '试点', '落实', '完善', '规范', '加强',
      'cooperation', 'guidance',
    ],
  },
  {
    note: 'procedural and financial compliance',
    weight: 1.5,
    // prettier-ignore
    terms: [
      '审批', '审核', '程序', '合规', '违规', '违纪', '处分', '招标', '经费', '资金', '预算', '决算', '财务', '核算', '专账',
      '专帐', '差错率', '执行进度', '调整次数', 'compliance', 'procedure', 'budget', 'audit',
    ],
  },
  {
    note: 'staffing and personnel composition (input measures)',
    weight: 1.5,
    // prettier-ignore
    terms: [
      // Weak: 人员 is as often residents or practitioners (从业人员, 出入境人员) as staff.
      '编制', '机构', '职能', { term: '人员', weight: 0.5 }, '干部', '班子', '平均年龄', '学历', '研究生', '硕士', '队伍',
      '人力资源', 'staffing', 'headcount', 'personnel',
    ],
  },
  {
    note: 'equipment, reserves and other inputs',
    weight: 2,
    terms: ['配备', '配置', '仪器设备', '设备', '储备', '物资', 'equipment'],
  },
  {
    note: 'activities held, counted by how often',
    weight: 1,
    // prettier-ignore
    terms: [
      '活动', '场次', { term: '不少于*次', weight: 2 }, { term: '少一次', weight: 2 }, '每月', '每季度', '每半年', '联系',
      'times a year', 'sessions',
    ],
  },
  {
    note: 'campaigns, controls and studies carried out',
    weight: 1,
    terms: ['行动', '管控', '创建', { term: '研究', not: ['研究决定'] }, '技术示范', 'study'],
  },
  {
    note: 'monitoring of a state (the activity, not the state)',
    weight: 2.5,
    terms: ['水质*监测', '水质*检测', '环境监测', '质量监测', '监测工作', 'monitoring'],
  },
  {
    note: 'administrative rates that count government actions',
    weight: 2.5,
    // prettier-ignore
    terms: [
      '登记率', '备案率', '建档率', '上报率', '报送率', '及时率', '通报率', '采集率', '联网率', '在线率', '一致率', '办结率', '录入率',
      '拦截率', '排查率', '查处率', '检查率', '分级率', { term: '完成率', weight: 1.5 }, '计划完成率', '任务完成率', '工作完成率',
      '频次', '基数', '查处量', 'completion rate',
    ],
  },
  {
    note: 'upward evaluation by superiors',
    weight: 1.5,
    // prettier-ignore
    terms: [
      '通报表扬', '通报批评', '点名批评', '表彰', '表扬', '评比', '评先', '排名', '考评', '考核结果', '测评', '自评', 'ranking',
    ],
  },
];

/**
 * Outcome terms: a real-world result for people, the economy or the environment (corpus
 * README "outcome"): coverage of residents, incidents, environmental state, physical targets
 * completed, economic results.
 */
export const OUTCOME_TERMS: TermGroup[] = [
  {
    note: 'coverage and satisfaction of residents',
    weight: 2.5,
    // prettier-ignore
    terms: [
      '满意度', '满意率', '群众满意', '参保率', '持证率', '签约率', '入学率', '巩固率', '就业率', '普及率', '知晓率', '接种率', '受益',
      '群众评价', 'satisfaction', 'coverage of residents',
    ],
  },
  {
    note: 'incidents, accidents, petitions and crimes occurring or absent',
    weight: 2,
    // prettier-ignore
    terms: [
      { term: '事故', not: ['事故多发', '事故隐患', '事故易发'] }, '伤亡', { term: '死亡', not: ['死亡病例报告'] }, '火灾',
      '发案', '刑事案件', '犯罪率', '信访', '上访', '群体性事件', '突发事件', '重大事件', '食物中毒', '发病率', '传播', '治安稳定', '后果',
      '恶劣影响', '违约', 'incident', 'incidents', 'accident', 'accidents', 'deaths', 'petitions',
      'crime', 'complaints',
    ],
  },
  {
    note: 'environmental and product quality',
    weight: 2,
    // prettier-ignore
    terms: [
      '水质', '达标', '黑臭水体', '黑臭', '处理率', '无害化', '空气质量', '优良天数', '覆盖率', '合格率', '不合格', '检出率', '截获',
      '生态环境', '漂浮物', '无垃圾', '清洁', '污染', 'water quality', 'air quality', 'pollution',
    ],
  },
  {
    note: 'physical targets completed in the world',
    weight: 2,
    // prettier-ignore
    terms: [
      '建成', '竣工', '投入使用', '投运', '安装', '减速带', '改造', '消除', '取缔', '拆除', '关闭', '清理', '修复', '绿化', '设施',
      '管网', '处理厂', '水源', '示范河', '示范村', '人放天养', '反弹', '复养', '整改', '完成*建设',
      { term: '建设', weight: 1, not: ['平台建设', '制度建设', '机制建设', '体系建设', '队伍建设', '能力建设', '作风建设', '廉政建设', '信息化建设', '组织建设', '阵地建设', '党的建设', '党建', '文化建设', '法治建设', '规范化建设', '标准化建设'], },
      'completed', 'built',
    ],
  },
  {
    note: 'economic and social results',
    weight: 2,
    // prettier-ignore
    terms: [
      { term: '收入', word: true }, '增收', '生产总值', 'GDP', '税收', '招商引资', '外资', '产值', '利润', '床位', '脱贫',
      '就业', '效益', '贡献', '接种', { term: '补贴', weight: 1 }, { term: '津贴', weight: 1 }, '增速', '增加值', '零售总额', '零售额', '投资', '进出口', '贷款', '市场主体', '龙头企业',
      '高新技术企业', '规模以上', '用电量', '产量', '出栏', '播种面积', '接待人次', '债务',
      { term: '案件', weight: 1.5, not: ['查处案件', '办理案件', '案件查处', '案件办理', '办案'] }, '有效防止', '有利于', '身体健康', '健康水平', 'income', 'employment', 'growth',
    ],
  },
  {
    note: 'results stated as change or attainment',
    weight: 1,
    terms: ['下降', '减少', '降低', '实现', '确保', '稳定', '增长率', '目标完成', 'reduced'],
  },
];
