/**
 * The long form (DESIGN.md input formats): an id column and a parent-id column (编号/上级编号,
 * id/parent_id, 序号/父级) with a name. Found by header words, or by shape when the headers
 * say nothing: one column's values are all ids of earlier rows of another column.
 */
import { because } from './cells';
import { share } from './columnStats';
import type { ColumnProfile, DetectContext } from './profileColumns';

/** The three columns of a long table, with reasons. */
export interface LongPlan {
  id: number;
  parent: number;
  name: number;
  reasons: Map<number, string>;
}

/** Parent cells that mean "no parent" when no row has that id. */
export const ROOT_MARKERS = /^(?:0|-|—|\/|#|无|null|none|root)$/i;

const shortColumn = (c: ColumnProfile) =>
  c.stats.filled > 0 && c.stats.medianLength <= 24 && share(c.stats, c.stats.marks) < 0.5;

const neutralHint = (c: ColumnProfile) =>
  c.hint === null || c.hint.kind === 'code' || c.hint.kind === 'id';

/** True when every parent value is an id given on an earlier row (parents listed first). */
function parentsPointBack(ctx: DetectContext, idCol: number, parentCol: number): boolean {
  const firstRow = new Map<string, number>();
  let roots = 0;
  let links = 0;
  for (const r of ctx.dataRows) {
    const id = ctx.table[r][idCol];
    if (id === '' || firstRow.has(id)) return false;
    firstRow.set(id, r);
  }
  for (const r of ctx.dataRows) {
    const p = ctx.table[r][parentCol];
    if (p === '' || (ROOT_MARKERS.test(p) && !firstRow.has(p))) {
      roots++;
      continue;
    }
    const at = firstRow.get(p);
    if (at === undefined || at >= r) return false;
    links++;
  }
  return roots >= 1 && links >= 2;
}

/**
 * Finds the long form's columns, or null when the table is not one. `taken`: columns that
 * already have a role from their header or shape (never the name).
 */
export function detectLong(
  ctx: DetectContext,
  candidates: ColumnProfile[],
  taken: ReadonlySet<number>,
): LongPlan | null {
  const reasons = new Map<number, string>();
  // A 上级编号 header makes a long table even when every row is a root.
  let parent = candidates.find((c) => c.hint?.kind === 'parent');
  let id: ColumnProfile | undefined;
  if (parent) {
    const p = parent;
    id =
      candidates.find((c) => c !== p && (c.hint?.kind === 'id' || c.hint?.kind === 'code')) ??
      candidates.find((c) => c !== p && shortColumn(c) && parentsPointBack(ctx, c.index, p.index));
    reasons.set(
      p.index,
      because(`表头“${p.header}”是上级编号`, `header "${p.header}" is the parent id`),
    );
  } else {
    const pool = candidates.filter((c) => shortColumn(c) && neutralHint(c));
    search: for (const i of pool) {
      if (i.stats.filled < 0.95 * ctx.dataRows.length || i.stats.distinct !== i.stats.filled)
        continue;
      for (const p of pool) {
        if (p !== i && parentsPointBack(ctx, i.index, p.index)) {
          id = i;
          parent = p;
          break search;
        }
      }
    }
    if (parent) {
      reasons.set(
        parent.index,
        because(
          '每个值都是前面某行的编号：上级编号',
          'every value is the id of an earlier row: the parent id',
        ),
      );
    }
  }
  if (!parent || !id) return null;
  reasons.set(
    id.index,
    because(`上级编号指向这一列的值：编号`, 'the parent ids refer to this column: the id'),
  );
  const used = new Set([id.index, parent.index]);
  const rest = candidates.filter(
    (c) => !used.has(c.index) && !taken.has(c.index) && c.stats.filled > 0,
  );
  const text = (c: ColumnProfile) =>
    share(c.stats, c.stats.numeric) < 0.5 && share(c.stats, c.stats.marks) < 0.5;
  const name =
    rest.find((c) => (c.hint?.kind === 'name' || c.hint?.kind === 'level') && text(c)) ??
    rest.find((c) => c.hint === null && text(c) && c.stats.filled >= 0.8 * ctx.dataRows.length) ??
    rest.find((c) => text(c) && c.stats.filled >= 0.8 * ctx.dataRows.length);
  if (!name) return null;
  reasons.set(
    name.index,
    because(
      name.hint ? `表头“${name.header}”是指标名称` : '每行都有的文字列：指标名称',
      name.hint
        ? `header "${name.header}" is the indicator name`
        : 'text on every row: the indicator name',
    ),
  );
  return { id: id.index, parent: parent.index, name: name.index, reasons };
}
