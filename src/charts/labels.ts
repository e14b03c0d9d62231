import type { ChartLabels } from './types';

/** The Chinese defaults of ChartLabels (the app's first language, DESIGN.md). */
export const DEFAULT_LABELS: Required<ChartLabels> = {
  up: '返回上级',
  reset: '重置',
  more: '+{n} 项',
  moreLeaves: '共 {n} 个细项',
  breadcrumb: '当前位置',
};

/** The labels to draw: the UI's words where given, the defaults elsewhere. */
export function resolveLabels(labels: ChartLabels | undefined): Required<ChartLabels> {
  return { ...DEFAULT_LABELS, ...stripUndefined(labels ?? {}) };
}

/** Fills the `{n}` of a label template: fillCount('+{n} 项', 12) → '+12 项'. */
export function fillCount(template: string, n: number): string {
  return template.replaceAll('{n}', String(n));
}

function stripUndefined(labels: ChartLabels): ChartLabels {
  return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== undefined));
}
