/**
 * A points cell (分值) as a number. Accepts what offices type: "10", "0.4", "-0.5", "10分",
 * "（5分）", "20%", full-width digits. Dashes and slashes mean "not applicable" (no points).
 */
import { halfWidth } from './cells';

/** No points, a number, or text that should have been a number. */
export type PointsCell =
  { kind: 'none' } | { kind: 'number'; value: number } | { kind: 'nan'; text: string };

const NONE = /^(?:[-—–/／\\]+|无|n\/a|na|null)$/i;
const NUMBER = /^[（(]?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?:分|%|points?|pts?)?\s*[）)]?$/i;

const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** Reads one points cell. */
export function parsePoints(cell: string): PointsCell {
  // Fast path: most points cells are plain numbers (100,000-row tables, import brief).
  if (PLAIN.test(cell)) return { kind: 'number', value: Number(cell) };
  const text = halfWidth(cell.trim()).replace(/[％]/g, '%');
  if (text === '' || NONE.test(text)) return { kind: 'none' };
  const m = NUMBER.exec(text);
  if (m) {
    const value = Number(m[1]);
    if (Number.isFinite(value)) return { kind: 'number', value };
  }
  return { kind: 'nan', text: cell.trim() };
}

/** True when the cell reads as a number (used to profile columns). */
export function isNumberCell(cell: string): boolean {
  return parsePoints(cell).kind === 'number';
}
