import { describe, expect, it } from 'vitest';
import { GREY, nodeFills, sameColoring } from '../../src/charts/colors';
import { indexTree } from '../../src/charts/hierarchy';
import { COLORS, shicheng } from './fixture';

describe('nodeFills(index, colors)', () => {
  const fills = nodeFills(indexTree(shicheng()), COLORS);

  it('fills a leaf with the colour of its key', () => {
    expect(fills.get('i1')).toBe(COLORS.process);
    expect(fills.get('i8')).toBe(COLORS.outcome);
  });

  it('draws a key with no colour grey', () => {
    const f = nodeFills(indexTree(shicheng()), { outcome: '#1b9e77' });
    expect(f.get('i1')).toBe(GREY);
  });

  it.each([
    // s1: 9 process leaves, 1 mixed → a lighter process orange: #d95f02 40% toward white
    { id: 's1', fill: 'rgb(232, 159, 103)' },
    // i5: its three clauses are all process
    { id: 'i5', fill: 'rgb(232, 159, 103)' },
    // s3: 2 outcome, 2 mixed: the tie goes to outcome, met first in file order
    { id: 's3', fill: 'rgb(118, 197, 173)' },
  ])('fills branch $id with its dominant leaf colour, lighter', ({ id, fill }) => {
    expect(fills.get(id)).toBe(fill);
  });

  it('uses a branch’s own colour when the UI gave it one', () => {
    const input = shicheng();
    input.nodes = input.nodes.map((n) => (n.id === 's1' ? { ...n, colorKey: 'mixed' } : n));
    expect(nodeFills(indexTree(input), COLORS).get('s1')).toBe(COLORS.mixed);
  });
});

describe('sameColoring(a, b)', () => {
  const base = shicheng();
  it.each([
    { name: 'a new highlight', b: shicheng({ highlight: ['i13'] }), same: true },
    {
      name: 'the same colours in a new object',
      b: shicheng({ colors: { ...COLORS } }),
      same: true,
    },
    {
      name: 'another colour',
      b: shicheng({ colors: { ...COLORS, process: '#000' } }),
      same: false,
    },
    { name: 'one colour fewer', b: shicheng({ colors: { process: COLORS.process } }), same: false },
    {
      name: 'colour by another key (department)',
      b: shicheng({ nodes: base.nodes.map((n) => ({ ...n, colorKey: 'dept:县水利局' })) }),
      same: false,
    },
  ])('$name → $same', ({ b, same }) => {
    expect(sameColoring(base, b)).toBe(same);
  });
});
