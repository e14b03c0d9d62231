import { describe, expect, it } from 'vitest';
import { FlagLists } from '../../../src/core/classify/flagLists';
import type { Flag } from '../../../src/core/types';

const flag = (type: Flag['type'], term: string): Flag => ({
  type,
  evidence: { source: 'lexicon', terms: [term], field: 'name', note: type },
});
const ledger = flag('documents', '台账');
const meeting = flag('meeting', '例会');
const wide = flag('wide-branch', '');

describe('FlagLists.of(flags)', () => {
  it.each<{ what: string; first: Flag[]; then: Flag[]; same: boolean }>([
    {
      what: 'the same flags in the same order',
      first: [ledger, wide],
      then: [ledger, wide],
      same: true,
    },
    {
      what: 'the same flags in another order',
      first: [ledger, wide],
      then: [wide, ledger],
      same: false,
    },
    { what: 'a list and its first part', first: [ledger, wide], then: [ledger], same: false },
    { what: 'a list and a longer one', first: [meeting], then: [meeting, wide], same: false },
    {
      what: 'equal but separate flag objects',
      first: [ledger],
      then: [flag('documents', '台账')],
      same: false,
    },
  ])('$what: one list = $same', ({ first, then, same }) => {
    const lists = new FlagLists();
    const a = lists.of([...first]);
    const b = lists.of([...then]);
    expect(a).toEqual(first);
    expect(b).toEqual(then);
    expect(a === b).toBe(same);
  });

  it('still gives each list its own flags after starting again at its limit', () => {
    const lists = new FlagLists(2);
    const many = Array.from({ length: 5 }, (_, i) => [flag('meeting', `会${i}`), wide]);
    const got = many.map((l) => lists.of([...l]));
    got.forEach((l, i) => expect(l).toEqual(many[i]));
    expect(lists.of([...many[4]])).toEqual(many[4]);
  });
});
