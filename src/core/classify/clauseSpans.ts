// Sentence ends, commas, and the positions just before list numbering ("2.", "2、", "（2）",
// "②"). "0.5分" is not a list number.
const SEPARATOR =
  /[。；;，,\n\r]+|(?=[①-⑳])|(?=(?<![0-9.．])[0-9]{1,2}[.．、](?![0-9]))|(?=[（(][0-9]{1,2}[）)])/gu;

/** Where each clause of a text starts and ends (end exclusive), empty clauses included. */
export function clauseSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/**
 * Splits a scoring rule into clauses: at sentence ends and commas (。；;，,) and before list
 * numbering — assessment rules list their sub-requirements that way, each with its own
 * points, and a clause is the unit that is "about" one thing.
 */
export function splitClauses(text: string): string[] {
  return clauseSpans(text)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((s) => s !== '');
}
