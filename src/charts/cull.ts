/** A rectangle in layout coordinates (x to the right, y down). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A point in layout coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** A d3-zoom transform: screen = layout × k + (x, y). */
export interface ZoomLike {
  x: number;
  y: number;
  k: number;
}

/** The part of the layout that a width × height viewport shows under a zoom transform. */
export function viewWindow(t: ZoomLike, width: number, height: number): Box {
  return {
    x0: (0 - t.x) / t.k, // 0 − x, not −x: no −0 for an untranslated view
    y0: (0 - t.y) / t.k,
    x1: (width - t.x) / t.k,
    y1: (height - t.y) / t.k,
  };
}

/** The box grown by a margin on each side (left, top, right, bottom). */
export function grow(b: Box, left: number, top: number, right: number, bottom: number): Box {
  return { x0: b.x0 - left, y0: b.y0 - top, x1: b.x1 + right, y1: b.y1 + bottom };
}

/** Whether a point lies in the box. */
export function inBox(p: Point, b: Box): boolean {
  return p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;
}

/**
 * Whether the link from a to b may cross the box: its bounding box (which contains the
 * curve drawn between them) overlaps the box. A long link from a parent far above to a
 * child far below crosses the window with both ends outside it, so ends alone are not enough.
 */
export function linkInBox(a: Point, b: Point, box: Box): boolean {
  return (
    Math.max(a.x, b.x) >= box.x0 &&
    Math.min(a.x, b.x) <= box.x1 &&
    Math.max(a.y, b.y) >= box.y0 &&
    Math.min(a.y, b.y) <= box.y1
  );
}

/**
 * The first view of a tree whose rows sit at `rows` (layout y, the root at 0): the root
 * `left` px from the left edge; the rows centred when they fit the height with a margin,
 * else the top rows shown, so a tall scheme is read from its beginning.
 */
export function startView(
  rows: readonly number[],
  height: number,
  left: number,
  margin: number,
): ZoomLike {
  let top = 0;
  let bottom = 0;
  for (const y of rows) {
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  const fits = bottom - top + 2 * margin <= height;
  return { x: left, y: fits ? height / 2 - (top + bottom) / 2 : margin - top, k: 1 };
}
