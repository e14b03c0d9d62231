/**
 * What a header's words say about its column (DESIGN.md input formats and the corpus
 * README). A hint is strong when the words are unambiguous (分值, 评分标准, 二级指标) and weak
 * when they only suggest an indicator name (考核项目, 评估指标, 工作要求): the shape of the
 * data decides weak hints (detectLevels.ts).
 */
import { compact } from './cells';

/** The kinds of hint a header can give. */
export type HintKind =
  | 'entry' // a column to fill in while scoring: 得分, 考核结果, 数据项
  | 'code' // 序号 / 编号
  | 'id'
  | 'parent'
  | 'level' // ordinal level: 一级指标, level2, 大项 …
  | 'points'
  | 'rule' // 评分标准, 评分方法 …
  | 'method' // 考核方法: how the item is checked; the rule when there is no 评分标准
  | 'note'
  | 'department'
  | 'veto'
  | 'kind'
  | 'incentive'
  | 'year'
  | 'name'; // weak: an indicator name of some level

export interface HeaderHint {
  kind: HintKind;
  /** For 'level': the ordinal the header states (一级 → 1). */
  level?: number;
  /** The header words that matched. */
  matched: string;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

// Checked in order; the first match wins. Exact forms come before the substrings that would
// also match them (得分 before 分; 计量单位 before 单位; 上级编号 before 编号).
const RULES: { kind: HintKind; re: RegExp }[] = [
  {
    kind: 'entry',
    re: /^(得分|实得分|考核得分|自评分|自评得分|实际得分|得分情况|扣分情况|考核结果|考评结果|评价结果|自查情况|考核情况|指标值|实际值|完成值|完成情况|采集数据项|数据项\d*|理由|scoreobtained|result)$/,
  },
  {
    kind: 'parent',
    re: /^(上级|父级|父|上层|上级编号|上级代码|上级指标编号|上级指标代码|上级id|父编号|父级编号|父节点|父id|父级id|parent|parentid|parent_id|parentcode|parent_code|pid|p_id)$/,
  },
  { kind: 'id', re: /^(id|key|指标id|节点编号|节点id|指标编码|指标代码|指标编号)$/ },
  { kind: 'code', re: /^(序号|编号|序|编码|代码|no\.?|num|number|#|code|条目编号|题号)$/ },
  { kind: 'veto', re: /(否决|否优|veto)/ },
  {
    kind: 'note',
    re: /(备注|说明|注释|附注|note|remark|comment|计量单位|目标值|标准值|^unit$)/,
  },
  {
    kind: 'rule',
    re: /(评分标准|评分细则|评分方法|评分办法|评分规则|评分说明|评分依据|计分方法|计分办法|计分标准|计分规则|扣分标准|扣分细则|考核标准|评价标准|考评标准|scoring|rule|criteria|criterion)/,
  },
  {
    kind: 'method',
    re: /(考核方法|考核方式|考核办法|检查方法|检查方式|考评方法|考评方式|核查方法|核查方式|评价方法|评估方法|验证方式|method|verification)/,
  },
  {
    kind: 'points',
    re: /(分值|分数|权重|标准分|满分|基础分|总分|配分|赋分|^分$|points?|score|weight|marks?)/,
  },
  {
    kind: 'department',
    re: /(责任单位|责任部门|考核部门|牵头单位|牵头部门|负责部门|负责单位|考核单位|主管部门|主责部门|承办单位|实施单位|责任科室|责任处室|部门|单位|department|dept|owner|responsible|agency)/,
  },
  { kind: 'kind', re: /^(kind|type|类型|指标类型|指标性质|性质)$/ },
  {
    kind: 'incentive',
    re: /(incentive|加扣分|加减分|奖惩|奖扣|正负向|激励类型|加分或扣分)/,
  },
  { kind: 'year', re: /^(年份|年度|年|year)$/ },
];

const NAME_WORDS =
  /(名称|指标|项目|内容|要点|事项|任务|类别|条线|细则|要求|工作|name|title|label|item|indicator|category|criterion|area|domain)/;

/** The ordinal level a header states, if any: 一级指标 → 1, level3 → 3, 细项 → 3. */
function ordinal(h: string): number | undefined {
  let m = /^(?:第)?([一二三四五六七八九十])级(?:指标|项目|分类|目录|指标名称|名称|类别)?$/.exec(h);
  if (m) return CN_DIGITS[m[1]];
  m = /^(?:第)?(\d)级(?:指标|项目|分类|指标名称)?$/.exec(h);
  if (m) return Number(m[1]);
  m = /^(?:level|lvl|l)[\s_-]?(\d)(?:name)?$/.exec(h);
  if (m) return Number(m[1]);
  const sizes: Record<string, number> = { 大项: 1, 中项: 2, 小项: 3, 细项: 4, 子项: 4 };
  return sizes[h];
}

function hintOfPart(part: string): HeaderHint | null {
  const h = compact(part).toLowerCase();
  if (h === '') return null;
  const level = ordinal(h);
  if (level !== undefined) return { kind: 'level', level, matched: part };
  for (const { kind, re } of RULES) if (re.test(h)) return { kind, matched: part };
  if (NAME_WORDS.test(h)) return { kind: 'name', matched: part };
  return null;
}

/**
 * The hint of a header. A two-row header ("采集数据项 / 数据项1") is read from its most
 * specific part first; a points word anywhere wins over a level word ("分值 / 一级").
 */
export function headerHint(header: string): HeaderHint | null {
  const parts = header.split(' / ').filter((p) => p.trim() !== '');
  const hints = parts
    .slice()
    .reverse()
    .map(hintOfPart)
    .filter((h): h is HeaderHint => h !== null);
  if (hints.length === 0) return null;
  const points = hints.find((h) => h.kind === 'points');
  if (points && hints[0].kind === 'level') return { ...points, level: hints[0].level };
  const strong = hints.find((h) => h.kind !== 'name');
  return strong ?? hints[0];
}

/** True when a cell's text is a known header word (used to spot header and repeated rows). */
export function isHeaderWord(cell: string): boolean {
  if (cell.length > 14) return false;
  const hint = hintOfPart(cell);
  return hint !== null && hint.kind !== 'name';
}
