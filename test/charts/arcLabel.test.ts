import { describe, expect, it } from 'vitest';
import { arcLabelTransform, fitArcLabel, labelRotation } from '../../src/charts/arcLabel';
import { estimateTextWidth, fitText } from '../../src/charts/textFit';

const deg = (d: number) => (d * Math.PI) / 180;
const RING = 79;

describe('estimateTextWidth(text, fontSize)', () => {
  it.each([
    { text: '安全生产', px: 44 }, // four CJK characters, one em each at 11 px
    { text: '（10分）', px: 46.2 }, // 3 wide (brackets, 分) + 2 digits at 0.6 em = 4.2 em
    { text: 'APP', px: 19.8 }, // Latin capitals ~0.6 em
    { text: '', px: 0 },
  ])('"$text" at 11 px ≈ $px px', ({ text, px }) => {
    expect(estimateTextWidth(text, 11)).toBeCloseTo(px, 6);
  });
});

describe('fitText(text, maxWidth, fontSize)', () => {
  it.each([
    { text: '强化督查督办', max: 100, expected: '强化督查督办' },
    { text: '进一步完善河长制工作考核方案', max: 71, expected: '进一步完善…' },
    { text: '健全湖长制组织体系', max: 30, expected: '健全…' }, // 30 − 6.6 (…) leaves 2 × 11
    { text: '健全湖长制组织体系', max: 25, expected: null }, // not even two characters fit
  ])('"$text" in $max px → $expected', ({ text, max, expected }) => {
    expect(fitText(text, max, 11)).toBe(expected);
  });
});

describe('fitArcLabel(text, arc, ringRadius, fontSize)', () => {
  it.each([
    {
      name: 'writes a short name whole in a wide arc',
      arc: { x0: 0, x1: deg(40), y0: 1, y1: 2 },
      text: '强化督查督办',
      expected: '强化督查督办',
    },
    {
      name: 'shortens a long name to the ring depth (79 px less padding)',
      arc: { x0: 0, x1: deg(40), y0: 1, y1: 2 },
      text: '持续加大非法侵占林地、破坏湿地和野生动物资源等违法犯罪的整治',
      expected: '持续加大非…', // 71 px − 6.6 px for … = 5 characters of 11 px
    },
    {
      name: 'leaves out a label in an arc thinner than a line (3° at ring 1.5: 6.2 px)',
      arc: { x0: 0, x1: deg(3), y0: 1, y1: 2 },
      text: '强化督查督办',
      expected: null,
    },
    {
      name: 'labels the same angle further out, where the arc is wider (3° at ring 3.5: 14.5 px)',
      arc: { x0: 0, x1: deg(3), y0: 3, y1: 4 },
      text: '强化督查督办',
      expected: '强化督查督办',
    },
    {
      name: 'never labels the centre',
      arc: { x0: 0, x1: deg(360), y0: 0, y1: 1 },
      text: '石城',
      expected: null,
    },
  ])('$name', ({ arc, text, expected }) => {
    expect(fitArcLabel(text, arc, RING, 11)).toBe(expected);
  });
});

describe('labelRotation(midAngle)', () => {
  // The angle at which the text's baseline finally runs, in (-180, 180].
  const baseline = (a: number) => {
    const { rotate, flip } = labelRotation(deg(a));
    const r = ((((rotate + (flip ? 180 : 0)) % 360) + 540) % 360) - 180;
    return r;
  };
  it.each([5, 45, 90, 135, 179, 181, 225, 270, 315, 355])('keeps a label at %d° upright', (a) => {
    // Upright: the text runs left to right, never upside down (baseline within ±90°).
    expect(Math.abs(baseline(a))).toBeLessThanOrEqual(90);
  });

  it.each([
    { a: 90, flip: false },
    { a: 270, flip: true },
    { a: 200, flip: true },
    { a: 10, flip: false },
  ])('turns a label at $a° by 180°: $flip', ({ a, flip }) => {
    expect(labelRotation(deg(a)).flip).toBe(flip);
  });

  it('places a label in the middle of its ring', () => {
    expect(arcLabelTransform({ x0: deg(80), x1: deg(100), y0: 1, y1: 2 }, RING)).toBe(
      'rotate(0) translate(118.5,0) rotate(0)',
    );
    expect(arcLabelTransform({ x0: deg(260), x1: deg(280), y0: 2, y1: 3 }, RING)).toBe(
      'rotate(180) translate(197.5,0) rotate(180)',
    );
  });
});
