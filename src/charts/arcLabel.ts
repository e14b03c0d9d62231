import type { Arc } from './sunburstLayout';
import { fitText } from './textFit';

/** Padding in px between a label and its ring's inner and outer edge. */
const PAD = 4;

/**
 * The label to write along an arc (radially, from the inner to the outer edge), or null
 * when it does not fit: the arc must be at least one line high at its middle radius, and
 * the text must fit the ring's depth, shortened with "…" if need be.
 */
export function fitArcLabel(
  text: string,
  arc: Arc,
  ringRadius: number,
  fontSize: number,
): string | null {
  if (arc.y0 < 1) return null; // the centre has its own label
  const midRadius = ((arc.y0 + arc.y1) / 2) * ringRadius;
  const height = (arc.x1 - arc.x0) * midRadius;
  if (height < fontSize * 1.15) return null;
  return fitText(text, (arc.y1 - arc.y0) * ringRadius - 2 * PAD, fontSize);
}

/**
 * How to turn a label at the arc's middle angle (radians, clockwise from 12 o'clock):
 * `rotate` turns the x axis onto the arc's radius, and `flip` turns the text by 180° on the
 * left half of the circle so that it never reads upside down.
 */
export function labelRotation(midAngle: number): { rotate: number; flip: boolean } {
  const deg = ((((midAngle * 180) / Math.PI) % 360) + 360) % 360;
  return { rotate: deg - 90, flip: deg >= 180 };
}

/** SVG transform placing a label, centred and upright, in the middle of the arc. */
export function arcLabelTransform(arc: Arc, ringRadius: number): string {
  const { rotate, flip } = labelRotation((arc.x0 + arc.x1) / 2);
  const r = ((arc.y0 + arc.y1) / 2) * ringRadius;
  return `rotate(${round(rotate)}) translate(${round(r)},0) rotate(${flip ? 180 : 0})`;
}

const round = (v: number): number => Math.round(v * 100) / 100;
