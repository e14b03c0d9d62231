/**
 * Sentence patterns of assessment items, filled with a topic's objects ({o}). Process
 * patterns are the "六多" of the background press coverage — meetings, ledgers (台账),
 * traces (留痕), reports, plans, bodies set up, publicity, signs, app check-ins,
 * inspections — the kinds of criterion the 2024 burden-reduction regulations forbid
 * (DESIGN.md). Outcome patterns judge a result.
 */

/**
 * Items satisfied by doing things or producing paperwork. The words around {o} are short and
 * share no bigram with one another, so two items differ mostly by their object: items on
 * different objects stay apart (bigram Jaccard well under 0.5) and so do two requirements on
 * the same object.
 */
export const PROCESS_TEMPLATES: readonly string[] = [
  '召开{o}专题会议',
  '参加{o}调度会',
  '{o}会议纪要',
  '建立{o}工作台账',
  '{o}档案归集',
  '{o}过程留痕',
  '{o}影像资料',
  '报送{o}进展信息',
  '{o}月报季报',
  '{o}年度总结',
  '制定{o}实施方案',
  '出台{o}配套制度',
  '成立{o}领导小组',
  '明确{o}联络员',
  '开展{o}宣传活动',
  '张贴{o}标语横幅',
  '组织{o}业务培训',
  '设置{o}公示牌',
  '{o}制度上墙',
  '通过APP上报{o}',
  '{o}每日打卡',
  '{o}系统录入',
  '{o}督查检查',
  '配合做好{o}',
];

/** Items judged by a result, built on a topic's objects. */
export const OUTCOME_TEMPLATES: readonly string[] = [
  '{o}完成率',
  '{o}满意度',
  '{o}达标率',
  '{o}覆盖率',
  '{o}知晓率',
];

/** Aspects that turn a topic into a sub-item name (二级指标): 安全生产 + 责任落实. */
export const SUB_ITEM_ASPECTS: readonly string[] = [
  '工作',
  '责任落实',
  '基础工作',
  '专项整治',
  '宣传教育',
  '制度建设',
  '日常管理',
  '目标任务',
  '督查考核',
  '队伍建设',
];

/**
 * Parts of synthetic place names (杨柳湾, 青石岭 …): a first character, a second and a
 * landform. When a topic's vocabulary is used up (about 13,000 items in all), further items
 * are about road or river sections between two such places — 金源墩至柳中堡段每日打卡 — so
 * that names stay distinct at any size instead of repeating, which would make every large
 * scheme look like one big cluster of overlaps.
 */
export const PLACE_FIRST =
  '东西南北上下大小新老金银龙凤桃李杨柳松竹梅兰白黄青红长平安和兴福宝云天高石马牛';
export const PLACE_SECOND =
  '山水泉林塘河溪湖田桥花木枫梨茶桑沙沿家阳阴源头尾门前后中仁义礼智信德胜利丰';
export const PLACE_LANDFORM = '湾坪岭冲坳垸坝岗铺店庄寨园港洲峰岩沟坡堡营埠墩圩垄畈';

/**
 * Small wording changes between two departments' versions of one item, each read left to
 * right: a synonym, a particle, a word order.
 */
export const SYNONYMS: readonly (readonly [string, string])[] = [
  ['召开', '组织召开'],
  ['专题会议', '专题会'],
  ['调度会', '调度会议'],
  ['会议纪要', '会议记录'],
  ['制度上墙', '制度公开上墙'],
  ['影像资料', '照片资料'],
  ['进展信息', '进展情况'],
  ['配套制度', '配套文件'],
  ['APP上报', 'APP报送'],
  ['配合做好', '协助做好'],
  ['建立', '建立健全'],
  ['工作台账', '台账'],
  ['档案归集', '档案整理'],
  ['过程留痕', '全程留痕'],
  ['报送', '按时报送'],
  ['月报季报', '月报'],
  ['年度总结', '全年总结'],
  ['制定', '研究制定'],
  ['实施方案', '工作方案'],
  ['领导小组', '工作专班'],
  ['联络员', '联系人'],
  ['开展', '组织开展'],
  ['宣传活动', '宣传'],
  ['标语横幅', '横幅标语'],
  ['业务培训', '培训'],
  ['设置', '规范设置'],
  ['公示牌', '公开栏'],
  ['每日打卡', '打卡'],
  ['系统录入', '录入系统'],
  ['督查检查', '检查督查'],
  ['完成率', '完成情况'],
  ['满意度', '满意率'],
  ['达标率', '达标情况'],
  ['覆盖率', '覆盖面'],
  ['知晓率', '知晓度'],
  ['发生数', '发生情况'],
  ['发生次数', '发生情况'],
];

/**
 * Words that make a template and an object stutter when both contain them
 * (开展普法宣传集中宣传活动): such pairs are not combined.
 */
export const STUTTER_WORDS: readonly string[] = [
  '报送',
  '会议',
  '台账',
  '宣传',
  '培训',
  '检查',
  '公示',
  '牌',
  '档案',
  '信息',
  '系统',
  '方案',
  '制度',
  '打卡',
  '留痕',
  '整改',
  '群众',
  '任务',
  '目标',
  '督查',
  '管理',
];

/** Words a second department adds in front of an item it also assesses, when it starts with a verb. */
export const ECHO_PREFIXES: readonly string[] = ['认真', '切实', '扎实', '按要求'];

/** Verbs an item may start with; only such items take an ECHO_PREFIX. */
export const LEADING_VERBS =
  /^(召开|参加|建立|报送|制定|出台|成立|明确|开展|张贴|组织|设置|通过|配合)/;

/** Words it adds at the end of an item that does not already end in a measure word. */
export const ECHO_SUFFIXES: readonly string[] = ['情况', '落实情况'];

/** Endings that take no ECHO_SUFFIX (完成率情况 is not Chinese anyone writes). */
export const MEASURE_ENDINGS = /(率|度|数|情况|比例|完成)$/;
