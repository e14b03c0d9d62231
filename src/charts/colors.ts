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
  const counts = new Map<string, Map<string, number>>();
  for (const [id, n] of index.byId) {
    if (index.children.has(id) || !index.parentOf.has(id)) continue; // branches, the root
    for (let p = index.parentOf.get(id); p !== undefined; p = index.parentOf.get(p)) {
      let c = counts.get(p);
      if (!c) counts.set(p, (c = new Map()));
      c.set(n.colorKey, (c.get(n.colorKey) ?? 0) + 1);
    }
  }
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
    for (const [key, k] of c) if (k > max) [best, max] = [key, k];
    const dominant = Object.hasOwn(colors, best) ? colors[best] : GREY;
    fills.set(id, interpolateRgb(dominant, '#ffffff')(BRANCH_LIGHTEN));
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
