/**
 * Sections from a numbering column (shicheng corpus files: in 序号, "一、" rows are sections
 * and "1" rows are items under them, with both names in the same 考核项目 column). Used by
 * detection (to look at item rows only) and by buildWide (to nest items under sections).
 */
import { codeRanks, isSectionStyle, parseCode, splitNumbering, type Code } from './numbering';

/** The outline rank of each numbered row; ranks below `levels` are sections. */
export interface SectionPlan {
  /** Rank by row index; rows not listed are items. */
  rank: Map<number, number>;
  /** Rank of items: rows of a smaller rank are sections. */
  levels: number;
}

/**
 * Plans sections from each row's numbering (`codeOf`), or returns null when the numbering
 * has one style only (ganbu: 1…23; huzhou: 1.1, 1.21, 2.211 — no rows name the groups those
 * numbers imply, so they make no sections).
 */
export function planSections(
  table: readonly string[][],
  rows: readonly number[],
  codeOf: (row: number) => Code | null,
): SectionPlan | null {
  const codes: (Code | null)[] = rows.map(codeOf);
  const { ranks, levels } = codeRanks(codes);
  if (levels === 0) return null;
  let unnumbered = 0;
  for (let i = 0; i < rows.length; i++) {
    if (!codes[i] && table[rows[i]].some((c) => c !== '')) unnumbered++;
  }
  // Only "一、"-style numbers and unnumbered rows: the numbered rows are sections above them.
  const styles = new Set(codes.filter((c): c is Code => c !== null).map((c) => c.style));
  const onlySections = [...styles].every(isSectionStyle) && unnumbered > 0;
  const itemRank = onlySections ? levels + 1 : levels;
  if (itemRank < 2) return null;
  const rank = new Map<number, number>();
  const perRank = new Array<number>(itemRank + 1).fill(0);
  for (let i = 0; i < rows.length; i++) {
    if (ranks[i] === 0) continue;
    rank.set(rows[i], ranks[i]);
    perRank[ranks[i]]++;
  }
  if (onlySections) perRank[itemRank] = unnumbered;
  // Items are the most numerous rank of an outline: a stray "一、" after rows numbered 1, 2,
  // 3 does not turn those rows into sections.
  for (let r = 1; r < itemRank; r++) if (perRank[r] > perRank[itemRank]) return null;
  return { rank, levels: itemRank };
}

/** Codes from a numbering column. */
export function columnCodes(table: readonly string[][], col: number): (row: number) => Code | null {
  return (r) => parseCode(table[r][col]);
}

/** Codes from the numbering that starts each name ("一、安全生产", "1.隐患排查"). */
export function nameCodes(table: readonly string[][], col: number): (row: number) => Code | null {
  return (r) => {
    const code = splitNumbering(table[r][col]).code;
    return code === undefined ? null : parseCode(code);
  };
}

/** True when the row is a section row of the plan. */
export function isSectionRow(plan: SectionPlan | null, row: number): boolean {
  if (!plan) return false;
  const rank = plan.rank.get(row);
  return rank !== undefined && rank < plan.levels;
}
