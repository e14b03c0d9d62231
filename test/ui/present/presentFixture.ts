/**
 * A deck input over the hand-made township scheme of test/ui/fixture.ts: two years, a
 * consolidation, its three flagged leaves and its one overlap cluster — so every slide kind
 * exists (six slides). Paths and flags are copied from that fixture by hand.
 */
import type { DeckInput } from '../../../src/ui/present/deck';
import { analysis, scheme } from '../fixture';

export function deckInput(extra: Partial<DeckInput> = {}): DeckInput {
  return {
    title: '某县乡镇考核 2020',
    date: '2026-11-29',
    scheme,
    analysis,
    years: [
      { key: '2011', label: '2011', byLevel: [2, 2, 1] },
      { key: '2020', label: '2020', byLevel: [2, 3, 2] },
    ],
    levelNames: ['大项', '小项', '细项'],
    simulation: {
      label: '合并重复项',
      before: analysis,
      after: analysis,
      steps: ['合并 1 组重复项'],
    },
    overlaps: [
      {
        members: ['党的建设 › 组织建设 › 召开党建工作会议', '安全生产 › 建立安全会议台账'],
        similarity: 0.6,
      },
    ],
    flagged: [
      { path: '党的建设 › 组织建设 › 召开党建工作会议', flags: ['meeting'] },
      { path: '安全生产 › 建立安全会议台账', flags: ['documents'] },
      { path: '安全生产 › 不发生较大安全事故', flags: ['wide-branch'] },
    ],
    ...extra,
  };
}
