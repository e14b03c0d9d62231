import { hierarchy } from 'd3';
import { describe, expect, it } from 'vitest';
import { indexTree, ROOT_ID } from '../../src/charts/hierarchy';
import {
  allCollapsed,
  allExpanded,
  initialExpanded,
  keptExpanded,
  toggled,
  withRevealed,
} from '../../src/charts/treeState';
import { LEVEL1, LEVEL2, LEVEL3, shicheng } from './fixture';

const index = indexTree(shicheng());
/** Ids a tree with these open branches shows (the invisible root left out). */
const shown = (open: Set<string>) =>
  hierarchy(index.root, (d) => (open.has(d.id) ? index.children.get(d.id) : undefined))
    .descendants()
    .map((d) => d.data.id)
    .filter((id) => id !== ROOT_ID)
    .sort();

describe('initialExpanded(index)', () => {
  it('shows levels 1 and 2 and nothing below (collapsed below level 2)', () => {
    expect(shown(initialExpanded(index))).toEqual([...LEVEL1, ...LEVEL2].sort());
  });
});

describe('withRevealed(expanded, ids, parentOf)', () => {
  it('opens the branches leading to a level-3 item so it shows', () => {
    const open = withRevealed(initialExpanded(index), ['i6.2'], index.parentOf);
    expect(shown(open)).toContain('i6.2');
    expect(open.has('i6')).toBe(true);
    expect(open.has('i5')).toBe(false); // only the way to the match
  });

  it('from a fully collapsed tree, opens every ancestor', () => {
    const open = withRevealed(allCollapsed(), ['i5.3', 'i11'], index.parentOf);
    expect([...open].sort()).toEqual([ROOT_ID, 'i5', 's1', 's3'].sort());
  });

  it('ignores unknown ids and does not modify the set it was given', () => {
    const before = initialExpanded(index);
    const copy = new Set(before);
    const open = withRevealed(before, ['no-such-id'], index.parentOf);
    expect(open).toEqual(copy);
    expect(before).toEqual(copy);
  });
});

describe('allExpanded / allCollapsed / toggled / keptExpanded', () => {
  it('expand all shows every node; collapse all only the major items', () => {
    expect(shown(allExpanded(index))).toHaveLength(35);
    expect(shown(allCollapsed())).toEqual([...LEVEL1].sort());
  });

  it('toggling a branch twice gives the set back', () => {
    const open = initialExpanded(index);
    expect(shown(toggled(open, 'i5'))).toEqual(
      [...LEVEL1, ...LEVEL2, 'i5.1', 'i5.2', 'i5.3'].sort(),
    );
    expect(toggled(toggled(open, 'i5'), 'i5')).toEqual(open);
  });

  it('keeps open branches that still exist after the tree changed', () => {
    const smaller = indexTree(
      shicheng({ nodes: shicheng().nodes.filter((n) => !n.id.startsWith('i5')) }),
    );
    const kept = keptExpanded(new Set([ROOT_ID, 's1', 'i5', 'i6']), smaller);
    expect([...kept].sort()).toEqual([ROOT_ID, 'i6', 's1'].sort());
  });

  it('never shows level 3 at first, whatever the scheme', () => {
    expect(shown(initialExpanded(index)).some((id) => LEVEL3.includes(id))).toBe(false);
  });
});
