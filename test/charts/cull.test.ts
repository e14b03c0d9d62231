import { describe, expect, it } from 'vitest';
import { grow, inBox, linkInBox, startView, viewWindow } from '../../src/charts/cull';

describe('viewWindow(transform, width, height)', () => {
  it.each([
    { t: { x: 0, y: 0, k: 1 }, box: { x0: 0, y0: 0, x1: 800, y1: 500 } },
    // the tree's start: root 40 px from the left, vertically centred
    { t: { x: 40, y: 250, k: 1 }, box: { x0: -40, y0: -250, x1: 760, y1: 250 } },
    // zoomed out to half size: twice as much of the layout shows
    { t: { x: 40, y: 250, k: 0.5 }, box: { x0: -80, y0: -500, x1: 1520, y1: 500 } },
  ])('shows $box under $t', ({ t, box }) => {
    expect(viewWindow(t, 800, 500)).toEqual(box);
  });
});

describe('inBox / linkInBox / grow', () => {
  const box = { x0: 0, y0: 0, x1: 100, y1: 100 };
  it.each([
    { p: { x: 50, y: 50 }, inside: true },
    { p: { x: 100, y: 0 }, inside: true },
    { p: { x: 101, y: 50 }, inside: false },
    { p: { x: 50, y: -1 }, inside: false },
  ])('point $p inside: $inside', ({ p, inside }) => {
    expect(inBox(p, box)).toBe(inside);
  });

  it('keeps a link whose two ends are off screen but which crosses it', () => {
    expect(linkInBox({ x: 50, y: -500 }, { x: 80, y: 900 }, box)).toBe(true);
    expect(linkInBox({ x: 150, y: -500 }, { x: 380, y: 900 }, box)).toBe(false);
    expect(linkInBox({ x: -50, y: 10 }, { x: -10, y: 20 }, box)).toBe(false);
  });

  it('grows a box by its margins', () => {
    expect(grow(box, 10, 20, 30, 40)).toEqual({ x0: -10, y0: -20, x1: 130, y1: 140 });
  });
});

describe('startView(rows, height, left, margin)', () => {
  it.each([
    // rows from −100 to 140 fit 520 px: their middle (20) goes to the middle (260)
    { rows: [-100, 0, 140], height: 520, view: { x: 40, y: 240, k: 1 } },
    // rows from −264 to 286 (the 石城 sub-items) do not fit: the top row goes 22 px down
    { rows: [-264, 0, 286], height: 520, view: { x: 40, y: 286, k: 1 } },
    { rows: [0], height: 520, view: { x: 40, y: 260, k: 1 } }, // only the root
  ])('rows $rows in $height px → $view', ({ rows, height, view }) => {
    expect(startView(rows, height, 40, 22)).toEqual(view);
  });
});
