import Papa from 'papaparse';

/** Rows of CSV text as papaparse reads them, blank lines skipped. */
export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

/** Wide-form data rows with blank level cells filled from the row above (merged cells). */
export function fillDown(rows: string[][], levels: number[]): string[][] {
  const prev: string[] = [];
  return rows.map((row) => {
    const filled = [...row];
    for (const c of levels) {
      if (filled[c] === '') filled[c] = prev[c] ?? '';
      prev[c] = filled[c];
    }
    return filled;
  });
}
