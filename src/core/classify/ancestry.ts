import { pathOf } from '../tree';
import type { IndicatorNode, Scheme } from '../types';
import { shareable, type Scanner, type TextReading } from './scanText';

/** What the leaves of one parent share: their ancestors' names, read, and their number. */
export interface Parent {
  /** The ancestors' names, major item first: tree.ts pathOf of a leaf, without the leaf. */
  path: string[];
  /** The readings of those names, shared by every leaf below (scanText shareable). */
  readings: TextReading[];
  /** How many nodes have this parent (structuralFlags LeafShape.siblings). */
  siblings: number;
  /** How many names `path` holds; -1 when pathOf's guard cut it: not to be extended. */
  depth: number;
}

/** pathOf walks at most this many nodes, the leaf included (tree.ts). */
const PATH_GUARD = 1000;

function siblingCounts(scheme: Scheme): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  // Indexed loops here and in the per-leaf code: a loop that runs once per call may run
  // unoptimised, and for-of then allocates a result object per element.
  const nodes = scheme.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const p = nodes[i].parent;
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/**
 * What the leaves below each parent share, by the parent's id (null for top-level leaves).
 * Each parent's path extends its own parent's, so every internal node's name is read once
 * however many leaves sit below it (29,000 internal nodes for 100,000 leaves), and no path is
 * walked or hashed again per parent. The paths equal pathOf's (`index` is the scheme's
 * nodeIndex), cut by its guard the same way in a cyclic or very deep tree.
 */
export function ancestryOf(
  scheme: Scheme,
  index: Map<string, IndicatorNode>,
  scan: Scanner,
): (parent: string | null) => Parent {
  const counts = siblingCounts(scheme);
  const known = new Map<string | null, Parent>();
  const read = (name: string): TextReading => shareable(scan(name));
  const alone = (id: string | null): Parent => ({
    path: [],
    readings: [],
    siblings: counts.get(id) ?? 1,
    depth: 0,
  });
  const top = alone(null);
  known.set(null, top);

  return (id) => {
    const hit = known.get(id);
    if (hit) return hit;
    // Up to the nearest ancestor already known (or the top), then down again extending it.
    const chain: IndicatorNode[] = [];
    let base = top;
    for (let cur: string | null = id; cur !== null && chain.length < PATH_GUARD;) {
      const k = known.get(cur);
      if (k) {
        base = k;
        break;
      }
      const node = index.get(cur);
      if (!node) break;
      chain.push(node);
      cur = node.parent;
    }
    let p: Parent;
    if (chain.length === 0) {
      // A parent id no node has: pathOf stops at the leaf.
      p = alone(id);
    } else if (base.depth < 0 || base.depth + chain.length >= PATH_GUARD) {
      // A cycle or a tree deeper than pathOf walks: its walk, cut where it cuts.
      const path = pathOf(chain[0], index).slice(-(PATH_GUARD - 1));
      p = { path, readings: path.map(read), siblings: counts.get(id) ?? 1, depth: -1 };
    } else {
      p = base;
      for (let i = chain.length - 1; i >= 0; i--) {
        const node = chain[i];
        p = {
          path: [...p.path, node.name],
          readings: [...p.readings, read(node.name)],
          siblings: counts.get(node.id) ?? 1,
          depth: p.depth + 1,
        };
        known.set(node.id, p);
      }
    }
    known.set(id, p);
    return p;
  };
}
