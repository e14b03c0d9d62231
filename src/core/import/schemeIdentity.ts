/** A scheme's label, year and id, derived from the file name unless the caller gives them. */

/** The file name without its extension: "2020年考核细则.csv" → "2020年考核细则". */
export function labelOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** A 4-digit year 19xx/20xx in the file name, not part of a longer number. */
export function yearOf(fileName: string): number | undefined {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(labelOf(fileName));
  return m ? Number(m[1]) : undefined;
}

/** A stable id from the file name: letters (any script) and digits, other runs as "-". */
export function idOf(fileName: string): string {
  const slug = labelOf(fileName)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'scheme' : slug;
}
