// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sunburst } from '../../src/charts/sunburst';
import type { ChartInput } from '../../src/charts/types';
import { huge, shicheng, synthetic } from './fixture';

let host: HTMLElement;
afterEach(() => host?.remove());

/** Renders without animation (duration 0) so the DOM shows the end state at once. */
function mount(input: ChartInput = shicheng(), callbacks = {}) {
  host = document.createElement('div');
  document.body.append(host);
  return sunburst(host, input, callbacks, { duration: 0 });
}
const arcs = () => [...host.querySelectorAll<SVGPathElement>('svg path[data-key]')];
const arc = (key: string) => host.querySelector<SVGPathElement>(`path[data-key="${key}"]`)!;
const crumbs = () => [...host.querySelectorAll('nav button[data-crumb]')].map((b) => b.textContent);
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('sunburst(element, input)', () => {
  it('draws one focusable arc per node of the 石城 scheme, named for screen readers', () => {
    mount();
    expect(arcs()).toHaveLength(35);
    const a = arc('i2');
    expect(a.getAttribute('role')).toBe('button');
    expect(a.getAttribute('tabindex')).toBe('0');
    expect(a.getAttribute('aria-label')).toBe('强化督查督办, process');
    expect(a.getAttribute('fill')).toBe('#d95f02');
    expect(a.getAttribute('d')).toMatch(/^M/);
    expect(crumbs()).toEqual(['石城县 2018 河长制']);
  });

  it('writes labels only where they fit, shortened to the ring depth', () => {
    mount();
    const labels = [...host.querySelectorAll('svg text')].map((t) => t.textContent);
    // 29 leaves: one leaf spans 12.4°, 25.7 px high at ring 1, so every arc has room for a line;
    // a ring is 79 px deep, 71 px inside the padding: six CJK characters at 11 px fit.
    expect(labels).toContain('强化督查督办');
    expect(labels).toContain('进一步完善…');
    expect(labels).not.toContain('进一步完善河长制工作考核方案');
  });

  it('draws a thin arc without a label', () => {
    // one sub-item of 300 leaves and one of 1: the small one spans 1.2°, wide enough to draw
    // (over 0.73°, i.e. 2 px at ring 2) but 4 px high at its middle: no room for 11 px text.
    mount(synthetic(1, 2, (_m, s) => (s === 0 ? 300 : 1)));
    expect(arc('m0.1')).not.toBeNull();
    const labelled = [...host.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(labelled).toContain('小项 1.1 台…'); // 小项 22 + spaces 6.6 + "1.1" 16.5 + 台 11 = 56 of 64 px
    expect(labelled.some((l) => l?.startsWith('小项 1.2'))).toBe(false);
  });

  it('zooms into a clicked section: breadcrumb, onZoom and onSelect follow', () => {
    const onZoom = vi.fn();
    const onSelect = vi.fn();
    mount(shicheng(), { onZoom, onSelect });
    arc('s1').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onZoom).toHaveBeenCalledWith('s1');
    expect(onSelect).toHaveBeenCalledWith('s1');
    expect(crumbs()).toEqual(['石城县 2018 河长制', '巩固成果，提升河长制工作实效']);
    expect(
      arcs()
        .map((a) => a.dataset.key)
        .sort(),
    ).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i5.1', 'i5.2', 'i5.3', 'i6', 'i6.1', 'i6.2', 'i6.3']);
    expect(arc('s1')).toBeNull(); // it is the centre now
  });

  it('goes up with the centre, the breadcrumb and Escape, and back to the top with reset', () => {
    const onZoom = vi.fn();
    mount(shicheng(), { onZoom });
    key(arc('s1'), 'Enter');
    key(arc('i5'), 'Enter');
    expect(crumbs()).toHaveLength(3);
    key(host.querySelector('svg g[role="button"]')!, 'Escape'); // the centre
    expect(crumbs()).toHaveLength(2);
    host
      .querySelector<SVGGElement>('svg g[role="button"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(crumbs()).toHaveLength(1);
    key(arc('s4'), 'Enter');
    host.querySelector<HTMLButtonElement>('nav button[data-reset]')!.click();
    expect(crumbs()).toHaveLength(1);
    expect(onZoom.mock.calls.map((c) => c[0])).toEqual(['s1', 'i5', 's1', null, 's4', null]);
  });

  it('selects a leaf on click without zooming, and outlines it once the UI says so', () => {
    const onSelect = vi.fn();
    const h = mount(shicheng(), { onSelect });
    arc('i13').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith('i13');
    expect(crumbs()).toHaveLength(1);
    h.update(shicheng({ selected: 'i13' }));
    expect(arc('i13').getAttribute('stroke')).toBe('#111');
    expect(arc('i12').getAttribute('stroke')).toBe('#ffffff');
  });

  it('shows the tooltip lines as text, so a name with markup cannot inject HTML', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const input = shicheng();
    input.nodes[1] = { ...input.nodes[1], tooltip: [evil, '分值 5'] };
    mount(input);
    arc('i1').dispatchEvent(
      new MouseEvent('pointermove', { bubbles: true, clientX: 20, clientY: 20 }),
    );
    const tip = host.querySelector<HTMLElement>('[data-tooltip]')!;
    expect(tip.style.display).toBe('block');
    expect(tip.textContent).toBe(`${evil}分值 5`);
    expect(tip.querySelector('img')).toBeNull();
    arc('i1').dispatchEvent(new MouseEvent('pointerout', { bubbles: true }));
    expect(tip.style.display).toBe('none');
  });

  it('re-colours and re-highlights in place when only colours or highlight change', () => {
    const h = mount();
    const before = arcs();
    h.update(shicheng({ colors: { process: '#000000' }, highlight: ['i5.2'] }));
    expect(arcs()).toEqual(before); // the same elements, not rebuilt
    expect(arc('i2').getAttribute('fill')).toBe('#000000');
    expect(arc('i5.2').getAttribute('fill-opacity')).toBe('1');
    expect(arc('i5.2').getAttribute('stroke')).toBe('#333333');
    expect(arc('s1').getAttribute('fill-opacity')).toBe('1'); // on the way to the match
    expect(arc('i5.1').getAttribute('fill-opacity')).toBe('0.22');
    expect(arc('s4').getAttribute('fill-opacity')).toBe('0.22');
  });

  it('rebuilds when the tree changed, staying in the branch that is still there', () => {
    const h = mount();
    h.zoomTo('s1');
    const fewer = shicheng({ nodes: shicheng().nodes.filter((n) => !n.id.startsWith('i5')) });
    h.update(fewer);
    expect(crumbs()).toEqual(['石城县 2018 河长制', '巩固成果，提升河长制工作实效']);
    expect(arcs()).toHaveLength(8); // i1–i4, i6 and its three clauses
  });

  it('zoomTo a leaf shows its branch; zoomTo(null) the whole scheme', () => {
    const onZoom = vi.fn();
    const h = mount(shicheng(), { onZoom });
    h.zoomTo('i6.2');
    expect(crumbs().at(-1)).toBe('深化河长制培训、宣传和教育');
    h.zoomTo(null);
    expect(crumbs()).toHaveLength(1);
    expect(onZoom).not.toHaveBeenCalled(); // only the user's moves are reported
  });

  it('exports an SVG with the title, the legend and a CJK font', () => {
    const h = mount();
    const svg = h.toSvg();
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('石城县 2018 河长制湖长制 乡镇 考核细则');
    expect(texts).toContain('过程性  12');
    expect(svg.getAttribute('font-family')).toContain('Noto Sans CJK SC');
    expect(svg.querySelectorAll('path')).toHaveLength(35);
    expect(svg.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  it('stays small with ~100,000 leaves: thin arcs become "+N" marks', () => {
    const t0 = performance.now();
    const h = mount(huge());
    const ms = performance.now() - t0;
    const marks = arcs().filter((a) => a.dataset.key!.startsWith('\u0000more:'));
    expect(arcs().length).toBeLessThan(3000);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks[0].getAttribute('aria-label')).toMatch(/^\+\d+ 项, 共 \d+ 个细项$/);
    const again = huge({ highlight: ['m1.5.3'] });
    const t1 = performance.now();
    h.update(again); // same structure and colours: re-highlight only
    const restyle = performance.now() - t1;
    // the match m1.5.3 is folded into the mark of m1.5: that mark leads to it, others dim
    // (found by dataset: a NUL in a CSS selector string turns into U+FFFD)
    const mark = (of: string) => marks.find((m) => m.dataset.key === `\u0000more:${of}`)!;
    expect(mark('m1.5').getAttribute('fill-opacity')).toBe('1');
    expect(mark('m1.10').getAttribute('fill-opacity')).toBe('0.22');
    console.info(
      `sunburst 98,800 leaves: ${arcs().length} arcs (${marks.length} marks), first draw ${ms.toFixed(0)} ms, restyle ${restyle.toFixed(0)} ms (jsdom)`,
    );
  });

  it('destroy() empties the element', () => {
    const h = mount();
    h.destroy();
    expect(host.childElementCount).toBe(0);
  });
});

describe('sunburst transitions', () => {
  it('animates a zoom and ends with exactly the arcs of the branch', async () => {
    host = document.createElement('div');
    document.body.append(host);
    sunburst(host, shicheng(), {}, { duration: 120 });
    arc('s3').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // Mid-way the arcs that leave are still there, fading out.
    expect(arcs().length).toBeGreaterThan(4);
    await new Promise((r) => setTimeout(r, 400));
    expect(
      arcs()
        .map((a) => a.dataset.key)
        .sort(),
    ).toEqual(['i10', 'i11', 'i8', 'i9']);
    expect(arcs().every((a) => a.getAttribute('opacity') === '1')).toBe(true);
  });
});
