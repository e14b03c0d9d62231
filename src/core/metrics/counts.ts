import { departmentOf, nodeIndex } from '../tree';
import type { Counts, IndicatorNode, PointsMismatch, Scheme } from '../types';

/** Children's points may differ from their parent's by this much and still "add up". */
const POINTS_TOLERANCE = 1e-6;

/** Sums like 0.4 + 0.8 + 0.3 = 1.5000000000000002 are shown as 1.5. */
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The sum of the children's points, in order; undefined when a child has none. */
function sumOfChildPoints(
  children: readonly string[],
  index: Map<string, IndicatorNode>,
): number | undefined {
  let sum = 0;
  for (const id of children) {
    const p = index.get(id)?.points;
    if (p === undefined) return undefined;
    sum += p;
  }
  return sum;
}

/**
 * The counts of a scheme (DESIGN.md "Counts"): nodes per level, leaves, depth, children
 * per node (mean over nodes that have children, and max), points per level, parents whose
 * children's points do not add up to their own, and leaves per department.
 *
 * - depth is the deepest level present (1 = only major items; 0 for an empty scheme);
 * - pointsByLevel sums the points given on each level's nodes; null where none has points;
 * - a parent is checked only when it and all its children have points (a table that gives
 *   points on the detailed items only is not a mismatch);
 * - a leaf's department is inherited from its nearest ancestor that names one ('' = none);
 *   departments are sorted by leaves, most first, ties in order of first appearance.
 */
export function countScheme(scheme: Scheme): Counts {
  const index = nodeIndex(scheme);
  const depth = scheme.nodes.reduce((max, n) => Math.max(max, n.level), 0);
  const byLevel = new Array<number>(depth).fill(0);
  const pointsByLevel = new Array<number | null>(depth).fill(null);
  const pointsMismatches: PointsMismatch[] = [];
  const departments = new Map<string, number>();
  let leaves = 0;
  let parents = 0;
  let children = 0;
  let childrenMax = 0;

  for (const node of scheme.nodes) {
    byLevel[node.level - 1]++;
    if (node.points !== undefined) {
      pointsByLevel[node.level - 1] = tidy((pointsByLevel[node.level - 1] ?? 0) + node.points);
    }
    if (node.children.length === 0) {
      leaves++;
      const department = departmentOf(node, index) ?? '';
      departments.set(department, (departments.get(department) ?? 0) + 1);
      continue;
    }
    parents++;
    children += node.children.length;
    childrenMax = Math.max(childrenMax, node.children.length);
    if (node.points === undefined) continue;
    const childrenSum = sumOfChildPoints(node.children, index);
    if (childrenSum !== undefined && Math.abs(childrenSum - node.points) > POINTS_TOLERANCE) {
      pointsMismatches.push({ id: node.id, points: node.points, childrenSum: tidy(childrenSum) });
    }
  }

  return {
    byLevel,
    leaves,
    depth,
    nodes: scheme.nodes.length,
    childrenMean: parents > 0 ? children / parents : 0,
    childrenMax,
    pointsByLevel,
    pointsMismatches,
    // Map keeps first-appearance order and Array.prototype.sort is stable, so ties keep it.
    byDepartment: [...departments]
      .map(([department, count]) => ({ department, leaves: count }))
      .sort((a, b) => b.leaves - a.leaves),
  };
}
