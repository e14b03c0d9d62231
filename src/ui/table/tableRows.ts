/**
 * The rows of the indicator table — one per detailed item (leaf) — and their CSV form. Text
 * cells carry the current language's words for kind and incentive, so the CSV reads like the
 * screen.
 */
import type { MessageKey } from '../i18n/zh';
import type { Translate } from '../overview/doorLabel';
import type { SchemeView } from '../state/schemeView';
import { toCsv } from './toCsv';

export interface TableRow {
  id: string;
  /** Names from the major item down to the leaf's parent. */
  parents: string[];
  name: string;
  points: number | undefined;
  rule: string;
  department: string;
  kind: string;
  incentive: string;
  veto: boolean;
  flags: string[];
  /** 1-based cluster number, or null. */
  cluster: number | null;
  overridden: boolean;
  /** Lower-case text the filter searches. */
  haystack: string;
}

/** One row per leaf, in file order. */
export function tableRows(view: SchemeView, t: Translate): TableRow[] {
  return view.scheme.nodes
    .filter((n) => n.children.length === 0)
    .map((n) => {
      const c = view.classOf.get(n.id);
      const path = view.path(n.id);
      const department = view.department(n.id) ?? '';
      const cluster = view.cluster(n.id);
      const row: TableRow = {
        id: n.id,
        parents: path.slice(0, -1),
        name: n.name,
        points: n.points,
        rule: n.rule ?? '',
        department,
        kind: c ? t(`kind.${c.kind}`) : '',
        incentive: c ? t(`incentive.${c.incentive}` as MessageKey) : '',
        veto: c?.veto ?? false,
        flags: c ? c.flags.map((f) => t(`flagShort.${f.type}` as MessageKey)) : [],
        cluster:
          cluster && cluster.members.length > 1
            ? view.clusterNumber(view.clusterOf.get(n.id) ?? -1)
            : null,
        overridden: view.overridden(n.id),
        haystack: '',
      };
      row.haystack = [...path, row.rule, department].join('\n').toLowerCase();
      return row;
    });
}

/** The table as exported: one column per level, then points, rule and the classification. */
export function tableGrid(
  rows: TableRow[],
  depth: number,
  t: Translate,
): { header: string[]; body: (string | number)[][] } {
  const header = [
    ...Array.from({ length: depth }, (_, i) => t('table.col.level', { n: i + 1 })),
    t('table.col.points'),
    t('table.col.rule'),
    t('table.col.department'),
    t('table.col.kind'),
    t('table.col.incentive'),
    t('table.col.veto'),
    t('table.col.flags'),
    t('table.col.cluster'),
    t('table.col.override'),
  ];
  const body = rows.map((r) => {
    const levels = [...r.parents, r.name];
    while (levels.length < depth) levels.push('');
    return [
      ...levels,
      r.points ?? '',
      r.rule,
      r.department,
      r.kind,
      r.incentive,
      r.veto ? t('details.yes') : '',
      r.flags.join('; '),
      r.cluster ?? '',
      r.overridden ? t('details.yes') : '',
    ];
  });
  return { header, body };
}

/** The rows as CSV (tableGrid's layout). */
export function tableCsv(rows: TableRow[], depth: number, t: Translate): string {
  const { header, body } = tableGrid(rows, depth, t);
  return toCsv([header, ...body]);
}
