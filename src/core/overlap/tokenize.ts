/**
 * Tokens of a normalised text (DESIGN.md "Overlap": "character bigrams for Chinese, words for
 * Latin text"). Chinese is not written with spaces, so overlapping character pairs stand in
 * for words: 安全生产 → 安全 全生 生产. Latin text is split into lower-cased words, minus a few
 * function words that would make unrelated English items look alike.
 */

const STOP_WORDS = new Set(
  (
    'a an the of and or to in on at by for from with as is are be been was were it its this ' +
    'that each every per any all not no'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;
/** HAN tested once for each BMP code unit, on first use: the scan below is a hot loop. */
let hanTable: Uint8Array | undefined;

function isHan(codePoint: number): boolean {
  if (codePoint > 0xffff) return HAN.test(String.fromCodePoint(codePoint));
  if (!hanTable) {
    hanTable = new Uint8Array(0x10000);
    for (let c = 0x2e80; c < 0x10000; c++) hanTable[c] = HAN.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return hanTable[codePoint] === 1;
}

/**
 * A Chinese token as a number: a unigram is its code point; a bigram of two BMP characters
 * is first · 2¹⁶ + second (below 2³², above every code point, since Han starts at U+2E80);
 * a bigram with a character beyond the BMP is first · 0x110000 + second (above 2³²).
 */
function bigramKey(first: number, second: number): number {
  return first <= 0xffff && second <= 0xffff ? first * 0x10000 + second : first * 0x110000 + second;
}

/**
 * Calls `onHan` with the key of each Chinese token and `onWord` with each other word of a
 * text produced by `normalizeText`, repeats included. A Han run gives its character bigrams;
 * a run of a single Han character gives nothing, unless the text would otherwise have no
 * token at all: then such runs give their unigrams, so a one-character item can still match
 * an identical one. (Callbacks rather than an array: this runs on every leaf.)
 */
export function scanTokens(
  normalized: string,
  onHan: (key: number) => void,
  onWord: (word: string) => void,
): void {
  let emitted = 0;
  let lone: number[] | undefined; // code points of one-character Han runs
  let previous = -1; // the Han code point just before, or −1
  let runLength = 0;
  let wordStart = -1;
  const length = normalized.length;
  for (let i = 0; i <= length;) {
    const c = i < length ? (normalized.codePointAt(i) as number) : 0x20;
    const han = c !== 0x20 && isHan(c);
    if (!han && runLength > 0) {
      if (runLength === 1) (lone ??= []).push(previous);
      previous = -1;
      runLength = 0;
    }
    if (c === 0x20 || han) {
      if (wordStart >= 0) {
        const word = normalized.slice(wordStart, i);
        if (!STOP_WORDS.has(word)) {
          onWord(word);
          emitted++;
        }
        wordStart = -1;
      }
    } else if (wordStart < 0) wordStart = i;
    if (han) {
      if (previous >= 0) {
        onHan(bigramKey(previous, c));
        emitted++;
      }
      previous = c;
      runLength++;
    }
    i += c > 0xffff ? 2 : 1;
  }
  if (emitted === 0 && lone) for (const c of lone) onHan(c);
}

/** A Chinese token key back to its characters. */
export function hanKeyText(key: number): string {
  if (key < 0x110000) return String.fromCodePoint(key);
  const plane = key < 2 ** 32 ? 0x10000 : 0x110000;
  return String.fromCodePoint(Math.floor(key / plane), key % plane);
}

/**
 * The distinct tokens of a normalised text, as text, in order of first appearance.
 *
 * @example tokenize('安全生产 safety check') → ['安全', '全生', '生产', 'safety', 'check']
 */
export function tokenize(normalized: string): string[] {
  const tokens = new Set<string>();
  scanTokens(
    normalized,
    (key) => tokens.add(hanKeyText(key)),
    (word) => tokens.add(word),
  );
  return [...tokens];
}
