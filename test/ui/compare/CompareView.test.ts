// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchemeDiff } from '../../../src/core/compare/diffSchemes';
import CompareView from '../../../src/ui/compare/CompareView.svelte';
import { DIFF_KINDS, isKind } from '../../../src/ui/compare/diffRows';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import { samples } from './samples';

afterEach(() => locale.set('zh'));

const s = samples();
// Given newest first, as a workspace may hold them: the view orders them by year.
const ENTRIES = [
  { id: 'e2', label: 'scheme-2020', year: 2020, analysis: s.newAnalysis },
  { id: 'e1', label: 'scheme-2011', year: 2011, analysis: s.oldAnalysis },
];

function setup(props: Partial<Parameters<typeof render<typeof CompareView>>[1]> = {}) {
  const onPick = vi.fn<(oldId: string, newId: string) => void>();
  const onSelect = vi.fn<(side: 'old' | 'new', id: string) => void>();
  render(CompareView, {
    entries: ENTRIES,
    oldId: 'e1',
    newId: 'e2',
    diff: s.diff,
    diffBusy: false,
    newScheme: s.new,
    onPick,
    onSelect,
    ...props,
  });
  return { onPick, onSelect };
}
/** The table tests do not need the tree (drawing it is most of a render in jsdom). */
const TABLE_ONLY = { newScheme: null };
const rows = () => within(screen.getByTestId('diff-table')).queryAllByTestId('diff-row');

describe('CompareView with the 2011 and 2020 samples', () => {
  it('shows the growth per level, 9 / 45 in 2011 and 4 / 109 / 371 in 2020', () => {
    setup();
    const svg = screen.getByTestId('growth-chart');
    const value = (year: string, level: number) =>
      svg.querySelector(`text.value[data-year="${year}"][data-level="${level}"]`)?.textContent;
    // 2011 has two levels, 2020 three: a bar for each level a scheme has.
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(2 + 3);
    expect([value('e1', 1), value('e1', 2)]).toEqual(s.oldAnalysis.counts.byLevel.map(String));
    expect([1, 2, 3].map((l) => value('e2', l))).toEqual(['4', '109', '371']);
    const years = [...svg.querySelectorAll('text.year-label')].map((t) => t.textContent);
    expect(years).toEqual(['2011', '2020']);
    const legend = [...svg.querySelectorAll('.legend-item text')].map((t) => t.textContent);
    expect(legend).toEqual(['大项', '小项', '细项']);
  });

  it('lists the schemes by year in the metrics table, with their counts and ratios', () => {
    setup();
    const table = screen.getByTestId('compare-metrics');
    const trs = within(table).getAllByTestId('compare-metrics-row');
    expect(trs.map((r) => r.dataset.id)).toEqual(['e1', 'e2']);
    const cells = [...trs[1].querySelectorAll('td')].map((c) => c.textContent?.trim());
    const a = s.newAnalysis;
    expect(cells.slice(0, 6)).toEqual([
      'scheme-2020',
      '2020',
      String(a.counts.leaves),
      ...a.counts.byLevel.map(String),
    ]);
    expect(cells[9]).toBe(String(a.flags.leaves));
  });

  it('draws the metrics over the years, one small chart per metric', () => {
    setup();
    const trend = screen.getByTestId('trend-chart');
    expect(trend.querySelectorAll('g.panel')).toHaveLength(4);
    const flagged = [...trend.querySelectorAll('text.value[data-series="flagged"]')];
    expect(flagged.map((t) => t.textContent)).toEqual(
      [s.oldAnalysis, s.newAnalysis].map((a) => String(a.flags.leaves)),
    );
  });

  it.each(DIFF_KINDS)(
    'shows the %s count on its button, which filters the table to it',
    async (kind) => {
      setup(TABLE_ONLY);
      const button = screen.getByTestId(`diff-count-${kind}`);
      expect(button.textContent).toContain(String(s.diff.counts[kind]));
      await fireEvent.click(button);
      expect(button.getAttribute('aria-pressed')).toBe('true');
      expect(rows()).toHaveLength(s.diff.counts[kind]);
      const shown = s.diff.leaves.filter((l) => isKind(l, kind));
      expect(rows().map((r) => r.dataset.status)).toEqual(shown.map((l) => l.status));
      await fireEvent.click(button); // again: every leaf
      expect(rows()).toHaveLength(s.diff.leaves.length);
    },
  );

  it('shows a changed leaf with both places and its points, old → new', async () => {
    setup(TABLE_ONLY);
    await fireEvent.click(screen.getByTestId('diff-count-points-changed'));
    const first = s.diff.leaves.find((l) => l.changes.includes('points-changed'))!;
    const cells = [...rows()[0].querySelectorAll('td')].map((c) => c.textContent?.trim());
    expect(cells[2]).toBe(first.old!.path.join(' › '));
    expect(cells[3]).toBe(first.new!.path.join(' › '));
    expect(cells[4]).toBe(`${first.old!.points} → ${first.new!.points}`);
  });

  it('reports a click on a place with its side and id', async () => {
    const { onSelect } = setup(TABLE_ONLY);
    await fireEvent.click(screen.getByTestId('diff-count-removed'));
    const removed = s.diff.leaves.find((l) => l.status === 'removed')!;
    await fireEvent.click(within(rows()[0]).getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith('old', removed.old!.id);
  });

  it('draws the new scheme as a tree with a legend adding up to its leaves, removed items beside it', () => {
    setup();
    expect(screen.getByTestId('diff-tree').querySelector('svg')).not.toBeNull();
    const counts = [...screen.getByTestId('diff-tree-legend').querySelectorAll('.count')].map((c) =>
      Number(c.textContent),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(s.newAnalysis.counts.leaves);
    expect(screen.getAllByTestId('diff-removed-item')).toHaveLength(s.diff.counts.removed);
  });

  it('asks for another pair when a select changes, offering the schemes by year', async () => {
    const extra = { id: 'e3', label: '试行稿', year: 2016, analysis: s.oldAnalysis };
    const { onPick } = setup({ entries: [...ENTRIES, extra] });
    const old = screen.getByTestId('compare-old') as HTMLSelectElement;
    expect([...old.options].map((o) => o.value)).toEqual(['e1', 'e3', 'e2']);
    expect(old.value).toBe('e1');
    await fireEvent.change(old, { target: { value: 'e3' } });
    expect(onPick).toHaveBeenCalledWith('e3', 'e2');
    await fireEvent.change(screen.getByTestId('compare-new'), { target: { value: 'e1' } });
    expect(onPick).toHaveBeenLastCalledWith('e1', 'e1');
  });

  it('says the diff is being computed, and shows no stale table meanwhile', () => {
    setup({ diff: null, diffBusy: true, newScheme: null });
    expect(screen.getByTestId('diff-busy')).toBeTruthy();
    expect(screen.queryByTestId('diff-table')).toBeNull();
    expect(screen.queryByTestId('diff-tree')).toBeNull();
  });

  it('asks for a second scheme when the workspace holds one', () => {
    setup({ entries: ENTRIES.slice(0, 1), oldId: null, newId: null, diff: null, newScheme: null });
    expect(screen.getByTestId('compare-empty')).toBeTruthy();
    expect(screen.queryByTestId('compare-old')).toBeNull();
    expect(screen.getByTestId('growth-chart').querySelectorAll('rect.bar')).toHaveLength(3);
  });

  it('switches its labels to English with the language', async () => {
    setup();
    locale.set('en');
    await tick();
    expect(screen.getByTestId('diff-count-added').textContent?.trim()).toBe(
      `Added ${s.diff.counts.added}`,
    );
  });
});

describe('the diff table of a large diff', () => {
  it('shows 500 rows at a time, and more on request', async () => {
    const leaf = (i: number) => ({
      status: 'added' as const,
      changes: [],
      old: null,
      new: { id: `n${i}`, path: ['经济发展', `新增指标 ${i}`], points: 0.5 },
      matchedBy: null,
      similarity: null,
    });
    const diff: SchemeDiff = {
      ...s.diff,
      leaves: Array.from({ length: 1200 }, (_, i) => leaf(i)),
      counts: { unchanged: 0, added: 1200, removed: 0, renamed: 0, moved: 0, 'points-changed': 0 },
    };
    setup({ diff, newScheme: null });
    expect(rows()).toHaveLength(500);
    await fireEvent.click(screen.getByTestId('diff-table-more'));
    expect(rows()).toHaveLength(1000);
    await fireEvent.click(screen.getByTestId('diff-table-more'));
    expect(rows()).toHaveLength(1200);
    expect(screen.queryByTestId('diff-table-more')).toBeNull();
  });
});
