/**
 * A column mapping turned into what the builders need: which columns hold levels, points per
 * level, rules, departments … Built the same way from a detected mapping and from one the
 * user edited, so re-applying a mapping gives the same scheme.
 */
import type { ColumnMapping } from '../types';
import { columnLabel } from './cells';
import { headerHint } from './headerHints';

/** A text column and whether its values are labelled with the header ("考核方法：…"). */
export interface TextColumn {
  col: number;
  label: string;
  prefixed: boolean;
}

export interface Layout {
  /** Wide: level columns, shallow to deep. */
  levels: number[];
  /** Long: id, parent and name columns. */
  id?: number;
  parent?: number;
  name?: number;
  code?: number;
  /** Points columns; `level` is a 0-based index into `levels`, undefined = the deepest node. */
  points: { col: number; label: string; level?: number }[];
  rule: TextColumn[];
  note: TextColumn[];
  department: number[];
  kind: number[];
  incentive: number[];
  veto: number[];
  year: number[];
  /** Column labels for issues: header text, or the column letter. */
  labels: string[];
}

/** The layout of a mapping over a table `width` columns wide with these headers. */
export function layoutOf(mapping: ColumnMapping, headers: readonly string[]): Layout {
  const labels = headers.map((h, i) => columnLabel(h, i));
  const columns = mapping.columns
    .filter((c) => c.index >= 0 && c.index < headers.length)
    .sort((a, b) => a.index - b.index);
  const levelCols = columns
    .filter((c) => c.role === 'level' || (mapping.format === 'wide' && c.role === 'name'))
    .map((c) => ({ col: c.index, level: c.role === 'name' ? Infinity : (c.level ?? 1) }))
    .sort((a, b) => a.level - b.level || a.col - b.col);
  const levels = levelCols.map((c) => c.col);
  const levelIndex = (n: number | undefined): number | undefined => {
    if (n === undefined) return undefined;
    const i = levelCols.findIndex((c) => c.level === n);
    return i === -1 ? undefined : i;
  };
  const of = (role: string) => columns.filter((c) => c.role === role).map((c) => c.index);
  const text = (role: 'rule' | 'note'): TextColumn[] => {
    const cols = of(role);
    return cols.map((col) => ({
      col,
      label: labels[col],
      // A lone rule column, or a lone column headed 备注/说明, speaks for itself.
      prefixed:
        cols.length > 1 ||
        (role === 'note' && headers[col] !== '' && headerHint(headers[col])?.kind !== 'note'),
    }));
  };
  const first = (role: string) => of(role)[0];
  return {
    levels,
    id: mapping.format === 'long' ? first('id') : undefined,
    parent: mapping.format === 'long' ? first('parent') : undefined,
    name: mapping.format === 'long' ? first('name') : undefined,
    code: first('code'),
    points: columns
      .filter((c) => c.role === 'points')
      .map((c) => ({ col: c.index, label: labels[c.index], level: levelIndex(c.pointsLevel) })),
    rule: text('rule'),
    note: text('note'),
    department: of('department'),
    kind: of('kind'),
    incentive: of('incentive'),
    veto: of('veto'),
    year: of('year'),
    labels,
  };
}
