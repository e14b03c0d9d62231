/**
 * Text measurement without layout: jsdom has none, and measuring thousands of labels in the
 * browser would force a reflow each. Widths are estimated from the characters instead:
 * CJK and full-width characters are one em wide in CJK fonts, Latin letters and digits about
 * 0.6 em, spaces and narrow punctuation about 0.3 em.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[\s.,:;'"!|()[\]{}ilj]/u;
const ELLIPSIS = '…';

/** Estimated width in px of `text` set in a font of `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.3 : 0.6;
  return em * fontSize;
}

/**
 * `text` shortened with "…" to fit `maxWidth` px, or null when not even two characters fit
 * (a label of one character and an ellipsis tells a reader nothing).
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string | null {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  const room = maxWidth - estimateTextWidth(ELLIPSIS, fontSize);
  let width = 0;
  let n = 0;
  while (n < chars.length && width + estimateTextWidth(chars[n], fontSize) <= room) {
    width += estimateTextWidth(chars[n], fontSize);
    n++;
  }
  return n >= 2 ? chars.slice(0, n).join('').trimEnd() + ELLIPSIS : null;
}
