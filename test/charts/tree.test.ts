// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tree } from '../../src/charts/tree';
import type { ChartInput } from '../../src/charts/types';
import { LEVEL1, LEVEL2, shicheng, synthetic } from './fixture';

let host: HTMLElement;
afterEach(() => host?.remove());

/** Renders without animation; jsdom has no layout, so the viewport is the default 800 × 520. */
function mount(input: ChartInput = shicheng(), callbacks = {}, size?: [number, number]) {
  host = document.createElement('div');
  if (size) {
    Object.defineProperty(host, 'clientWidth', { value: size[0] });
    Object.defineProperty(host, 'clientHeight', { value: size[1] });
  }
  document.body.append(host);
  return tree(host, input, callbacks, { duration: 0 });
}
const ids = () =>
  [...host.querySelectorAll<SVGGElement>('g.node')]
    .map((g) => g.dataset.id!)
    .filter((id) => !id.startsWith('\u0000'));
const node = (id: string) => host.querySelector<SVGGElement>(`g.node[data-id="${id}"]`)!;
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('tree(element, input)', () => {
  it('starts collapsed below level 2, each node focusable and named', () => {
    mount(shicheng(), {}, [1000, 700]); // tall enough for all 23 sub-items
    expect(ids().sort()).toEqual([...LEVEL1, ...LEVEL2].sort());
    const g = node('i5');
    expect(g.getAttribute('tabindex')).toBe('0');
    expect(g.getAttribute('aria-label')).toBe('全面推进河长制信息平台建设, branch');
    expect(g.getAttribute('aria-expanded')).toBe('false');
    expect(node('i1').hasAttribute('aria-expanded')).toBe(false); // a leaf
    expect(host.querySelectorAll('svg path').length).toBe(ids().length); // one link per node
  });

  it('first shows the top rows of a tree taller than the view, root at the left', () => {
    mount(); // 800 × 520: the 23 sub-items and the gaps between sections need 594 px
    expect(ids()).toContain('i1');
    expect(ids()).not.toContain('i23');
    expect(host.querySelector('svg > g')!.getAttribute('transform')).toBe(
      'translate(40,286) scale(1)',
    );
  });

  it('opens and closes a branch with its circle, and with Enter', () => {
    mount();
    click(node('i5').querySelector('circle')!);
    expect(ids()).toEqual(expect.arrayContaining(['i5.1', 'i5.2', 'i5.3']));
    expect(node('i5').getAttribute('aria-expanded')).toBe('true');
    key(node('i5'), 'Enter');
    expect(ids()).not.toContain('i5.1');
  });

  it('selects with a click on the label (onSelect), not on the circle', () => {
    const onSelect = vi.fn();
    const h = mount(shicheng(), { onSelect });
    click(node('i5').querySelector('circle')!);
    expect(onSelect).not.toHaveBeenCalled();
    click(node('i5').querySelector('text')!);
    expect(onSelect).toHaveBeenCalledWith('i5');
    key(node('i8'), ' ');
    expect(onSelect).toHaveBeenLastCalledWith('i8');
    h.update(shicheng({ selected: 'i8' }));
    expect(node('i8').querySelector('circle')!.getAttribute('stroke')).toBe('#111');
  });

  it('draws labels with a white halo (paint-order stroke), shortened before the next level', () => {
    mount(shicheng(), {}, [1000, 700]);
    const t = node('s2').querySelector('text')!;
    expect(t.getAttribute('paint-order')).toBe('stroke');
    expect(t.getAttribute('stroke')).toBe('#ffffff');
    // a branch label gets one level (220 px − 24) at 12 px
    expect(t.textContent).toBe('对标中央、省、市，落实湖长制重…'); // 15 × 12 px + … in 196 px
    expect(node('i22').querySelector('text')!.textContent).toBe(
      '持续加大非法侵占林地、破坏湿地和野生动物资源等违法犯罪的整治',
    );
  });

  it('reveal(ids) opens the branches leading to a search match', () => {
    const h = mount();
    expect(ids()).not.toContain('i6.3');
    h.reveal(['i6.3']);
    expect(ids()).toContain('i6.3');
    expect(ids()).not.toContain('i5.1');
  });

  it('expandAll shows every node, collapseAll only the major items', () => {
    const h = mount(shicheng(), {}, [1000, 800]); // room for all 29 rows
    h.expandAll();
    expect(ids()).toHaveLength(35);
    h.collapseAll();
    expect(ids().sort()).toEqual([...LEVEL1].sort());
  });

  it('collapseAll frames the major items again, wherever the view was panned', () => {
    const h = mount(); // 800 × 520
    const start = host.querySelector('svg > g')!.getAttribute('transform');
    h.expandAll();
    h.reveal(['i23']); // pans down to the last item
    expect(host.querySelector('svg > g')!.getAttribute('transform')).not.toBe(start);
    h.collapseAll();
    expect(ids().sort()).toEqual([...LEVEL1].sort());
    expect(host.querySelector('svg > g')!.getAttribute('transform')).toBe(
      'translate(40,260) scale(1)',
    );
  });

  it('re-highlights in place; the way to a match stays, the rest is dimmed', () => {
    const h = mount();
    const before = [...host.querySelectorAll('g.node')];
    h.update(shicheng({ highlight: ['i13'] }));
    expect([...host.querySelectorAll('g.node')]).toEqual(before);
    expect(node('i13').getAttribute('opacity')).toBe('1');
    expect(node('s4').getAttribute('opacity')).toBe('1');
    expect(node('i12').getAttribute('opacity')).toBe('0.32');
    expect(node('i13').querySelector('text')!.getAttribute('font-weight')).toBe('700');
  });

  it('shows tooltips as text', () => {
    const input = shicheng();
    input.nodes[2] = { ...input.nodes[2], tooltip: ['<b onmouseover=x>强化</b>', '分值 4'] };
    mount(input);
    node('i2').dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    const tip = host.querySelector<HTMLElement>('[data-tooltip]')!;
    expect(tip.textContent).toBe('<b onmouseover=x>强化</b>分值 4');
    expect(tip.querySelector('b')).toBeNull();
  });

  it('keeps only the visible window in the DOM: 10,000 expanded nodes, a few dozen drawn', () => {
    const h = mount(synthetic(10, 10, () => 99)); // 10 + 100 + 9,900 = 10,010 nodes
    const t0 = performance.now();
    h.expandAll();
    const ms = performance.now() - t0;
    const drawn = host.querySelectorAll('g.node').length;
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(100); // 520 px / 22 px rows ≈ 24 rows, plus a margin
    // the export still holds the whole open tree
    const svg = h.toSvg();
    expect(svg.querySelectorAll('g > g > g > circle').length).toBe(10_011);
    console.info(
      `tree: expandAll of 10,010 nodes in ${ms.toFixed(0)} ms (jsdom), ${drawn} nodes in the DOM`,
    );
  });

  it('exports the open tree with title, legend and a CJK font', () => {
    const h = mount();
    const svg = h.toSvg();
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('石城县 2018 河长制湖长制 乡镇 考核细则');
    expect(texts).toContain('结果性  10');
    expect(texts).toContain('强化督查督办');
    expect(texts).not.toContain('推进APP巡河信息平台建设（相关人员注册并使用）'); // closed
    expect(svg.getAttribute('font-family')).toContain('Noto Sans CJK SC');
  });

  it('destroy() empties the element', () => {
    const h = mount();
    h.destroy();
    expect(host.childElementCount).toBe(0);
  });
});

describe('tree panning and transitions', () => {
  it('reveal pans to a match far below, and culling brings it into the DOM', async () => {
    const h = mount(synthetic(10, 10, () => 20)); // 2,110 nodes
    h.expandAll();
    expect(ids()).not.toContain('m9.9.19');
    h.reveal(['m9.9.19']);
    await new Promise((r) => setTimeout(r, 100)); // the cull runs on the next frame
    expect(ids()).toContain('m9.9.19');
    expect(ids()).not.toContain('m0.0.0');
  });

  it('animates opening a branch and leaves no fading nodes behind', async () => {
    host = document.createElement('div');
    document.body.append(host);
    tree(host, shicheng(), {}, { duration: 120 });
    click(node('i6').querySelector('circle')!);
    await new Promise((r) => setTimeout(r, 50));
    expect(ids()).toContain('i6.1');
    click(node('i6').querySelector('circle')!);
    await new Promise((r) => setTimeout(r, 400));
    expect(ids()).not.toContain('i6.1');
    expect(host.querySelectorAll('.exiting')).toHaveLength(0);
    expect(node('i6').getAttribute('transform')).toMatch(/^translate\(440,-?\d+(\.\d+)?\)$/);
  });
});
