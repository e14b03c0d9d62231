/**
 * One scheme per year of a file that holds several (issue 4: a year column). Each node
 * belongs to the year recorded on it (importer: the year cell of its first row, blank = the
 * year above), else to its nearest ancestor's; a node of one year under a parent of another
 * (possible in the long form) keeps its ancestors in its year's scheme, so every scheme is a
 * whole tree. Nodes with no year anywhere above them belong to no year and are left out.
 */
import type { IndicatorNode, Scheme } from '../types';

/** The schemes of each year in `scheme`, ordered by year; [] when no node has a year. */
export function splitByYear(scheme: Scheme): { year: number; scheme: Scheme }[] {
  const byId = new Map(scheme.nodes.map((n) => [n.id, n]));
  const yearOf = new Map<string, number | undefined>();
  // Nodes come parent first (types.ts), so a parent's year is known before its children's;
  // the lookup falls back to a walk for a scheme out of that order.
  const effective = (n: IndicatorNode): number | undefined => {
    if (yearOf.has(n.id)) return yearOf.get(n.id);
    let y = n.year;
    let cur = n;
    for (let guard = 0; y === undefined && cur.parent !== null && guard < byId.size; guard++) {
      const p = byId.get(cur.parent);
      if (!p) break;
      if (yearOf.has(p.id)) {
        y = yearOf.get(p.id);
        break;
      }
      y = p.year;
      cur = p;
    }
    yearOf.set(n.id, y);
    return y;
  };
  const meta: Omit<Scheme, 'nodes'> = { id: scheme.id, label: scheme.label, source: scheme.source };
  const members = new Map<number, Set<string>>();
  for (const n of scheme.nodes) {
    const y = effective(n);
    if (y === undefined) continue;
    let set = members.get(y);
    if (!set) members.set(y, (set = new Set()));
    // The node and, for a tree that crosses years, its ancestors.
    let cur: IndicatorNode | undefined = n;
    for (let guard = 0; cur && !set.has(cur.id) && guard <= byId.size; guard++) {
      set.add(cur.id);
      cur = cur.parent === null ? undefined : byId.get(cur.parent);
    }
  }
  return [...members.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const keep = members.get(year)!;
      const nodes: IndicatorNode[] = scheme.nodes
        .filter((n) => keep.has(n.id))
        // Every other field of a node is a primitive: a shallow copy with its own arrays is a
        // deep copy (and far cheaper than structuredClone on 100,000 nodes).
        .map((n) => ({ ...n, rows: [...n.rows], children: n.children.filter((c) => keep.has(c)) }));
      return {
        year,
        scheme: {
          ...structuredClone(meta),
          id: `${scheme.id}:${year}`,
          label: `${scheme.label} ${year}`,
          year,
          nodes,
        },
      };
    });
}
