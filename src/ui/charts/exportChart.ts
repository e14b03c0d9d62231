/**
 * Exports what a chart shows — with its title and legend, which the renderer's toSvg() adds —
 * as an SVG or PNG file, made and saved in the browser (issue 3).
 */
import { serializeSvg, svgToPngBlob } from '../../charts/exportImage';
import type { ChartHandle } from '../../charts/types';
import { download, safeFileName } from '../download';

/** Saves the chart as `<scheme>-<view>.svg`. */
export function exportSvg(handle: ChartHandle, schemeLabel: string, view: string): void {
  const text = serializeSvg(handle.toSvg());
  download(
    new Blob([text], { type: 'image/svg+xml;charset=utf-8' }),
    `${safeFileName(schemeLabel)}-${view}.svg`,
  );
}

/** Saves the chart as `<scheme>-<view>.png`, drawn at twice its size. */
export async function exportPng(
  handle: ChartHandle,
  schemeLabel: string,
  view: string,
): Promise<void> {
  const blob = await svgToPngBlob(handle.toSvg(), 2);
  download(blob, `${safeFileName(schemeLabel)}-${view}.png`);
}
