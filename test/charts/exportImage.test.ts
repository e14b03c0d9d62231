// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  composeExportSvg,
  legendLayout,
  pngScale,
  serializeSvg,
  SVG_NS,
  svgSize,
  svgToPngBlob,
} from '../../src/charts/exportImage';
import { shicheng } from './fixture';

const legend = shicheng().legend;
const content = () => {
  const g = document.createElementNS(SVG_NS, 'g') as SVGGElement;
  const c = document.createElementNS(SVG_NS, 'circle');
  c.setAttribute('r', '10');
  g.append(c);
  return g;
};

describe('legendLayout(entries, maxWidth)', () => {
  it('puts the four kinds on one row when they fit, and wraps when they do not', () => {
    // "过程性  12": swatch 12 + 6 + (3 CJK × 13 + 2 spaces × 3.9 + 2 digits × 7.8) = 80.4 px
    const wide = legendLayout(legend, 600);
    expect(wide.items.map((i) => i.y)).toEqual([0, 0, 0, 0]);
    expect(wide.items[1].x).toBeCloseTo(80.4 + 22, 6);
    expect(wide.height).toBe(22);
    const narrow = legendLayout(legend, 200);
    expect(narrow.items.map((i) => i.y)).toEqual([0, 0, 22, 22]);
    expect(narrow.height).toBe(44);
  });

  it('takes no room without entries', () => {
    expect(legendLayout([], 500)).toEqual({ items: [], height: 0 });
  });
});

describe('composeExportSvg(content, width, height, title, legend)', () => {
  it('draws the title, then the chart, then the legend swatches with label and count', () => {
    const svg = composeExportSvg(content(), 400, 300, '石城县 2018 考核细则', legend);
    expect(svg.querySelector('text')!.textContent).toBe('石城县 2018 考核细则');
    const swatches = [...svg.querySelectorAll('g:last-child > rect')].map((r) =>
      r.getAttribute('fill'),
    );
    expect(swatches).toEqual(legend.map((e) => e.color));
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.slice(1)).toEqual(['过程性  12', '结果性  10', '混合  6', '无法判断  1']);
    // page: 16 margin + 18 title + 12 gap + 300 chart + 12 gap + 22 legend row + 16 margin
    expect(svgSize(svg)).toEqual({ width: 432, height: 396 });
    expect(svg.getAttribute('font-family')!.startsWith("'Noto Sans CJK SC'")).toBe(true);
    expect(svg.firstElementChild!.getAttribute('fill')).toBe('#ffffff'); // a white page
  });
});

describe('serializeSvg(svg)', () => {
  it('writes a standalone document with the SVG namespace that parses back with its Chinese', () => {
    const text = serializeSvg(composeExportSvg(content(), 200, 200, '考核 <总分> & 扣分', legend));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain(`xmlns="${SVG_NS}"`);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.querySelector('text')!.textContent).toBe('考核 <总分> & 扣分');
  });
});

describe('pngScale(width, height, scale)', () => {
  it.each([
    { w: 700, h: 800, scale: 2, expected: 2 },
    { w: 1200, h: 20000, scale: 2, expected: 16384 / 20000 }, // a tall tree: the side limit
    { w: 12000, h: 12000, scale: 2, expected: Math.sqrt(120e6 / 144e6) }, // the area limit
  ])('$w × $h at ×$scale → ×$expected', ({ w, h, scale, expected }) => {
    expect(pngScale(w, h, scale)).toBeCloseTo(expected, 9);
  });
});

describe('svgToPngBlob(svg, scale)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws an <img> of a blob: URL on a canvas twice the size and frees the URL', async () => {
    const urls: string[] = [];
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      urls.push('blob:fake/1');
      return 'blob:fake/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((u) => void revoked.push(u));
    // jsdom neither loads images nor draws: stand in for both, keeping what they were given.
    const drawn: unknown[][] = [];
    vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (
      this: HTMLImageElement,
    ) {
      queueMicrotask(() => this.onload?.(new Event('load')));
    });
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
      () =>
        ({
          fillRect: () => {},
          drawImage: (...args: unknown[]) => void drawn.push(args.slice(1)),
        }) as unknown as CanvasRenderingContext2D,
    );
    const sizes: number[][] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (
      this: HTMLCanvasElement,
      cb,
    ) {
      sizes.push([this.width, this.height]);
      cb(new Blob(['png'], { type: 'image/png' }));
    });
    const svg = composeExportSvg(content(), 400, 300, 'title', legend);
    const blob = await svgToPngBlob(svg);
    expect(blob.type).toBe('image/png');
    expect(sizes).toEqual([[864, 792]]);
    expect(drawn).toEqual([[0, 0, 864, 792]]);
    expect(revoked).toEqual(urls);
  });

  it('refuses an SVG without a size', async () => {
    const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
    await expect(svgToPngBlob(svg)).rejects.toThrow(/no size/);
  });
});
