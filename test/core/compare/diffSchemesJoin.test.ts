import { describe, expect, it } from 'vitest';
import { diffSchemes } from '../../../src/core/compare/diffSchemes';
import { generateScheme } from '../../../src/core/gen/generateScheme';
import { createRandom } from '../../../src/core/gen/random';
import { rewordName } from '../../../src/core/gen/rewordName';
import { importScheme } from '../../../src/core/import/importScheme';
import type { Scheme } from '../../../src/core/types';

function generated(leaves: number, seed: number): Scheme {
  const bytes = new TextEncoder().encode(generateScheme({ leaves, seed }));
  const r = importScheme(bytes, `gen-${seed}.csv`);
  if (!r.scheme) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.scheme;
}

/** Next year's version of a scheme: every third leaf reworded as the generator rewords names. */
function reworded(scheme: Scheme): Scheme {
  const random = createRandom(7);
  let leaf = 0;
  return {
    ...scheme,
    nodes: scheme.nodes.map((n) =>
      n.children.length === 0 && leaf++ % 3 === 0 ? { ...n, name: rewordName(random, n.name) } : n,
    ),
  };
}

// 2,000 generated leaves against their reworded version plus 400 leaves of another scheme:
// about 670 renames to find among some 1,000 unmatched leaves a side, with the planted
// near-duplicates (10%) competing for them — where the one-to-one order matters.
const BASE = generated(2000, 1);
const OTHER = generated(400, 2);
const OLD = BASE;
const prefixed = (id: string) => `other-${id}`;
const NEW = {
  ...BASE,
  nodes: [
    ...reworded(BASE).nodes,
    ...OTHER.nodes.map((n) => ({
      ...n,
      id: prefixed(n.id),
      parent: n.parent === null ? null : prefixed(n.parent),
      children: n.children.map(prefixed),
    })),
  ],
};

const matches = (d: ReturnType<typeof diffSchemes>) =>
  d.leaves.map((l) => `${l.status} ${l.old?.id ?? '-'} ${l.new?.id ?? '-'} ${l.similarity}`);

describe('diffSchemes(old, new) on 2,000 generated leaves: the prefix join matches as all pairs', () => {
  it.each([0.5, 0.7])('at threshold %s gives every leaf the same match and similarity', (t) => {
    const all = diffSchemes(OLD, NEW, { threshold: t, method: 'exact' });
    const prefix = diffSchemes(OLD, NEW, { threshold: t, method: 'prefix' });
    // Something must be matched by similarity, or the comparison proves nothing.
    expect(all.leaves.filter((l) => l.matchedBy === 'similarity').length).toBeGreaterThan(300);
    expect(matches(prefix)).toEqual(matches(all));
    expect(prefix.counts).toEqual(all.counts);
  });

  it("gives the same result by default ('auto': the prefix join at this size)", () => {
    const auto = diffSchemes(OLD, NEW);
    const all = diffSchemes(OLD, NEW, { method: 'exact' });
    expect(matches(auto)).toEqual(matches(all));
  });

  it('matches each new leaf at most once', () => {
    const d = diffSchemes(OLD, NEW);
    const ids = d.leaves.filter((l) => l.new && l.old).map((l) => l.new!.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
