/**
 * The mapping step's choices: one select per column whose value encodes the role and, for
 * levels and points, the level (DESIGN.md: "Detection is automatic and always shown to the
 * user as a column mapping they can change"). Pure functions returning new mappings; the
 * mapping given is never modified.
 */
import type { ColumnAssignment, ColumnMapping, ColumnRole, SchemeFormat } from '../../core/types';

/** A select value: 'level:2', 'points:leaf', 'points:1', 'rule', 'ignore', … */
export type RoleChoice = string;

type PlainRole = Exclude<ColumnRole, 'level' | 'points'>;

/** Roles without a level, in the order the select lists them. */
const PLAIN_ROLES: PlainRole[] = [
  'name',
  'code',
  'id',
  'parent',
  'rule',
  'department',
  'kind',
  'incentive',
  'veto',
  'note',
  'year',
  'ignore',
];

export interface ChoiceOption {
  value: RoleChoice;
  /** Dictionary key of the label and its parameter. */
  key: 'role.level' | 'role.pointsLeaf' | 'role.pointsLevel' | `role.${PlainRole}`;
  n?: number;
}

/** How many levels the selects offer: enough for every column to be a level, at most 8. */
export function levelsOffered(mapping: ColumnMapping, columnCount: number): number {
  const used = Math.max(0, ...mapping.columns.map((c) => c.level ?? c.pointsLevel ?? 0));
  return Math.max(used, Math.min(8, Math.max(columnCount, 3)));
}

/** Every option of a column's select. */
export function roleOptions(levels: number): ChoiceOption[] {
  const options: ChoiceOption[] = [];
  for (let n = 1; n <= levels; n++) options.push({ value: `level:${n}`, key: 'role.level', n });
  options.push({ value: 'points:leaf', key: 'role.pointsLeaf' });
  for (let n = 1; n <= levels; n++) {
    options.push({ value: `points:${n}`, key: 'role.pointsLevel', n });
  }
  for (const role of PLAIN_ROLES) options.push({ value: role, key: `role.${role}` });
  return options;
}

/** The select value of a column's current assignment. */
export function choiceOf(column: ColumnAssignment): RoleChoice {
  if (column.role === 'level') return `level:${column.level ?? 1}`;
  if (column.role === 'points') {
    return column.pointsLevel === undefined ? 'points:leaf' : `points:${column.pointsLevel}`;
  }
  return column.role;
}

/** The assignments of columns 0…count−1; columns the mapping does not mention are ignored. */
export function columnsOf(mapping: ColumnMapping, count: number): ColumnAssignment[] {
  const byIndex = new Map(mapping.columns.map((c) => [c.index, c]));
  const n = Math.max(count, ...mapping.columns.map((c) => c.index + 1));
  return Array.from(
    { length: n },
    (_, index) => byIndex.get(index) ?? { index, header: '', role: 'ignore' as const },
  );
}

/** A new mapping in which column `index` has the role `choice`. */
export function applyChoice(
  mapping: ColumnMapping,
  index: number,
  choice: RoleChoice,
  columnCount = 0,
): ColumnMapping {
  const [role, arg] = choice.split(':') as [ColumnRole, string | undefined];
  const columns = columnsOf(mapping, columnCount).map((c): ColumnAssignment => {
    if (c.index !== index) return { ...c };
    // The detector's reason no longer applies once a person chose the role.
    const next: ColumnAssignment = { index: c.index, header: c.header, role };
    if (role === 'level') next.level = Number(arg ?? 1);
    if (role === 'points' && arg && arg !== 'leaf') next.pointsLevel = Number(arg);
    return next;
  });
  return { ...mapping, columns };
}

/** A new mapping with another format (wide / long). */
export function withFormat(mapping: ColumnMapping, format: SchemeFormat): ColumnMapping {
  return { ...mapping, format, columns: mapping.columns.map((c) => ({ ...c })) };
}

/** A new mapping with another number of header rows (0 … 5). */
export function withHeaderRows(mapping: ColumnMapping, headerRows: number): ColumnMapping {
  const rows = Math.max(0, Math.min(5, Math.round(headerRows)));
  return { ...mapping, headerRows: rows, columns: mapping.columns.map((c) => ({ ...c })) };
}
