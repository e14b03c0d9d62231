import type { IndicatorNode, Scheme } from '../../../src/core/types';

/** A row of a hand-made scheme: parent by id; level and children are derived. */
export interface Row {
  id: string;
  name: string;
  parent?: string;
  points?: number;
  rule?: string;
  department?: string;
}

/** A Scheme as the importer would produce it, from rows in file order (parents first). */
export function schemeOf(rows: Row[], label = 'test scheme'): Scheme {
  const nodes = new Map<string, IndicatorNode>();
  rows.forEach((row, i) => {
    const parent = row.parent === undefined ? undefined : nodes.get(row.parent);
    const node: IndicatorNode = {
      id: row.id,
      name: row.name,
      level: parent ? parent.level + 1 : 1,
      parent: parent ? parent.id : null,
      children: [],
      rows: [i + 2],
    };
    if (row.points !== undefined) node.points = row.points;
    if (row.rule !== undefined) node.rule = row.rule;
    if (row.department !== undefined) node.department = row.department;
    parent?.children.push(row.id);
    nodes.set(row.id, node);
  });
  return {
    id: label,
    label,
    source: {
      fileName: `${label}.csv`,
      format: 'long',
      encoding: 'utf-8',
      delimiter: ',',
      mapping: { format: 'long', headerRows: 1, columns: [] },
    },
    nodes: [...nodes.values()],
  };
}
