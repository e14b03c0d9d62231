import { describe, expect, it } from 'vitest';
import { parseStep } from '../../src/cli/simulateCommand';

describe('lens simulate --step merge:IDS[:RULE]', () => {
  it.each([
    ['merge:n3,n7', { type: 'merge', ids: ['n3', 'n7'], points: 'sum' }],
    ['merge:n3,n7,n9:max', { type: 'merge', ids: ['n3', 'n7', 'n9'], points: 'max' }],
    ['merge:A1, B2:first', { type: 'merge', ids: ['A1', 'B2'], points: 'first' }],
  ])('%s', (text, step) => {
    expect(parseStep(text)).toEqual(step);
  });

  it.each(['merge:n3', 'merge:', 'merge:n3:sum'])('refuses %s: a merge needs two ids', (text) => {
    expect(() => parseStep(text)).toThrow(/two ids or more/);
  });

  it('lists merge in the usage shown for an unknown step', () => {
    expect(() => parseStep('explode')).toThrow(/--step merge:ID1,ID2\[,…\]\[:sum\|max\|first\]/);
  });
});
