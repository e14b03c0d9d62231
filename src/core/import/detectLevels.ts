/**
 * Which columns are the levels of a wide table (import brief): headers that state a level
 * (一级指标, level2) are trusted; otherwise the shape of the data decides. The leaf level is
 * the leftmost text column filled on (nearly) every item row with mostly distinct values;
 * levels above it are columns whose blanks follow the merged-cell pattern — a value, then
 * blanks below it, in blocks nested inside the blocks of the level to their left.
 */
import { because, examples } from './cells';
import { share } from './columnStats';
import type { ColumnProfile, DetectContext } from './profileColumns';

/** Level columns, shallow to deep, with the reason for each. */
export interface LevelPlan {
  levels: number[];
  reasons: Map<number, string>;
}

const isRuleish = (c: ColumnProfile): boolean =>
  c.hint?.kind === 'rule' || c.hint?.kind === 'method' || share(c.stats, c.stats.ruleLike) >= 0.3;

const isText = (c: ColumnProfile): boolean =>
  c.stats.filled > 0 &&
  share(c.stats, c.stats.numeric) < 0.5 &&
  share(c.stats, c.stats.marks) < 0.5 &&
  c.stats.medianLength >= 2;

/** Filled on nearly every item row, mostly distinct: a column that names every item. */
function namesEveryRow(ctx: DetectContext, c: ColumnProfile): boolean {
  const rows = ctx.itemRows.length;
  return (
    isText(c) &&
    rows > 0 &&
    c.stats.filled >= 0.85 * rows &&
    c.stats.distinct >= 0.6 * c.stats.filled
  );
}

/**
 * True when `col` follows the merged-cell pattern under the `parents` columns: within each
 * parent block, a value then blanks (or the same value repeated, as fill-down exports write
 * it), and the column never starts blank in a block and gets a value later.
 */
export function isMergedLevel(
  ctx: DetectContext,
  col: number,
  parents: readonly number[],
): boolean {
  const { table } = ctx;
  const lastParent = parents.map(() => '');
  let heads = 0;
  let inside = 0;
  let blocks = 0;
  let violations = 0;
  let seen = 0;
  const headValues = new Set<string>();
  let hasValue = false;
  let startedBlank = false;
  let lastValue = '';
  let newBlock = true;
  for (const r of ctx.dataRows) {
    if (ctx.sectionRows.has(r)) {
      newBlock = true;
      lastParent.fill('');
      continue;
    }
    for (let i = 0; i < parents.length; i++) {
      const v = table[r][parents[i]];
      if (v !== '' && v !== lastParent[i]) {
        newBlock = true;
        lastParent[i] = v;
        for (let j = i + 1; j < parents.length; j++) lastParent[j] = '';
      }
    }
    if (newBlock) {
      blocks++;
      hasValue = false;
      startedBlank = false;
      lastValue = '';
      newBlock = false;
    }
    seen++;
    const v = table[r][col];
    if (v === '') {
      if (hasValue) inside++;
      else startedBlank = true;
      continue;
    }
    if (startedBlank) violations++;
    if (hasValue && v === lastValue) inside++;
    else {
      heads++;
      headValues.add(v);
    }
    hasValue = true;
    lastValue = v;
  }
  return (
    heads >= 2 &&
    inside >= Math.max(1, 0.1 * seen) &&
    violations <= 0.1 * blocks &&
    headValues.size >= 0.5 * heads
  );
}

/** Merged-pattern columns left of `limit`, each nested in the ones chosen before it. */
function mergedColumns(ctx: DetectContext, candidates: ColumnProfile[], limit: number): number[] {
  const chosen: number[] = [];
  for (const c of candidates) {
    if (c.index >= limit || !isText(c) || isRuleish(c) || c.stats.medianLength > 40) continue;
    if (isMergedLevel(ctx, c.index, chosen)) chosen.push(c.index);
  }
  return chosen;
}

/** Item rows on which every level cell is blank but the row still says something. */
function continuationRows(
  ctx: DetectContext,
  levels: readonly number[],
  others: number[],
): number[] {
  return ctx.itemRows.filter(
    (r) =>
      levels.every((c) => ctx.table[r][c] === '') && others.some((c) => ctx.table[r][c] !== ''),
  );
}

/** Share of rows that carry their own number in the code column. */
function ownCodes(ctx: DetectContext, rows: readonly number[]): number {
  if (ctx.codeColumn === undefined || rows.length === 0) return 0;
  const col = ctx.codeColumn;
  return rows.filter((r) => ctx.table[r][col] !== '').length / rows.length;
}

/** Detects the level columns among `candidates` (text columns with no other role yet). */
export function detectLevels(ctx: DetectContext, candidates: ColumnProfile[]): LevelPlan {
  const reasons = new Map<number, string>();
  const others = candidates.map((c) => c.index);
  let levels: number[];

  const ordinal = candidates
    .filter((c) => c.hint?.kind === 'level' && c.stats.filled > 0)
    .sort((a, b) => (a.hint?.level ?? 0) - (b.hint?.level ?? 0) || a.index - b.index);
  if (ordinal.length > 0) {
    levels = ordinal.map((c) => c.index);
    for (const c of ordinal) {
      reasons.set(
        c.index,
        because(`表头“${c.header}”写明了级别`, `header "${c.header}" names a level`),
      );
    }
  } else {
    const leafy = candidates.filter((c) => namesEveryRow(ctx, c));
    // A column that repeats the value of the row above is a level written out on every row
    // (fill-down export); the leaf is further right if another column names every row.
    const plain =
      leafy.find((c) => !isRuleish(c) && c.stats.repeats < 0.1 * c.stats.filled) ??
      leafy.find((c) => !isRuleish(c));
    let leaf: ColumnProfile | undefined = plain;
    let merged = plain ? mergedColumns(ctx, candidates, plain.index) : [];
    if (!leaf) {
      // A rule-like column names the items only when nothing else does and every row is an
      // item of its own (huzhou quxian: 评分方法 under 评估项目, each row with its own 序号).
      const ruleish = leafy.find(isRuleish);
      if (ruleish) {
        const above = mergedColumns(ctx, candidates, ruleish.index);
        const rest = continuationRows(ctx, above, [ruleish.index]);
        if (above.length === 0 || ownCodes(ctx, rest) >= 0.9) {
          leaf = ruleish;
          merged = above;
        }
      }
    }
    if (leaf) {
      levels = [...merged, leaf.index];
    } else {
      levels = mergedColumns(ctx, candidates, Infinity);
    }
    for (const m of leaf ? levels.slice(0, -1) : levels) {
      reasons.set(
        m,
        because(
          `空格（或重复值）呈合并单元格形态（${examples(column(ctx, m))} 下方留空）`,
          'blanks (or repeats) follow the merged-cell pattern: a value, then blanks below it',
        ),
      );
    }
    if (leaf) {
      reasons.set(
        leaf.index,
        because(
          `几乎每行都有且各不相同：最细一级指标（如 ${examples(column(ctx, leaf.index))}）`,
          'filled on nearly every row with distinct values: the detailed items',
        ),
      );
    }
  }

  // A finer level right of the deepest one: rows with every level blank that still carry
  // their own distinct text are items, not continuations of the item above.
  const deepest = levels.length > 0 ? levels[levels.length - 1] : -1;
  const rest = continuationRows(
    ctx,
    levels,
    others.filter((i) => !levels.includes(i)),
  );
  if (levels.length > 0 && rest.length >= Math.max(2, 0.05 * ctx.itemRows.length)) {
    // Filled on the rows that would otherwise continue the item above, mostly distinct.
    const right = candidates.filter(
      (c) =>
        c.index > deepest &&
        isText(c) &&
        c.stats.distinct >= 0.6 * c.stats.filled &&
        rest.filter((r) => ctx.table[r][c.index] !== '').length >= 0.9 * rest.length,
    );
    const finer =
      right.find((c) => !isRuleish(c)) ?? (ownCodes(ctx, rest) >= 0.9 ? right[0] : undefined);
    if (finer) {
      levels.push(finer.index);
      reasons.set(
        finer.index,
        because(
          '上一级留空的行在这一列各有内容：这是更细的一级',
          'rows blank in the level above each have their own text here: a finer level',
        ),
      );
    }
  }

  if (levels.length === 0) {
    // Last resort: the leftmost text column that says it holds names.
    const named = candidates.find((c) => isText(c) && c.hint?.kind === 'name');
    if (named) {
      levels = [named.index];
      reasons.set(
        named.index,
        because(
          `表头“${named.header}”像指标名称`,
          `header "${named.header}" reads as indicator names`,
        ),
      );
    }
  }
  return { levels, reasons };
}

function column(ctx: DetectContext, col: number): string[] {
  const out: string[] = [];
  for (const r of ctx.itemRows) {
    const v = ctx.table[r][col];
    if (v !== '') out.push(v);
    if (out.length >= 4) break;
  }
  return out;
}
