import type { ColumnAssignment, IndicatorNode, Scheme } from '../../../src/core/types';

/** One row of a hand-built scheme: parent by id, everything else optional. */
export interface Row {
  id: string;
  name: string;
  parent?: string;
  points?: number;
  rule?: string;
  kindText?: string;
  incentiveText?: string;
  vetoText?: string;
  department?: string;
}

/**
 * Builds a Scheme as the importer would hand it over: nodes in file order, levels and
 * children filled in, one file row per node. `columns` are extra column assignments (e.g. an
 * explicit kind column) so evidence can name their headers.
 */
export function makeScheme(rows: Row[], columns: ColumnAssignment[] = []): Scheme {
  const nodes: IndicatorNode[] = rows.map((r, i) => {
    const node: IndicatorNode = {
      id: r.id,
      name: r.name,
      level: 1,
      parent: r.parent ?? null,
      children: [],
      rows: [i + 2],
    };
    if (r.points !== undefined) node.points = r.points;
    if (r.rule !== undefined) node.rule = r.rule;
    if (r.kindText !== undefined) node.kindText = r.kindText;
    if (r.incentiveText !== undefined) node.incentiveText = r.incentiveText;
    if (r.vetoText !== undefined) node.vetoText = r.vetoText;
    if (r.department !== undefined) node.department = r.department;
    return node;
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    if (n.parent === null) continue;
    const p = byId.get(n.parent);
    if (!p) throw new Error(`fixture: unknown parent ${n.parent}`);
    p.children.push(n.id);
    n.level = p.level + 1;
  }
  return {
    id: 'fixture',
    label: 'fixture',
    source: {
      fileName: 'fixture.csv',
      format: 'long',
      encoding: 'utf-8',
      delimiter: ',',
      mapping: {
        format: 'long',
        headerRows: 1,
        columns: [
          { index: 0, header: '编号', role: 'id' },
          { index: 1, header: '上级编号', role: 'parent' },
          { index: 2, header: '指标名称', role: 'name' },
          { index: 3, header: '分值', role: 'points' },
          { index: 4, header: '评分标准', role: 'rule' },
          ...columns,
        ],
      },
    },
    nodes,
  };
}

/** A flat scheme: one major item holding the given leaves (ids l1, l2 …). */
export function oneBranch(leaves: Omit<Row, 'id' | 'parent'>[], major = '综合考核'): Scheme {
  return makeScheme([
    { id: 'm', name: major },
    ...leaves.map((l, i) => ({ ...l, id: `l${i + 1}`, parent: 'm' })),
  ]);
}
