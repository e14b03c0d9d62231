import { describe, expect, it } from 'vitest';
import { doorsOf, type DoorKey } from '../../src/ui/overview/doors';
import { analysis, scheme } from './fixture';

describe('doorsOf(scheme, analysis): the indicators behind each overview number', () => {
  const doors = doorsOf(scheme, analysis);

  it.each<{ key: DoorKey; ids: string[] }>([
    { key: 'level:1', ids: ['a', 'b'] },
    { key: 'level:2', ids: ['a1', 'b1', 'b2'] },
    { key: 'level:3', ids: ['a1x', 'a1y'] },
    { key: 'leaves', ids: ['a1x', 'a1y', 'b1', 'b2'] },
    { key: 'depth', ids: ['a1x', 'a1y'] },
    // b1 and b2 inherit 应急局 from their major item; a1y has no department anywhere above.
    { key: 'departments', ids: ['a1x', 'b1', 'b2'] },
    { key: 'overlap', ids: ['a1x', 'b2'] },
    { key: 'redundant', ids: ['b2'] },
    { key: 'crossDept', ids: ['a1x', 'b2'] },
    { key: 'negative', ids: ['a1x', 'b1'] },
    { key: 'negativePoints', ids: ['a1x', 'b1'] },
    { key: 'vetoes', ids: ['b1'] },
    { key: 'unknownIncentive', ids: [] },
    { key: 'process', ids: ['a1x', 'b2'] },
    { key: 'processPoints', ids: ['a1x', 'b2'] },
    { key: 'mixed', ids: [] },
    { key: 'flagged', ids: ['a1x', 'b1', 'b2'] },
    { key: 'criteria', ids: ['a1x', 'b2'] },
    { key: 'structural', ids: ['b1'] },
    { key: 'flag:wide-branch', ids: ['b1'] },
    { key: 'flag:meeting', ids: ['a1x'] },
    { key: 'flag:documents', ids: ['b2'] },
  ])('$key lists $ids', ({ key, ids }) => {
    expect(doors.get(key)?.ids).toEqual(ids);
  });

  it('each list is as long as the number the card shows', () => {
    expect(doors.get('leaves')?.ids.length).toBe(analysis.counts.leaves);
    expect(doors.get('negative')?.ids.length).toBe(analysis.incentive.negative);
    expect(doors.get('vetoes')?.ids.length).toBe(analysis.incentive.vetoes);
    expect(doors.get('process')?.ids.length).toBe(analysis.kind.process);
    expect(doors.get('redundant')?.ids.length).toBe(analysis.overlap.redundant);
    expect(doors.get('flagged')?.ids.length).toBe(analysis.flags.leaves);
    expect(doors.get('criteria')?.ids.length).toBe(analysis.flags.criteriaLeaves);
    expect(doors.get('structural')?.ids.length).toBe(analysis.flags.structuralLeaves);
    analysis.counts.byLevel.forEach((n, i) =>
      expect(doors.get(`level:${i + 1}`)?.ids.length).toBe(n),
    );
  });
});
