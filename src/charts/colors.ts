import { interpolateRgb } from 'd3';
import type { TreeIndex } from './hierarchy';
import type { ChartInput } from './types';

/** Fill of a key that has no colour (charts.md: grey if absent). */
export const GREY = '#bdbdbd';
/** Fill of a "+N" mark: neutral, so it reads as "several items" rather than as a class. */
export const MORE_FILL = '#e3e3e3';
/** How far a branch's dominant colour is mixed toward white. */
const BRANCH_LIGHTEN = 0.4;

/**
 * The fill of every node. A leaf takes colors[colorKey]. A branch takes colors[colorKey] when
 * the UI coloured it explicitly, else the colour of its dominant leaf key (most leaves; a tie
 * goes to the key met first in file order) mixed 40% toward white, so the leaves carry the
 * full colour and the rings inside show what dominates each branch. Unknown keys are grey.
 */
export function nodeFills(
  index: TreeIndex,
  colors: Readonly<Record<string, string>>,
): Map<string, string> {
  // Leaf keys under each branch: counted on the leaf's parent, then added up the tree from
  // the deepest branches (a walk up from every leaf was most of a 100,000-leaf chart's
  // colouring, issue 5). `first` is the file position of the key's first leaf: the tie-break.
  type Tally = Map<string, { n: number; first: number }>;
  const counts = new Map<string, Tally>();
  const order = [...index.byId.keys()];
  const tallyOf = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = new Map()));
    return c;
  };
  order.forEach((id, position) => {
    const parent = index.parentOf.get(id);
    if (index.children.has(id) || parent === undefined) return; // branches, the root
    const key = index.byId.get(id)!.colorKey;
    const c = tallyOf(parent);
    const t = c.get(key);
    if (t) t.n++;
    else c.set(key, { n: 1, first: position });
  });
  // Nodes come parents first, so backwards every branch is complete before its parent.
  for (let i = order.length - 1; i >= 0; i--) {
    const c = counts.get(order[i]);
    const parent = index.parentOf.get(order[i]);
    if (!c || parent === undefined) continue;
    const into = tallyOf(parent);
    for (const [key, t] of c) {
      const u = into.get(key);
      if (!u) into.set(key, { n: t.n, first: t.first });
      else {
        u.n += t.n;
        u.first = Math.min(u.first, t.first);
      }
    }
  }
  const lightened = new Map<string, string>();
  const lighten = (colour: string) => {
    let l = lightened.get(colour);
    if (l === undefined)
      lightened.set(colour, (l = interpolateRgb(colour, '#ffffff')(BRANCH_LIGHTEN)));
    return l;
  };
  const fills = new Map<string, string>();
  for (const [id, n] of index.byId) {
    const own = Object.hasOwn(colors, n.colorKey) ? colors[n.colorKey] : undefined;
    const c = counts.get(id);
    if (!c || own !== undefined) {
      fills.set(id, own ?? GREY);
      continue;
    }
    let best = '';
    let max = -1;
    let first = Infinity;
    for (const [key, t] of c) {
      if (t.n > max || (t.n === max && t.first < first)) [best, max, first] = [key, t.n, t.first];
    }
    fills.set(id, lighten(Object.hasOwn(colors, best) ? colors[best] : GREY));
  }
  return fills;
}

/**
 * True when two inputs colour every node alike (same keys, same colours), so a highlight or
 * selection change can skip recomputing the fills (a walk over every leaf's ancestors).
 */
export function sameColoring(
  a: Pick<ChartInput, 'nodes' | 'colors'>,
  b: Pick<ChartInput, 'nodes' | 'colors'>,
): boolean {
  if (a.nodes.length !== b.nodes.length) return false;
  const ka = Object.keys(a.colors);
  if (ka.length !== Object.keys(b.colors).length) return false;
  if (ka.some((k) => a.colors[k] !== b.colors[k])) return false;
  return a.nodes.every((n, i) => n.colorKey === b.nodes[i].colorKey);
}
