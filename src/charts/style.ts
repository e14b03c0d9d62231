/**
 * Drawing constants shared by the charts. Styles are set as attributes and inline styles,
 * never through a stylesheet, so an exported SVG carries them with it.
 */

/** Fonts: Noto Sans CJK SC first so that Chinese renders in exported images (charts.md). */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

export const TEXT_COLOR = '#222';
/** Outline of the selected node. */
export const SELECTED_STROKE = '#111';
/** Opacity of nodes that are not highlighted while something is. */
export const DIM_OPACITY = 0.22;
/** Transition length when none is given (charts.md: ~500–750 ms). */
export const DEFAULT_DURATION = 600;

/** The transition length to use: 0 when the user asked the system for reduced motion. */
export function resolveDuration(requested: number | undefined): number {
  const reduced =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduced ? 0 : Math.max(0, requested ?? DEFAULT_DURATION);
}
