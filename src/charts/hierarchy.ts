import type { ChartInput, ChartNode } from './types';

/**
 * Id of the invisible root every chart adds above the major items. A NUL character cannot
 * come out of a CSV cell the importer accepts, so it never collides with a user's id.
 */
export const ROOT_ID = '\u0000root';

/** The input's nodes indexed for drawing, under one invisible root named after the scheme. */
export interface TreeIndex {
  root: ChartNode;
  byId: Map<string, ChartNode>;
  /** Children in file order; the root's children are the major items. */
  children: Map<string, ChartNode[]>;
  /** Parent id of every node (ROOT_ID for a major item); the root has none. */
  parentOf: Map<string, string>;
}

/**
 * Indexes ChartInput.nodes. A node whose parent is unknown (or itself) hangs from the root,
 * so a chart still shows every node it was given; the importer rejects such files anyway.
 */
export function indexTree(input: Pick<ChartInput, 'nodes' | 'rootLabel'>): TreeIndex {
  const root: ChartNode = {
    id: ROOT_ID,
    name: input.rootLabel,
    parent: null,
    colorKey: '',
    tooltip: [input.rootLabel],
    ariaLabel: input.rootLabel,
  };
  const byId = new Map<string, ChartNode>([[ROOT_ID, root]]);
  for (const n of input.nodes) byId.set(n.id, n);
  const children = new Map<string, ChartNode[]>();
  const parentOf = new Map<string, string>();
  for (const n of input.nodes) {
    const p = n.parent !== null && n.parent !== n.id && byId.has(n.parent) ? n.parent : ROOT_ID;
    parentOf.set(n.id, p);
    const list = children.get(p);
    if (list) list.push(n);
    else children.set(p, [n]);
  }
  return { root, byId, children, parentOf };
}

/**
 * True when two inputs have the same nodes under the same parents in the same order: then a
 * chart can re-colour, re-label and re-highlight in place instead of rebuilding.
 */
export function sameStructure(a: readonly ChartNode[], b: readonly ChartNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].id !== b[i].id || a[i].parent !== b[i].parent) return false;
  }
  return true;
}
