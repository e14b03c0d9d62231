// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import ReportView from '../../../src/ui/present/ReportView.svelte';
import { deckInput } from './presentFixture';

afterEach(() => {
  locale.set('zh');
  vi.restoreAllMocks();
});

function setup(input = deckInput()) {
  const onClose = vi.fn();
  const view = render(ReportView, { input, onClose });
  return { onClose, view };
}

const metric = (name: string) =>
  screen
    .getByTestId('report')
    .querySelector(`[data-metric="${name}"]`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

describe('ReportView', () => {
  it('prints the title, the date and every headline number of the analysis', () => {
    setup();
    const report = screen.getByTestId('report');
    expect(report.querySelector('h1')?.textContent).toContain('某县乡镇考核 2020');
    expect(report.querySelector('time')?.textContent).toBe('2026年11月29日');
    // test/ui/fixture.ts: levels 2/3/2; half the leaves in a cluster, negative, process;
    // three leaves flagged, two on criteria, one structural; one veto.
    expect(
      ['levels', 'overlap', 'negative', 'process', 'criteria', 'structural', 'vetoes'].map(metric),
    ).toEqual(['2 大项 / 3 小项 / 2 细项', '50.0%', '50.0%', '50.0%', '2', '1', '1']);
  });

  it('lists the overlaps and the flagged items with their totals', () => {
    setup();
    const overlaps = screen.getByTestId('report-overlaps').querySelectorAll('li');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0].textContent).toContain('0.60');
    expect(overlaps[0].textContent).toContain('建立安全会议台账');
    const flags = [...screen.getByTestId('report-flags').querySelectorAll('li')];
    expect(flags.map((li) => li.textContent)).toEqual([
      expect.stringContaining('会议'),
      expect.stringContaining('文件台账'),
      expect.stringContaining('分支过宽'),
    ]);
    expect(screen.getByTestId('report').textContent).toContain('前 3 项，共 3 项');
  });

  it('draws the growth chart and a still sunburst', () => {
    setup();
    expect(screen.getByTestId('growth-chart')).toBeTruthy();
    expect(screen.getByTestId('present-sunburst').querySelector('svg path')).toBeTruthy();
  });

  it('marks the body for the print stylesheet only while it is open', () => {
    const { view } = setup();
    expect(document.body.classList.contains('printing-report')).toBe(true);
    view.unmount();
    expect(document.body.classList.contains('printing-report')).toBe(false);
  });

  it('prints with the Print button and closes with Escape or Close', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { onClose } = setup();
    await fireEvent.click(screen.getByTestId('report-print'));
    expect(print).toHaveBeenCalledTimes(1);
    await fireEvent.keyDown(screen.getByTestId('report'), { key: 'Escape' });
    await fireEvent.click(screen.getByTestId('report-close'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says so when there is nothing to list', () => {
    setup(deckInput({ overlaps: [], flagged: [] }));
    expect(screen.queryByTestId('report-overlaps')).toBeNull();
    expect(screen.queryByTestId('report-flags')).toBeNull();
    expect(screen.getAllByText('无')).toHaveLength(2);
  });
});
