import { describe, expect, it } from 'vitest';
import { emphasis } from '../../src/charts/highlight';
import { indexTree, ROOT_ID } from '../../src/charts/hierarchy';
import { shicheng } from './fixture';

const { parentOf } = indexTree(shicheng());

describe('emphasis(highlight, parentOf)', () => {
  it('draws everything normally when nothing is highlighted', () => {
    const e = emphasis([], parentOf);
    expect(['s1', 'i5.1', 'i23'].map(e)).toEqual(['normal', 'normal', 'normal']);
  });

  it.each([
    { id: 'i5.2', is: 'hit' },
    { id: 'i13', is: 'hit' },
    { id: 'i5', is: 'path' }, // the way to a match stays visible
    { id: 's1', is: 'path' },
    { id: ROOT_ID, is: 'path' },
    { id: 'i5.1', is: 'dim' },
    { id: 's3', is: 'dim' },
  ])('search matches i5.2 and i13: $id is $is', ({ id, is }) => {
    expect(emphasis(['i5.2', 'i13'], parentOf)(id)).toBe(is);
  });
});
