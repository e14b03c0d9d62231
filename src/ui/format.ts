/** Number formatting shared by the views: the same number reads the same everywhere. */

/** A ratio as a percentage with one decimal ("34.5%"); "—" when there is none. */
export function percent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(1)}%`;
}

/** Points as written in a scheme: integers plain, fractions with at most two decimals. */
export function points(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** A similarity in [0, 1] with two decimals. */
export function similarity(value: number): string {
  return value.toFixed(2);
}

/** A byte count for progress messages ("1.2 MB"). */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
