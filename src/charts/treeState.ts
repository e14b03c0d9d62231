import { ROOT_ID, type TreeIndex } from './hierarchy';

/**
 * Which branches of the collapsible tree are open. The tree starts collapsed below level 2
 * (charts.md): the root and the major items are open, so major and sub-items show.
 */
export function initialExpanded(index: TreeIndex): Set<string> {
  const open = new Set<string>([ROOT_ID]);
  for (const major of index.children.get(ROOT_ID) ?? []) {
    if (index.children.has(major.id)) open.add(major.id);
  }
  return open;
}

/** Every branch open: what "expand all" shows. */
export function allExpanded(index: TreeIndex): Set<string> {
  return new Set(index.children.keys());
}

/** Only the root open: "collapse all" shows the major items. */
export function allCollapsed(): Set<string> {
  return new Set([ROOT_ID]);
}

/**
 * The open branches plus every ancestor of `ids`, so that each of them is shown (the search
 * box reveals its matches this way). Unknown ids are ignored; the input set is not changed.
 */
export function withRevealed(
  expanded: ReadonlySet<string>,
  ids: readonly string[],
  parentOf: ReadonlyMap<string, string>,
): Set<string> {
  const open = new Set(expanded);
  for (const id of ids) {
    for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) open.add(p);
  }
  return open;
}

/** The open branches with `id` opened if it was closed, closed if it was open. */
export function toggled(expanded: ReadonlySet<string>, id: string): Set<string> {
  const open = new Set(expanded);
  if (open.has(id)) open.delete(id);
  else open.add(id);
  return open;
}

/** The open branches that still exist after the tree changed (e.g. a simulation step). */
export function keptExpanded(expanded: ReadonlySet<string>, index: TreeIndex): Set<string> {
  const open = new Set([...expanded].filter((id) => index.children.has(id)));
  open.add(ROOT_ID);
  return open;
}
