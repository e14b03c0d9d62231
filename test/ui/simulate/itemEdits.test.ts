// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeScheme } from '../../../src/core/analyze';
import { importScheme } from '../../../src/core/import/importScheme';
import type { SimulationStep } from '../../../src/core/simulate/steps';
import type { Scheme } from '../../../src/core/types';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import ItemEdits from '../../../src/ui/simulate/ItemEdits.svelte';
import { buildView, type SchemeView } from '../../../src/ui/state/schemeView';

afterEach(() => locale.set('zh'));

function read(file: string): Scheme {
  const bytes = readFileSync(resolve(import.meta.dirname, '../../../data', file));
  const scheme = importScheme(new Uint8Array(bytes), file).scheme;
  if (!scheme) throw new Error(`${file} did not import`);
  return scheme;
}

/**
 * data/scheme-2011.csv: 9 major items, 45 detailed items, two levels. Read by hand from the
 * file: n1 经济发展 (20 points) has 8 items, n2 地区生产总值增长 (4 points) the first of them;
 * n10 财政税收 (3 items), n14 农业农村 (7 items) come next.
 */
const scheme2011 = read('scheme-2011.csv');
const view2011 = buildView(scheme2011, null);

function setup(id: string, over: { view?: SchemeView; busy?: boolean } = {}) {
  const onAdd = vi.fn<(s: SimulationStep) => void>();
  render(ItemEdits, { view: over.view ?? view2011, id, busy: over.busy ?? false, onAdd });
  return onAdd;
}

const button = (name: string) => screen.getByTestId<HTMLButtonElement>(`edit-${name}`);
const optionValues = (testId: string) =>
  [...screen.getByTestId<HTMLSelectElement>(testId).options].map((o) => o.value).filter(Boolean);

describe('ItemEdits: the steps its buttons add', () => {
  it('renames a leaf to the trimmed new name', async () => {
    const onAdd = setup('n2');
    const input = screen.getByTestId<HTMLInputElement>('edit-name-input');
    expect(input.value).toBe('地区生产总值增长');
    await fireEvent.input(input, { target: { value: '  GDP 增长 ' } });
    await fireEvent.click(button('rename'));
    expect(onAdd.mock.calls).toEqual([[{ type: 'rename', id: 'n2', name: 'GDP 增长' }]]);
  });

  it('sets the points of a leaf from the number typed', async () => {
    const onAdd = setup('n2');
    const input = screen.getByTestId<HTMLInputElement>('edit-points-input');
    expect(input.value).toBe('4');
    await fireEvent.input(input, { target: { value: '2.5' } });
    await fireEvent.click(button('points'));
    expect(onAdd.mock.calls).toEqual([[{ type: 'set-points', id: 'n2', points: 2.5 }]]);
  });

  it('sets points to 0, which is a value and not "no points"', async () => {
    const onAdd = setup('n2');
    await fireEvent.input(screen.getByTestId('edit-points-input'), { target: { value: '0' } });
    await fireEvent.click(button('points'));
    expect(onAdd.mock.calls).toEqual([[{ type: 'set-points', id: 'n2', points: 0 }]]);
  });

  it('deletes the selected item', async () => {
    const onAdd = setup('n10');
    await fireEvent.click(button('delete'));
    expect(onAdd.mock.calls).toEqual([[{ type: 'delete', id: 'n10' }]]);
  });

  it('moves a leaf under the major item chosen', async () => {
    const onAdd = setup('n2');
    await fireEvent.change(screen.getByTestId('edit-move-select'), { target: { value: 'n14' } });
    await fireEvent.click(button('move'));
    expect(onAdd.mock.calls).toEqual([[{ type: 'move', id: 'n2', parent: 'n14' }]]);
  });

  it('merges the item with the one chosen, by the points rule chosen, the item first', async () => {
    const onAdd = setup('n2');
    await fireEvent.change(screen.getByTestId('edit-merge-select'), { target: { value: 'n3' } });
    await fireEvent.change(screen.getByTestId('edit-merge-points'), { target: { value: 'max' } });
    await fireEvent.click(button('merge'));
    expect(onAdd.mock.calls).toEqual([[{ type: 'merge', ids: ['n2', 'n3'], points: 'max' }]]);
  });

  it('merges by sum unless another rule is chosen', async () => {
    const onAdd = setup('n2');
    await fireEvent.change(screen.getByTestId('edit-merge-select'), { target: { value: 'n11' } });
    await fireEvent.click(button('merge'));
    expect(onAdd.mock.calls).toEqual([[{ type: 'merge', ids: ['n2', 'n11'], points: 'sum' }]]);
  });
});

describe('ItemEdits: where an item can move', () => {
  const others2011 = ['n10', 'n14']; // two of the 8 other major items, checked by hand

  it('offers a leaf every other major item, not its own parent', () => {
    setup('n2');
    const targets = optionValues('edit-move-select');
    expect(targets).toHaveLength(8);
    expect(targets).not.toContain('n1');
    expect(targets).not.toContain('n2');
    expect(targets).toEqual(expect.arrayContaining(others2011));
    // Leaves are no place to move to.
    expect(targets.every((t) => view2011.byId.get(t)!.children.length > 0)).toBe(true);
  });

  it('offers a major item the other major items, never itself', () => {
    setup('n1');
    const targets = optionValues('edit-move-select');
    expect(targets).toHaveLength(8);
    expect(targets).not.toContain('n1');
  });

  it('leaves out the item, its own sub-items and its parent in a three-level scheme', () => {
    // data/scheme-2020.csv: n1 党的建设 → n2 理论学习 → n3 …; 4 major items, 109 sub-items.
    const scheme = read('scheme-2020.csv');
    const view = buildView(scheme, null);
    const n1 = view.byId.get('n1')!;
    setup('n1', { view });
    const targets = optionValues('edit-move-select');
    expect(targets).not.toContain('n1');
    for (const sub of n1.children) expect(targets).not.toContain(sub);
    // 3 other major items + the 109 − |n1's sub-items| sub-items of the others.
    expect(targets).toHaveLength(3 + 109 - n1.children.length);
  });

  it('lists the parents one level up first, so the item keeps its level', () => {
    const scheme = read('scheme-2020.csv');
    const view = buildView(scheme, null);
    setup('n2', { view }); // 理论学习, a sub-item of n1 党的建设
    const select = screen.getByTestId<HTMLSelectElement>('edit-move-select');
    const [first, second] = [...select.querySelectorAll('optgroup')];
    const majors = scheme.nodes.filter((n) => n.level === 1 && n.id !== 'n1').map((n) => n.id);
    expect(majors).toHaveLength(3);
    expect([...first.querySelectorAll('option')].map((o) => o.value)).toEqual(majors);
    const rest = [...second.querySelectorAll('option')].map((o) => o.value);
    expect(rest.every((v) => view.byId.get(v)!.level === 2)).toBe(true);
    expect(rest).not.toContain('n2');
    expect(first.label).toBe('层级不变');
  });
});

describe('ItemEdits: what it can merge with', () => {
  it("lists a leaf's siblings first, then the other leaves at its level", () => {
    setup('n2');
    const values = optionValues('edit-merge-select');
    // 45 leaves less the item itself; its 7 siblings (n3…n9) first.
    expect(values).toHaveLength(44);
    expect(values.slice(0, 7)).toEqual(['n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
    expect(values).not.toContain('n1');
    expect(screen.queryByTestId('edit-merge-filter')).toBeNull();
  });

  it('puts the other members of its overlap cluster right after the siblings', () => {
    const scheme = read('scheme-2020.csv');
    const view = buildView(scheme, analyzeScheme(scheme));
    // A planted cross-department group whose members sit under different parents.
    const cluster = view.analysis!.overlap.clusters.find((c) =>
      c.members.some((m) => view.byId.get(m)!.parent !== view.byId.get(c.members[0])!.parent),
    )!;
    const id = cluster.members[0];
    const siblings = view.byId.get(view.byId.get(id)!.parent!)!.children.filter((c) => c !== id);
    setup(id, { view });
    const values = optionValues('edit-merge-select');
    const others = cluster.members.filter((m) => m !== id && !siblings.includes(m));
    expect(others.length).toBeGreaterThan(0);
    expect(values.slice(0, siblings.length)).toEqual(siblings);
    expect(values.slice(siblings.length, siblings.length + others.length)).toEqual(others);
    // The other 370 leaves of level 3 are candidates; the list shows the first 300 once each
    // (a list of every item of a 100,000-item scheme would stall the page) …
    expect(new Set(values).size).toBe(values.length);
    expect(values).toHaveLength(300);
    expect(screen.getByTestId('item-edits').textContent).toContain('370');
  });

  it('finds a candidate beyond the first 300 through the filter', async () => {
    const scheme = read('scheme-2020.csv');
    const view = buildView(scheme, null);
    setup('n3', { view });
    const shown = new Set(optionValues('edit-merge-select'));
    const far = scheme.nodes.filter((n) => n.children.length === 0 && n.id !== 'n3').at(-1)!;
    expect(shown.has(far.id)).toBe(false);
    const filter = screen.getByTestId<HTMLInputElement>('edit-merge-filter');
    await fireEvent.input(filter, { target: { value: far.name } });
    expect(optionValues('edit-merge-select')).toContain(far.id);
  });

  it('shows a filter over more than 50 candidates and narrows the list by name', async () => {
    const scheme = read('scheme-2020.csv');
    const view = buildView(scheme, null);
    setup('n3', { view });
    const filter = screen.getByTestId<HTMLInputElement>('edit-merge-filter');
    await fireEvent.input(filter, { target: { value: '学习强国' } });
    const values = optionValues('edit-merge-select');
    const expected = scheme.nodes
      .filter((n) => n.id !== 'n3' && n.children.length === 0)
      .filter((n) => view.path(n.id).join(' › ').includes('学习强国'))
      .map((n) => n.id);
    expect(expected.length).toBeGreaterThan(0);
    expect([...values].sort()).toEqual([...expected].sort());
  });

  it('offers a major item the other major items only', () => {
    setup('n1');
    const values = optionValues('edit-merge-select');
    expect(values).toHaveLength(8);
    expect(values.every((v) => view2011.byId.get(v)!.level === 1)).toBe(true);
  });
});

describe('ItemEdits: disabled until the edit means something', () => {
  it('disables rename, points, move and merge until something is changed or chosen', () => {
    setup('n2');
    for (const b of ['rename', 'points', 'move', 'merge']) expect(button(b).disabled).toBe(true);
    expect(button('delete').disabled).toBe(false);
  });

  it.each([
    ['an empty name', 'edit-name-input', '   ', 'rename'],
    ['the same name', 'edit-name-input', '地区生产总值增长 ', 'rename'],
    ['negative points', 'edit-points-input', '-1', 'points'],
    ['empty points', 'edit-points-input', '', 'points'],
    ['the same points', 'edit-points-input', '4', 'points'],
  ])('keeps %s from being added', async (_what, input, value, which) => {
    const onAdd = setup('n2');
    await fireEvent.input(screen.getByTestId(input), { target: { value } });
    expect(button(which).disabled).toBe(true);
    await fireEvent.click(button(which));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('disables every button while a simulation is computing', async () => {
    const onAdd = setup('n2', { busy: true });
    await fireEvent.input(screen.getByTestId('edit-name-input'), { target: { value: 'x' } });
    await fireEvent.change(screen.getByTestId('edit-move-select'), { target: { value: 'n14' } });
    for (const b of ['rename', 'points', 'delete', 'move', 'merge']) {
      expect(button(b).disabled).toBe(true);
    }
    await fireEvent.click(button('delete'));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('waits for the step it added before another can be added', async () => {
    let finish = () => {};
    const onAdd = vi.fn(() => new Promise<void>((r) => (finish = r)));
    render(ItemEdits, { view: view2011, id: 'n2', busy: false, onAdd });
    await fireEvent.click(button('delete'));
    expect(button('delete').disabled).toBe(true);
    finish();
    await vi.waitFor(() => expect(button('delete').disabled).toBe(false));
    expect(onAdd).toHaveBeenCalledTimes(1);
  });
});

describe('ItemEdits: another item selected', () => {
  it('starts over from the new item: its name, its points, nothing chosen', async () => {
    const onAdd = vi.fn();
    const { rerender } = render(ItemEdits, { view: view2011, id: 'n2', busy: false, onAdd });
    await fireEvent.input(screen.getByTestId('edit-name-input'), { target: { value: 'typed' } });
    await fireEvent.change(screen.getByTestId('edit-move-select'), { target: { value: 'n14' } });
    await rerender({ id: 'n11' }); // 财政总收入, 4 points
    expect(screen.getByTestId<HTMLInputElement>('edit-name-input').value).toBe('财政总收入');
    expect(screen.getByTestId<HTMLInputElement>('edit-points-input').value).toBe('4');
    expect(screen.getByTestId<HTMLSelectElement>('edit-move-select').value).toBe('');
    expect(button('move').disabled).toBe(true);
  });
});

describe('ItemEdits: what it says', () => {
  it('reads in English, saying how many detailed items a branch deletes', () => {
    locale.set('en');
    setup('n1');
    expect(screen.getByText('Edit in the simulation')).toBeTruthy();
    // n1 经济发展 has 8 detailed items.
    expect(button('delete').textContent).toBe('Delete it with its 8 detailed items');
    expect(button('rename').textContent).toBe('Rename');
    expect(button('points').textContent).toBe('Set points');
    expect(button('move').textContent).toBe('Move');
    expect(button('merge').textContent).toBe('Merge');
    expect(screen.getByTestId('edit-hint').textContent).toMatch(
      /added as a step of this scheme's simulation, where it can be undone/,
    );
  });

  it('names a leaf deletion without a count, in Chinese by default', () => {
    setup('n2');
    expect(screen.getByText('在模拟中修改')).toBeTruthy();
    expect(button('delete').textContent).toBe('删除此项');
  });
});
