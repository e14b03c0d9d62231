/**
 * How a node is drawn when some ids are highlighted: 'hit' (a highlighted id), 'path' (an
 * ancestor of one, kept visible so the reader can follow the way to it), 'dim' (the rest);
 * 'normal' for all when nothing is highlighted.
 */
export type Emphasis = 'normal' | 'hit' | 'path' | 'dim';

/** Decides the emphasis of every node from the highlighted ids and the parent index. */
export function emphasis(
  highlight: readonly string[],
  parentOf: ReadonlyMap<string, string>,
): (id: string) => Emphasis {
  if (highlight.length === 0) return () => 'normal';
  const hits = new Set(highlight);
  const path = new Set<string>();
  for (const id of hits) {
    // Stop at an ancestor already seen: shared branches are walked once.
    for (let p = parentOf.get(id); p !== undefined && !path.has(p); p = parentOf.get(p)) {
      path.add(p);
    }
  }
  return (id) => (hits.has(id) ? 'hit' : path.has(id) ? 'path' : 'dim');
}
