// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale } from '../../src/ui/i18n/locale.svelte';
import Overview from '../../src/ui/overview/Overview.svelte';
import { doorsOf, type Door } from '../../src/ui/overview/doors';
import { analysis, scheme } from './fixture';

afterEach(() => locale.set('zh'));

function setup() {
  const onOpen = vi.fn<(door: Door) => void>();
  render(Overview, { analysis, doors: doorsOf(scheme, analysis), onOpen });
  return onOpen;
}

describe('Overview number cards', () => {
  it('shows the counts per level as the headline, with the 3-level names', () => {
    setup();
    const headline = screen.getByTestId('headline').textContent?.replace(/\s+/g, ' ').trim();
    expect(headline).toBe('2 大项 / 3 小项 / 2 细项');
  });

  it.each([
    { testid: 'door-process', value: '50.0%', ids: ['a1x', 'b2'] },
    { testid: 'door-processPoints', value: '27.3%', ids: ['a1x', 'b2'] },
    { testid: 'door-negative', value: '50.0%', ids: ['a1x', 'b1'] },
    { testid: 'door-negativePoints', value: '63.6%', ids: ['a1x', 'b1'] },
    { testid: 'door-vetoes', value: '1', ids: ['b1'] },
    { testid: 'door-overlap', value: '50.0%', ids: ['a1x', 'b2'] },
    { testid: 'door-redundant', value: '1', ids: ['b2'] },
    { testid: 'door-level-2', value: '3', ids: ['a1', 'b1', 'b2'] },
    { testid: 'door-departments', value: '2', ids: ['a1x', 'b1', 'b2'] },
    { testid: 'door-criteria', value: '2', ids: ['a1x', 'b2'] },
    { testid: 'door-structural', value: '1', ids: ['b1'] },
  ])('clicking $testid ($value) lists $ids', async ({ testid, value, ids }) => {
    const onOpen = setup();
    expect(screen.getByTestId(`${testid}-value`).textContent).toBe(value);
    await fireEvent.click(screen.getByTestId(testid));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0][0].ids).toEqual(ids);
  });

  it('switches its labels to English with the language', async () => {
    setup();
    locale.set('en');
    await tick();
    const headline = screen.getByTestId('headline').textContent?.replace(/\s+/g, ' ').trim();
    expect(headline).toBe('2 major / 3 sub / 2 detailed');
  });
});
