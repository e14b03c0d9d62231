import { formatPoints } from './composeRule';
import { generateLeaves, type GenOptions } from './generateLeaves';
import { csvField } from './toCsv';

export type { GenOptions } from './generateLeaves';

/** The wide-form header, as offices name the columns (DESIGN.md, input format 1). */
export const WIDE_HEADER = ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '责任单位'];

/**
 * A synthetic assessment scheme as wide-form CSV text (header row, comma, CRLF, standard
 * quoting; the caller writes it as UTF-8 without BOM). A level cell is left blank when it
 * repeats the row above, as merged cells export. With years > 1 a 年度 column comes first
 * and each year is its own block, whose first row names every level again.
 * Deterministic: the same options give the same text. Pure: no DOM, no Node APIs.
 */
export function generateScheme(options: GenOptions): string {
  const leaves = generateLeaves(options);
  const withYear = (options.years ?? 1) > 1;
  const header = withYear ? ['年度', ...WIDE_HEADER] : WIDE_HEADER;
  // One line per leaf, joined once at the end: fast enough for 300,000 leaves.
  const lines = new Array<string>(leaves.length + 1);
  lines[0] = header.join(',');
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i];
    const prev = i > 0 ? leaves[i - 1] : undefined;
    const sameMajor = prev !== undefined && prev.year === leaf.year && prev.major === leaf.major;
    const sameSub = sameMajor && prev.sub === leaf.sub;
    const cells = [
      sameMajor ? '' : csvField(leaf.major),
      sameSub ? '' : csvField(leaf.sub),
      csvField(leaf.name),
      formatPoints(Math.round(leaf.points * 10)),
      csvField(leaf.rule),
      csvField(leaf.department),
    ].join(',');
    lines[i + 1] = withYear ? `${leaf.year},${cells}` : cells;
  }
  return lines.join('\r\n') + '\r\n';
}
