/**
 * Numbering as people write it in assessment tables: "一、" sections, "（一）" sub-sections,
 * "1" / "1." / "1.21" items, "1）" / "(1)" sub-items, "①". A numbering's *style* tells its
 * outline level apart from its value (shicheng_*.csv: "一、" rows are sections, "1" rows items).
 */
import { halfWidth } from './cells';

/** A cell that is nothing but a numbering. */
export interface Code {
  code: string;
  /** 'cn' 一、 | 'cn()' （一） | 'ar:N' 1 / 1.2 (N segments) | '1)' 1）(1) | '①' | 'A' */
  style: string;
}

const CN = '一二三四五六七八九十百零〇';
const RE_CN = new RegExp(`^[${CN}]+[、.．]?$`);
const RE_CN_PAREN = new RegExp(`^[（(][${CN}]+[）)]$`);
const RE_AR = /^\d+(?:\.\d+)*[.、]?$/;
const RE_AR_PAREN = /^(?:[（(]\d+[）)]|\d+[）)])$/;
const RE_CIRCLED = /^[①-⑳]$/;
const RE_LATIN = /^[A-Za-z][、.)）]$/;

/** The numbering a cell holds, or null when the cell is anything else (or longer than a code). */
export function parseCode(cell: string): Code | null {
  if (cell === '' || cell.length > 12) return null;
  const text = halfWidth(cell.trim());
  if (RE_AR.test(text)) {
    const segments = text.replace(/[.、]$/, '').split('.').length;
    return { code: cell.trim(), style: `ar:${segments}` };
  }
  if (RE_CN.test(text)) return { code: cell.trim(), style: 'cn' };
  if (RE_CN_PAREN.test(text)) return { code: cell.trim(), style: 'cn()' };
  if (RE_AR_PAREN.test(text)) return { code: cell.trim(), style: '1)' };
  if (RE_CIRCLED.test(text)) return { code: cell.trim(), style: '①' };
  if (RE_LATIN.test(text)) return { code: cell.trim(), style: 'A' };
  return null;
}

// A numbering prefix on a name: "一、", "（一）", "(1)", "1.", "1、", "1）", "2.3.1 ". "1.5倍"
// and "2018年" are not numberings: a digit may not follow the delimiter, and a bare number
// needs a delimiter.
const PREFIX = new RegExp(
  `^(?:[${CN}]+\\s*[、.．]|[（(]\\s*(?:[${CN}]+|\\d+)\\s*[）)]|\\d+(?:[.．]\\d+)*\\s*[、.．）)](?!\\d)|\\d+(?:[.．]\\d+)+(?=\\s))\\s*`,
);

const STARTS = new RegExp(`^[${CN}（(\\d]`);

/** Splits a leading numbering off a name; the name stays whole when nothing would remain. */
export function splitNumbering(name: string): { code?: string; name: string } {
  if (!STARTS.test(name)) return { name };
  const m = PREFIX.exec(name);
  if (!m) return { name };
  const rest = name.slice(m[0].length).trim();
  if (rest === '') return { name };
  return { code: m[0].trim(), name: rest };
}

/**
 * Outline ranks of numbered rows: each numbering style's rank is the order in which it first
 * appears (the first style seen is rank 1), as in an outline. Rows without a code get rank 0.
 * `levels` is the number of ranks; with one rank the numbering carries no hierarchy.
 */
export function codeRanks(codes: readonly (Code | null)[]): { ranks: number[]; levels: number } {
  const order = new Map<string, number>();
  const ranks = new Array<number>(codes.length).fill(0);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (!c) continue;
    let rank = order.get(c.style);
    if (rank === undefined) {
      rank = order.size + 1;
      order.set(c.style, rank);
    }
    ranks[i] = rank;
  }
  return { ranks, levels: order.size };
}

/** True for the styles that number sections rather than items (一、 and （一）). */
export function isSectionStyle(style: string): boolean {
  return style === 'cn' || style === 'cn()';
}
