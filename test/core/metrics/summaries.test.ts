import { describe, expect, it } from 'vitest';
import { summarizeIncentive, summarizeKind } from '../../../src/core/metrics/summaries';
import type { Incentive, Kind, LeafClass } from '../../../src/core/types';
import { schemeOf } from '../overlap/schemeOf';

/**
 * Four leaves under two major items; points checked by hand:
 * 开会 3 (process, negative) · 台账 2 (process, neutral) · 满意度 5 (outcome, neutral) ·
 * 事故 (no points; outcome, negative). The major items' 10 points are not leaf points.
 */
const scheme = schemeOf([
  { id: 'A', name: '党建', points: 10 },
  { id: 'A1', name: '开会', parent: 'A', points: 3 },
  { id: 'A2', name: '台账', parent: 'A', points: 2 },
  { id: 'B', name: '民生', points: 10 },
  { id: 'B1', name: '满意度', parent: 'B', points: 5 },
  { id: 'B2', name: '事故', parent: 'B' },
]);

const evidence = { source: 'lexicon' as const, terms: [] };
const leaf = (id: string, kind: Kind, incentive: Incentive): LeafClass => ({
  id,
  kind,
  kindEvidence: evidence,
  incentive,
  incentiveEvidence: evidence,
  veto: false,
  flags: [],
});

const inFileOrder = [
  leaf('A1', 'process', 'negative'),
  leaf('A2', 'process', 'neutral'),
  leaf('B1', 'outcome', 'neutral'),
  leaf('B2', 'outcome', 'negative'),
];

describe('summarizeIncentive and summarizeKind by points', () => {
  it.each([
    { order: 'file order, as classifyLeaves gives them', leaves: inFileOrder },
    { order: 'another order', leaves: [...inFileOrder].reverse() },
    { order: 'a subset', leaves: inFileOrder.slice(0, 3) },
  ])('read each leaf’s own points for leaves in $order', ({ leaves }) => {
    const all = leaves.length === 4;
    // negative points 3 of known 3 + 2 + 5 = 10 (事故 has none)
    expect(summarizeIncentive(scheme, leaves).negativeRatioByPoints).toBeCloseTo(0.3, 10);
    // process points 3 + 2 of 10
    expect(summarizeKind(scheme, leaves).processShareByPoints).toBeCloseTo(0.5, 10);
    expect(summarizeKind(scheme, leaves).processShare).toBeCloseTo(all ? 0.5 : 2 / 3, 10);
  });

  it('counts no points for a classified id that is not a leaf of the scheme', () => {
    const leaves = [leaf('A', 'process', 'negative'), leaf('B1', 'outcome', 'neutral')];
    expect(summarizeIncentive(scheme, leaves).negativeRatioByPoints).toBe(0);
    expect(summarizeKind(scheme, leaves).processShareByPoints).toBe(0);
  });
});
