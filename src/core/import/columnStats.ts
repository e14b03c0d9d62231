/**
 * The shape of a column's data, the evidence detection reads besides the header (import
 * brief: "a column of mostly numbers is points; long sentences are a rule; short repeated
 * values from a small set are a department").
 */
import { isNumberCell } from './parsePoints';
import { parseCode } from './numbering';

/** Counts over the filled cells of one column (rows: the data rows looked at). */
export interface ColumnStats {
  rows: number;
  filled: number;
  numeric: number;
  codes: number;
  /** Cells with no letter or digit: "/", "①", "√", "-". */
  marks: number;
  /** Cells of a form to fill in: check boxes "有□、无□". */
  template: number;
  distinct: number;
  medianLength: number;
  /** Cells with scoring wording: 得2分, 扣0.5分, 不得分, 扣完为止, 每少一次 … */
  ruleLike: number;
  /** Cells that read as sentences (commas or full stops, 15 characters or more). */
  sentence: number;
  /** Cells whose every part names an organisation (县水利局, 县委宣传部). */
  orgLike: number;
  /** Cells that are only a numbered name ("安全生产（10分）"). */
  pointsInName: number;
  /** Cells equal to the cell of the row just above (fill-down exports repeat levels). */
  repeats: number;
  /** Numbers greater than the filled cell before them (1.1 → 1.21 → 2.1: a numbering). */
  rises: number;
}

const MARK = /^[^\p{L}\p{Nd}]{1,3}$/u;
const TEMPLATE = /[□☐■]/;
const RULE_WORDS =
  /[得扣加奖减罚]\s*[^\s，。；;,]{0,8}?\s*[+-]?\d+(?:\.\d+)?\s*分|不得分|扣完为止|酌情[扣加给奖]|按.{0,12}比例.{0,4}[得扣计]分|一票否决|每(?:少|缺|超|低|迟|漏|发现|有|出现)/;
const SENTENCE = /[，。,]/;
const ORG =
  /(局|委|办|部|站|所|中心|院|队|厅|处|科|室|会|公司|政府|街道|管委会|office|department|bureau|agency|committee|ministry)$/i;
const POINTS_SUFFIX = /[（(]\s*[+-]?\d+(?:\.\d+)?\s*分[^（）()]*[）)]\s*$/;

const numbered = (cell: string) => /^\d+(?:\.\d+)*$/.test(cell);

/**
 * True when the dotted number `b` comes after `a`, read either as decimals (1.21 after 1.2)
 * or as outline numbers (1.10 after 1.9).
 */
function codeAfter(b: string, a: string): boolean {
  if (!numbered(a)) return false;
  if (Number(b) > Number(a)) return true;
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (y[i] !== x[i]) return y[i] > x[i];
  return y.length > x.length;
}

function isOrg(cell: string): boolean {
  const parts = cell.split(/[\n、，,/；;\s]+/).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => p.length <= 16 && ORG.test(p));
}

/** Profiles one column over the given rows. */
export function columnStats(
  table: readonly string[][],
  col: number,
  rows: readonly number[],
): ColumnStats {
  const s: ColumnStats = {
    rows: rows.length,
    filled: 0,
    numeric: 0,
    codes: 0,
    marks: 0,
    template: 0,
    distinct: 0,
    medianLength: 0,
    ruleLike: 0,
    sentence: 0,
    orgLike: 0,
    pointsInName: 0,
    repeats: 0,
    rises: 0,
  };
  const lengths: number[] = [];
  const distinct = new Set<string>();
  let above = '';
  let lastFilled = '';
  for (const r of rows) {
    const cell = table[r][col];
    const repeat = cell !== '' && cell === above;
    above = cell;
    if (cell === '') continue;
    if (repeat) s.repeats++;
    s.filled++;
    lengths.push(cell.length);
    distinct.add(cell);
    const numeric = isNumberCell(cell);
    if (numeric) s.numeric++;
    if (parseCode(cell)) s.codes++;
    if (MARK.test(cell)) s.marks++;
    if (TEMPLATE.test(cell)) s.template++;
    if (RULE_WORDS.test(cell)) s.ruleLike++;
    if (cell.length >= 15 && SENTENCE.test(cell)) s.sentence++;
    if (!numeric && isOrg(cell)) s.orgLike++;
    if (POINTS_SUFFIX.test(cell)) s.pointsInName++;
    if (lastFilled !== '' && numbered(cell) && codeAfter(cell, lastFilled)) s.rises++;
    lastFilled = cell;
  }
  s.distinct = distinct.size;
  lengths.sort((a, b) => a - b);
  s.medianLength = lengths.length > 0 ? lengths[lengths.length >> 1] : 0;
  return s;
}

/** A count as a share of the filled cells (0 when none are filled). */
export function share(stats: ColumnStats, count: number): number {
  return stats.filled > 0 ? count / stats.filled : 0;
}
