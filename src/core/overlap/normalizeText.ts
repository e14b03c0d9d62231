/**
 * Text normalisation for overlap detection (DESIGN.md "Overlap": "Normalized text
 * (punctuation, numbers and scoring boilerplate removed)"). Two items assess the same thing
 * when their content matches, whatever their numbering, points or scoring phrases; so all of
 * those are cut away before the texts are compared. Every removed piece becomes a space, so
 * no character bigram is ever formed across a removed piece.
 */

/** Chinese numerals as they appear in numbering and in point values (扣三分, 一、). */
const CN_DIGITS = '一二三四五六七八九十百两半零〇';
/** A point value: 2, 0.5, 三, 两 … */
const VALUE = `(?:\\d+(?:\\.\\d+)?|[${CN_DIGITS}]+)`;
/** Characters that end a clause: a boilerplate pattern never reaches past one of these. */
const CLAUSE_END = '.;!?。；！？\\n';

/**
 * Rules applied in order, after NFKC (full-width forms become ASCII: "（2分）" → "(2分)") and
 * lower-casing: [pattern, replacement, a character the text must contain for the pattern to
 * possibly match, or a list of pieces it must all contain]. The replacement keeps `$1` where a rule only removes a frame around
 * content. (The trigger only saves time: this runs on every leaf.)
 */
const RULES: [RegExp, string, RegExp | string | string[]][] = [
  // Point allocations written into a name or requirement: "安全生产（10分）", "(0.4分)".
  [new RegExp(`\\(\\s*[+-]?${VALUE}\\s*分\\s*\\)`, 'g'), ' ', ['分', '(']],
  [/\(\s*[+-]?\d+(?:\.\d+)?\s*(?:points?|pts?|marks?)\s*\)/g, ' ', /[pm]/],
  // Numbering: "一、" and "(二)" at the start of a text or clause ("统一、规范" is content).
  [new RegExp(`(^|[\\s,.;:、。；：])[${CN_DIGITS}]+[、.]`, 'g'), '$1 ', /[、.]/],
  [new RegExp(`\\(\\s*[${CN_DIGITS}]+\\s*\\)`, 'g'), ' ', '('],
  // Per-unit deductions: 每少一次扣1分, 每项扣0.5分, 每低1%，扣0.1分.
  [new RegExp(`每[^${CLAUSE_END}]{0,10}?[扣减]\\s*(?:${VALUE}\\s*分)?`, 'g'), ' ', '每'],
  // Attainment scoring: 按完成比例得分, 按第1名的比例得分.
  [new RegExp(`按[^${CLAUSE_END},]{0,12}?得分`, 'g'), ' ', ['按', '得分']],
  [/不得分/g, ' ', '不得分'],
  // 扣X分, 得X分, 加X分, 减X分, 奖X分, 计X分, and the bare 扣分/得分/加分.
  [new RegExp(`[扣减得加奖计]\\s*${VALUE}?\\s*分`, 'g'), ' ', '分'],
  // "未…的": the frame words go, the clause between them names what is checked
  // (未公示制度的 → 公示制度), so it stays.
  [new RegExp(`未([^${CLAUSE_END},]{1,16}?)的`, 'g'), ' $1 ', ['未', '的']],
  [/酌情|扣完为止|为止/g, ' ', /[酌止]/],
  // English scoring phrases: "deduct 1 point", "2 points".
  [
    /\b(?:deduct(?:ed|s)?|minus|lose|add(?:ed|s)?|award(?:ed|s)?|score(?:d|s)?|gain(?:ed|s)?|gets?)\s+\d+(?:\.\d+)?\s*(?:points?|pts?|marks?)\b/g,
    ' ',
    /\d/,
  ],
  [/\b(?:no|zero|full)\s+(?:points?|marks?)\b/g, ' ', /[pm]/],
  [/\d+(?:\.\d+)?\s*(?:points?|pts?|marks?)\b/g, ' ', /\d/],
  // Any remaining point value: 满分10分 → 满分.
  [/\d+(?:\.\d+)?\s*分/g, ' ', '分'],
  // Numbers, unless they are part of a Latin word (5g, h7n9).
  [/(?<![a-z\d])\d+(?:\.\d+)?(?![a-z\d])/g, ' ', /\d/],
  // Then punctuation and symbols go: see collapseSymbols.
];

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** LETTER_OR_NUMBER tested once for each BMP code unit, on first use. */
let letterOrNumber: Uint8Array | undefined;

function isLetterOrNumber(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
  if (!letterOrNumber) {
    letterOrNumber = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      letterOrNumber[c] = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 0;
    }
  }
  return letterOrNumber[codePoint] === 1;
}

/**
 * Every run of code points that are neither letters nor numbers (punctuation, symbols,
 * spaces, lone surrogates) as one space: what `s.replace(/[^\p{L}\p{N}]+/gu, ' ')` gives,
 * by one pass over a table. That regex, run on every leaf, took half of normalizeText's
 * time at 100,000 generated leaves (npm run bench).
 */
function collapseSymbols(s: string): string {
  let out = '';
  let kept = 0; // start of the text not yet copied to out
  for (let i = 0; i < s.length;) {
    let c = s.codePointAt(i) as number;
    if (isLetterOrNumber(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    out += s.slice(kept, i) + ' ';
    do {
      i += c > 0xffff ? 2 : 1;
      c = i < s.length ? (s.codePointAt(i) as number) : 0x30;
    } while (!isLetterOrNumber(c));
    kept = i;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

/**
 * The text an overlap comparison sees: NFKC, lower case, with numbering, point values,
 * scoring boilerplate, numbers and punctuation removed; pieces separated by single spaces.
 *
 * @example normalizeText('（二）未公示制度的，每项扣0.5分') === '公示制度'
 */
export function normalizeText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement, trigger] of RULES) {
    const possible =
      typeof trigger === 'string'
        ? s.includes(trigger)
        : Array.isArray(trigger)
          ? trigger.every((piece) => s.includes(piece))
          : trigger.test(s);
    if (possible) {
      s = s.replace(pattern, replacement);
    }
  }
  return collapseSymbols(s).trim();
}
