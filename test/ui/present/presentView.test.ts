// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import PresentView from '../../../src/ui/present/PresentView.svelte';
import { deckInput } from './presentFixture';

afterEach(() => locale.set('zh'));

function setup(input = deckInput()) {
  const opener = document.createElement('button');
  opener.textContent = '演示';
  document.body.append(opener);
  opener.focus();
  const onClose = vi.fn();
  const view = render(PresentView, { input, onClose });
  return { onClose, opener, view };
}

const slide = () => screen.getByTestId('slide');
const shown = () => [slide().dataset.slide, screen.getByTestId('slide-counter').textContent];
const press = (key: string, target: Element = screen.getByTestId('present')) =>
  fireEvent.keyDown(target, { key });

describe('PresentView', () => {
  it('opens on the four numbers, slide 1 of 6', () => {
    setup();
    expect(shown()).toEqual(['numbers', '1 / 6']);
    expect(slide().dataset.index).toBe('0');
    const metric = (name: string) => slide().querySelector(`[data-metric="${name}"]`)?.textContent;
    expect(metric('levels')?.replace(/\s+/g, ' ').trim()).toBe('2 大项 / 3 小项 / 2 细项');
    expect(metric('overlap')).toContain('50.0%');
    // 7 of 11 points are on negative items, 3 of 11 on process items (test/ui/fixture.ts).
    expect(metric('negative')).toContain('63.6%');
    expect(metric('process')).toContain('27.3%');
  });

  it.each<{ keys: string[]; expected: [string, string] }>([
    { keys: ['ArrowRight'], expected: ['sunburst', '2 / 6'] },
    { keys: ['PageDown', ' ', 'Enter'], expected: ['simulation', '4 / 6'] },
    { keys: ['End'], expected: ['overlaps', '6 / 6'] },
    { keys: ['End', 'ArrowRight'], expected: ['overlaps', '6 / 6'] },
    { keys: ['End', 'ArrowLeft'], expected: ['flags', '5 / 6'] },
    { keys: ['End', 'PageUp', 'Backspace'], expected: ['simulation', '4 / 6'] },
    { keys: ['End', 'Home'], expected: ['numbers', '1 / 6'] },
    { keys: ['ArrowLeft'], expected: ['numbers', '1 / 6'] },
  ])('keys $keys show $expected', async ({ keys, expected }) => {
    setup();
    for (const key of keys) await press(key);
    expect(shown()).toEqual(expected);
  });

  it('still turns pages when the focus has fallen to the page (a control turned disabled)', async () => {
    setup();
    (document.activeElement as HTMLElement | null)?.blur();
    await press('End', document.body);
    expect(shown()).toEqual(['overlaps', '6 / 6']);
  });

  it('Escape calls onClose', async () => {
    const { onClose } = setup();
    await press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('skips the growth and before/after slides when there is one year and no simulation', async () => {
    setup(
      deckInput({ years: [{ key: '2020', label: '2020', byLevel: [2, 3, 2] }], simulation: null }),
    );
    await press('ArrowRight');
    await press('ArrowRight');
    expect(shown()).toEqual(['flags', '3 / 4']);
  });

  it('shows the flagged items with their flags in words', async () => {
    setup();
    await press('End');
    await press('ArrowLeft');
    const lines = [...slide().querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('召开党建工作会议');
    expect(lines[0]).toContain('会议');
    expect(lines[1]).toContain('文件台账');
  });

  it('goes on with a click on the right half and back with one on the left half', async () => {
    setup();
    const s = slide();
    s.getBoundingClientRect = () => new DOMRect(0, 0, 1000, 600);
    await fireEvent.click(s, { clientX: 800, clientY: 300 });
    expect(shown()).toEqual(['sunburst', '2 / 6']);
    await fireEvent.click(slide(), { clientX: 200, clientY: 300 });
    expect(shown()).toEqual(['numbers', '1 / 6']);
  });

  it('takes the focus while open and gives it back to the opener when closed', async () => {
    const { opener, view } = setup();
    const present = screen.getByTestId('present');
    expect(present.contains(document.activeElement)).toBe(true);
    // Focus that wanders outside is brought back.
    opener.focus();
    expect(present.contains(document.activeElement)).toBe(true);
    view.unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('keeps Tab among its own controls, wrapping from the last to the first', async () => {
    setup();
    await press('End');
    const close = screen.getByTestId('present-close');
    close.focus();
    await press('Tab', close);
    const first = document.activeElement as HTMLButtonElement;
    expect(screen.getByTestId('present').contains(first)).toBe(true);
    // On the last slide "previous" is the first control that can be pressed.
    expect(first.textContent).toContain('上一页');
  });

  it('Enter on the close button closes instead of turning the page', async () => {
    const { onClose } = setup();
    const close = screen.getByTestId('present-close');
    await press('Enter', close);
    // The browser turns Enter on a button into a click; the view must not also move on.
    expect(shown()).toEqual(['numbers', '1 / 6']);
    await fireEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('asks for full screen and ignores a refusal', async () => {
    setup();
    const present = screen.getByTestId('present');
    const request = vi.fn(() => Promise.reject(new Error('denied')));
    present.requestFullscreen = request;
    await fireEvent.click(screen.getByTestId('present-fullscreen'));
    expect(request).toHaveBeenCalledTimes(1);
    expect(shown()).toEqual(['numbers', '1 / 6']);
  });

  it('speaks English when the interface does', async () => {
    locale.set('en');
    setup();
    await press('End');
    expect(slide().textContent).toContain('merging them removes 1 items');
    expect(screen.getByTestId('present-close').textContent).toBe('Close (Esc)');
  });
});
