import { FONT_FAMILY, TEXT_COLOR } from './style';
import { estimateTextWidth } from './textFit';
import type { LegendEntry } from './types';

/** The SVG namespace, for elements made with createElementNS. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

const MARGIN = 16;
const TITLE_SIZE = 18;
const LEGEND_SIZE = 13;
const SWATCH = 12;
const LEGEND_ROW = 22;
const LEGEND_GAP = 22;

/** Where one legend entry goes, relative to the legend's top left corner. */
export interface LegendItem {
  entry: LegendEntry;
  x: number;
  y: number;
  text: string;
}

/**
 * Lays the legend out in rows no wider than maxWidth: swatch, label and count side by side,
 * wrapping to a new row where the next entry would overflow.
 */
export function legendLayout(
  entries: readonly LegendEntry[],
  maxWidth: number,
  fontSize = LEGEND_SIZE,
): { items: LegendItem[]; height: number } {
  const items: LegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const entry of entries) {
    const text = `${entry.label}  ${entry.count}`;
    const w = SWATCH + 6 + estimateTextWidth(text, fontSize);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += LEGEND_ROW;
    }
    items.push({ entry, x, y, text });
    x += w + LEGEND_GAP;
  }
  return { items, height: entries.length > 0 ? y + LEGEND_ROW : 0 };
}

/**
 * A standalone SVG for export: a white page with the title on top, the chart's content
 * (drawn in a width × height box from 0,0) in the middle and the legend below. All styles
 * are attributes, and the font list starts with Noto Sans CJK SC so Chinese renders.
 */
export function composeExportSvg(
  content: SVGGElement,
  width: number,
  height: number,
  title: string,
  legend: readonly LegendEntry[],
): SVGSVGElement {
  const pageWidth = Math.ceil(Math.max(width, 360) + 2 * MARGIN);
  const legendBox = legendLayout(legend, pageWidth - 2 * MARGIN);
  const titleHeight = title ? TITLE_SIZE + 12 : 0;
  const contentTop = MARGIN + titleHeight;
  const legendTop = contentTop + height + (legend.length > 0 ? 12 : 0);
  const pageHeight = Math.ceil(legendTop + legendBox.height + MARGIN);

  const svg = el('svg', {
    width: pageWidth,
    height: pageHeight,
    viewBox: `0 0 ${pageWidth} ${pageHeight}`,
    'font-family': FONT_FAMILY,
    fill: TEXT_COLOR,
  }) as SVGSVGElement;
  svg.append(el('rect', { width: pageWidth, height: pageHeight, fill: '#ffffff' }));
  if (title) {
    const t = el('text', {
      x: MARGIN,
      y: MARGIN + TITLE_SIZE,
      'font-size': TITLE_SIZE,
      'font-weight': 600,
    });
    t.textContent = title;
    svg.append(t);
  }
  content.setAttribute(
    'transform',
    `translate(${MARGIN + (pageWidth - 2 * MARGIN - width) / 2},${contentTop})`,
  );
  svg.append(content);
  const g = el('g', { transform: `translate(${MARGIN},${legendTop})`, 'font-size': LEGEND_SIZE });
  for (const item of legendBox.items) {
    g.append(
      el('rect', {
        x: item.x,
        y: item.y + 2,
        width: SWATCH,
        height: SWATCH,
        rx: 2,
        fill: item.entry.color,
      }),
    );
    const t = el('text', { x: item.x + SWATCH + 6, y: item.y + SWATCH });
    t.textContent = item.text;
    g.append(t);
  }
  svg.append(g);
  return svg;
}

/** The SVG as a standalone document string (with its xmlns), ready for a .svg file. */
export function serializeSvg(svg: SVGSVGElement): string {
  let text = new XMLSerializer().serializeToString(svg);
  if (!/^<svg[^>]*\sxmlns="/.test(text)) text = text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** Width and height of an SVG from its attributes, else its viewBox. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute('width')) || box[2] || 0;
  const height = Number(svg.getAttribute('height')) || box[3] || 0;
  return { width, height };
}

/**
 * Canvas limits: Chromium refuses canvases over 16,384 px a side or ~268 M pixels; we stay
 * under both (a fully expanded tree of thousands of nodes is very tall) by lowering the scale.
 */
const MAX_SIDE = 16384;
const MAX_AREA = 120_000_000;

/** The scale to draw at: the requested one, lowered until the canvas fits the limits. */
export function pngScale(width: number, height: number, scale: number): number {
  const fit = Math.min(
    scale,
    MAX_SIDE / Math.max(1, width),
    MAX_SIDE / Math.max(1, height),
    Math.sqrt(MAX_AREA / Math.max(1, width * height)),
  );
  return Math.max(fit, 0.01);
}

/**
 * Renders the SVG to a PNG: an <img> of a blob: URL of its text, drawn on a white canvas
 * `scale` times as large. Nothing is fetched from elsewhere (the SVG has no external refs).
 */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  if (!(width > 0 && height > 0)) throw new Error('svgToPngBlob: the SVG has no size');
  const k = pngScale(width, height, scale);
  const url = URL.createObjectURL(
    new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }),
  );
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svgToPngBlob: the browser could not read the SVG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * k);
    canvas.height = Math.round(height * k);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('svgToPngBlob: no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('svgToPngBlob: canvas.toBlob failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** An SVG element with attributes. */
export function el(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}
