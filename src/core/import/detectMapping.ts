/**
 * Detects the column mapping of a table: the format (wide or long), each column's role and
 * the reason a person can read (DESIGN.md: "Detection is automatic and always shown to the
 * user as a column mapping they can change"). Headers first where they are unambiguous, the
 * shape of the data where they are not.
 */
import type { ColumnAssignment, ColumnMapping, ColumnRole } from '../types';
import {
  attributeRoles,
  findCodeColumn,
  fixedRoles,
  headerSays,
  type Assigned,
} from './assignRoles';
import { because } from './cells';
import { detectLevels } from './detectLevels';
import { detectLong } from './detectLong';
import { detectPointsLevel } from './detectPointsLevel';
import { profileColumns, type ColumnProfile, type DetectContext } from './profileColumns';
import { columnCodes, isSectionRow, nameCodes, planSections } from './sections';
import type { RowKind } from './skipRows';

/** Data rows detection looks at. */
export const DETECT_ROWS = 5000;

/**
 * Detects the mapping over the rows classified as data. Returns null when the table has no
 * column that could name indicators (the caller reports 'no-levels').
 */
export function detectMapping(
  table: readonly string[][],
  headers: readonly string[],
  headerRows: number,
  kinds: readonly RowKind[],
): ColumnMapping | null {
  // The shape of the first rows decides (the user sees and can change the mapping): detection
  // stays fast on 100,000-row tables (import brief).
  const dataRows: number[] = [];
  for (let r = 0; r < table.length && dataRows.length < DETECT_ROWS; r++) {
    if (kinds[r] === 'data') dataRows.push(r);
  }
  let columns = profileColumns(table, headers, dataRows);
  const assigned = fixedRoles(columns, table, dataRows);
  const ctx: DetectContext = {
    table,
    dataRows,
    itemRows: dataRows,
    sectionRows: new Set(),
    columns,
  };

  const long = detectLong(
    ctx,
    columns.filter((c) => assigned.get(c.index)?.role !== 'ignore'),
    new Set(assigned.keys()),
  );
  if (long) {
    for (const [index, reason] of long.reasons) {
      const role: ColumnRole = index === long.id ? 'id' : index === long.parent ? 'parent' : 'name';
      assigned.set(index, { role, reason });
    }
    for (const c of columns) {
      if (!assigned.has(c.index) && c.hint?.kind === 'level') {
        assigned.set(c.index, {
          role: 'ignore',
          reason: because(
            '长表的级别由上级编号决定',
            'in the long form levels come from the parents',
          ),
        });
      }
    }
    attributeRoles(columns, assigned);
    return assemble('long', headerRows, columns, assigned, new Map(), new Map());
  }

  const codeColumn = findCodeColumn(columns, assigned);
  if (codeColumn !== undefined) {
    const c = columns[codeColumn];
    const plan = planSections(table, dataRows, columnCodes(table, codeColumn));
    assigned.set(codeColumn, {
      role: 'code',
      reason: plan
        ? because(
            `序号分层：“${firstCode(table, dataRows, codeColumn)}”类行是上一级的分组`,
            `numbering in outline styles: “${firstCode(table, dataRows, codeColumn)}” rows are sections above the numbered items`,
          )
        : headerSays(c, '序号', 'numbering'),
    });
    if (plan) {
      ctx.sectionRows = new Set(dataRows.filter((r) => isSectionRow(plan, r)));
      ctx.itemRows = dataRows.filter((r) => !ctx.sectionRows.has(r));
      columns = profileColumns(table, headers, ctx.itemRows);
      ctx.columns = columns;
    }
    ctx.codeColumn = codeColumn;
  }

  const candidates = columns.filter((c) => !assigned.has(c.index));
  const { levels, reasons } = detectLevels(ctx, candidates);
  if (levels.length === 0) return null;
  const levelOf = new Map(levels.map((col, i) => [col, i + 1]));
  for (const col of levels) assigned.set(col, { role: 'level', reason: reasons.get(col) ?? '' });
  if (levels.length === 1 && codeColumn === undefined) {
    if (planSections(table, dataRows, nameCodes(table, levels[0]))) {
      assigned.get(levels[0])!.reason = because(
        '名称前的编号分层：“一、”开头的行是上一级的分组',
        'the numbering that starts each name is an outline: “一、” rows are sections',
      );
    }
  }
  attributeRoles(columns, assigned);

  const pointsLevels = new Map<number, number>();
  for (const [index, a] of assigned) {
    if (a.role !== 'points') continue;
    const level = detectPointsLevel(ctx, index, levels);
    if (level !== undefined) {
      pointsLevels.set(index, level);
      const c = columns[index];
      a.reason = because(
        `${c.header ? `表头“${c.header}”：` : ''}分值，只填在第 ${level} 级指标开始的行`,
        `${c.header ? `header "${c.header}": ` : ''}points, filled only where level ${level} starts`,
      );
    }
  }
  return assemble('wide', headerRows, columns, assigned, levelOf, pointsLevels);
}

/** The first code of the column, for a reason text. */
function firstCode(table: readonly string[][], rows: readonly number[], col: number): string {
  for (const r of rows) if (table[r][col] !== '') return table[r][col];
  return '';
}

/** The mapping, every column listed with its role and reason. */
function assemble(
  format: 'wide' | 'long',
  headerRows: number,
  columns: ColumnProfile[],
  assigned: Map<number, Assigned>,
  levelOf: Map<number, number>,
  pointsLevels: Map<number, number>,
): ColumnMapping {
  const out: ColumnAssignment[] = columns.map((c) => {
    const a = assigned.get(c.index) ?? {
      role: 'ignore' as const,
      reason: because('未使用', 'not used'),
    };
    const col: ColumnAssignment = {
      index: c.index,
      header: c.header,
      role: a.role,
      reason: a.reason,
    };
    const level = levelOf.get(c.index);
    if (a.role === 'level' && level !== undefined) col.level = level;
    const pl = pointsLevels.get(c.index);
    if (a.role === 'points' && pl !== undefined) col.pointsLevel = pl;
    return col;
  });
  return { format, headerRows, columns: out };
}
