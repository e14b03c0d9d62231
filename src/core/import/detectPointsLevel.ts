/**
 * The level a points column belongs to (import brief): a points column filled only on the
 * rows where a level above the leaf starts a new node belongs to that level (jilin corpus
 * file: 权重 on 一级指标 rows, the first 分值 on 二级指标 rows, the second 分值 on every item).
 */
import type { DetectContext } from './profileColumns';

/**
 * The 1-based level of `levels` the points column belongs to, or undefined for the deepest
 * level present on each row (the usual case).
 */
export function detectPointsLevel(
  ctx: DetectContext,
  pointsColumn: number,
  levels: readonly number[],
): number | undefined {
  if (levels.length < 2) return undefined;
  const { table } = ctx;
  const filled = ctx.itemRows.filter((r) => table[r][pointsColumn] !== '');
  if (filled.length === 0) return undefined;
  const deepest = levels[levels.length - 1];
  const leafRows = ctx.itemRows.filter((r) => table[r][deepest] !== '').length;
  let best: number | undefined;
  let bestCoverage = 0;
  for (let k = 0; k < levels.length - 1; k++) {
    const col = levels[k];
    let starts = 0;
    for (const r of ctx.itemRows) if (table[r][col] !== '') starts++;
    const within = filled.filter((r) => table[r][col] !== '').length;
    // Nearly every filled cell on a row where this level starts, and most starts filled.
    if (within < 0.95 * filled.length || starts === 0) continue;
    const coverage = within / starts;
    if (coverage >= 0.5 && coverage > bestCoverage && starts < 0.9 * leafRows) {
      best = k + 1;
      bestCoverage = coverage;
    }
  }
  return best;
}
