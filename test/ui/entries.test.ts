import { describe, expect, it } from 'vitest';
import type { WorkspaceEntry } from '../../src/core/workspace/workspaceDoc';
import {
  applied,
  byYear,
  defaultPair,
  freshId,
  redone,
  replayed,
  undone,
  withStep,
  yearFromName,
} from '../../src/ui/state/entries';
import { scheme } from './fixture';

const entry = (id: string, label: string, year: number | null): WorkspaceEntry => ({
  id,
  label,
  year,
  fileName: `${label}.csv`,
  bytes: null,
  sheet: null,
  scheme,
  overrides: [],
  threshold: 0.5,
  simulation: { steps: [], cursor: 0, policy: 'keep-parent-totals' },
});

describe('workspace entries', () => {
  it.each([
    ['scheme-2011.csv', 2011],
    ['某县2020年度乡镇考核.xlsx', 2020],
    ['考核办法（2019修订）.csv', 2019],
    ['编号12345.csv', null],
    ['scheme-long.csv', null],
  ])('reads the year of %s as %s', (name, year) => {
    expect(yearFromName(name)).toBe(year);
  });

  it('orders by year, schemes without a year last, and compares the two latest', () => {
    const es = [entry('e1', '乙', 2020), entry('e2', '无年份', null), entry('e3', '甲', 2011)];
    expect(byYear(es).map((e) => e.id)).toEqual(['e3', 'e1', 'e2']);
    // The two latest years are 2020 and the undated one, which sorts last.
    expect(defaultPair(es)).toEqual({ oldId: 'e1', newId: 'e2' });
    expect(defaultPair([es[0]])).toEqual({ oldId: null, newId: null });
  });

  it('gives a new entry an id no other entry has', () => {
    expect(freshId([entry('e2', 'a', null), entry('e1', 'b', null)])).toBe('e3');
    expect(freshId([entry('e3', 'a', null)])).toBe('e2');
  });

  it('undo and redo move over the steps; a new step drops what could be redone', () => {
    let sim = entry('e1', 'a', 2020).simulation;
    sim = withStep(sim, { type: 'fold-process' });
    sim = withStep(sim, { type: 'merge-overlap', points: 'sum' });
    sim = withStep(sim, { type: 'cap', perBranch: 5 });
    expect(sim.cursor).toBe(3);
    sim = undone(undone(sim));
    expect(applied(sim)).toEqual([{ type: 'fold-process' }]);
    expect(redone(sim).cursor).toBe(2);
    expect(undone(undone(undone(sim))).cursor).toBe(0);
    const branched = withStep(sim, { type: 'deductions-to-attainment' });
    expect(branched.steps.map((s) => s.type)).toEqual(['fold-process', 'deductions-to-attainment']);
    expect(redone(branched)).toEqual(branched);
  });

  it('replays only the applied steps on another scheme', () => {
    let sim = entry('e1', 'a', 2020).simulation;
    sim = withStep(withStep(sim, { type: 'fold-process' }), { type: 'cap', total: 100 });
    const r = replayed(undone(sim));
    expect(r.steps).toEqual([{ type: 'fold-process' }]);
    expect(r.cursor).toBe(1);
  });
});
