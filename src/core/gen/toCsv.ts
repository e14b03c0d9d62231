/** Characters that force a field into quotes (RFC 4180, as Excel writes CSV). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: quoted only when it must be, inner quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Rows as CSV text the way Excel exports it: comma, CRLF after every row, standard quoting,
 * no BOM (the caller writes UTF-8). Built with one array join so 300,000 rows stay fast.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = rows[i].map(csvField).join(',');
  return lines.length > 0 ? lines.join('\r\n') + '\r\n' : '';
}
