import { describe, expect, it } from 'vitest';
import { ancestryOf } from '../../../src/core/classify/ancestry';
import { defaultLexicon } from '../../../src/core/classify/lexicon';
import { scannerFor } from '../../../src/core/classify/scanText';
import { nodeIndex, pathOf } from '../../../src/core/tree';
import type { IndicatorNode, Scheme } from '../../../src/core/types';
import { makeScheme } from './fixtures';

/** A scheme from nodes given as they are, however malformed (makeScheme fills children in). */
function rawScheme(nodes: IndicatorNode[]): Scheme {
  return { ...makeScheme([]), nodes };
}

const node = (id: string, name: string, parent: string | null, leaf = false): IndicatorNode => ({
  id,
  name,
  level: 1,
  parent,
  children: leaf ? [] : ['x'],
  rows: [2],
});

/** A chain of `depth` inner nodes with one leaf at the bottom: deeper than pathOf walks. */
function deepChain(depth: number, halfway = false): Scheme {
  const nodes = Array.from({ length: depth }, (_, i) =>
    node(`d${i}`, `第${i}层`, i === 0 ? null : `d${i - 1}`),
  );
  // A leaf halfway down, met first: the deep leaf's path then extends a known one.
  if (halfway) nodes.push(node('mid', '中间的会议', `d${depth / 2}`, true));
  nodes.push(node('leaf', '最底层的工作会议', `d${depth - 1}`, true));
  return rawScheme(nodes);
}

const cases: { what: string; scheme: Scheme }[] = [
  {
    what: 'a three-level scheme',
    scheme: makeScheme([
      { id: 'a', name: '一、党建工作' },
      { id: 'a1', name: '组织建设', parent: 'a' },
      { id: 'a11', name: '召开党建例会', parent: 'a1', points: 2 },
      { id: 'a12', name: '党员满意度', parent: 'a1', points: 2 },
      { id: 'a2', name: '会议落实', parent: 'a', points: 3 },
      { id: 'b', name: '二、其他工作', points: 5 },
    ]),
  },
  {
    what: 'a leaf whose parent id no node has',
    scheme: rawScheme([node('a', '一、党建', null), node('l', '开会次数', 'missing', true)]),
  },
  {
    what: 'leaves below a cycle (a ⇄ b)',
    scheme: rawScheme([
      node('a', '甲项', 'b'),
      node('b', '乙项', 'a'),
      node('l1', '会议记录', 'a', true),
      node('l2', '台账', 'b', true),
    ]),
  },
  { what: 'a chain 1,200 levels deep', scheme: deepChain(1200) },
  { what: 'a chain 1,200 levels deep, a leaf halfway', scheme: deepChain(1200, true) },
];

describe('ancestryOf(scheme, index, scan)', () => {
  it.each(cases)('gives each leaf the path pathOf gives, and its siblings: $what', ({ scheme }) => {
    const index = nodeIndex(scheme);
    const parentOf = ancestryOf(scheme, index, scannerFor(defaultLexicon));
    for (const leaf of scheme.nodes.filter((n) => n.children.length === 0)) {
      const p = parentOf(leaf.parent);
      expect(p.path).toEqual(pathOf(leaf, index).slice(0, -1));
      expect(p.readings).toHaveLength(p.path.length);
      expect(p.siblings).toBe(scheme.nodes.filter((n) => n.parent === leaf.parent).length);
    }
  });

  it('reads each ancestor name as the scanner reads it', () => {
    const scheme = cases[0].scheme;
    const scan = scannerFor(defaultLexicon);
    const p = ancestryOf(scheme, nodeIndex(scheme), scan)('a1');
    expect(p.path).toEqual(['一、党建工作', '组织建设']);
    p.path.forEach((name, i) => expect(p.readings[i].kind).toEqual(scan(name).kind));
  });

  it('keeps the 999 nearest ancestors of a very deep leaf, as pathOf does', () => {
    const scheme = deepChain(1200);
    const p = ancestryOf(scheme, nodeIndex(scheme), scannerFor(defaultLexicon))('d1199');
    expect(p.path).toHaveLength(999);
    expect(p.path[0]).toBe('第201层');
    expect(p.path[998]).toBe('第1199层');
  });
});
