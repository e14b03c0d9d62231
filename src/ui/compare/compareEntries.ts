/**
 * The schemes the compare view shows (issue 4 "Compare"), in the order of its charts and
 * table: by year (schemes without one last), then label — the order of the workspace's
 * own `byYear` (src/ui/state/entries.ts), restated here for the view's narrower entry type.
 */
import type { Analysis } from '../../core/types';

/** One scheme of the workspace as the compare view sees it. */
export interface CompareEntry {
  id: string;
  label: string;
  year: number | null;
  /** Null while the scheme is still being analysed. */
  analysis: Analysis | null;
}

/** The entries by year, then label, then id; the input is left as it was. */
export function orderEntries<E extends CompareEntry>(entries: readonly E[]): E[] {
  return [...entries].sort(
    (a, b) =>
      (a.year ?? Infinity) - (b.year ?? Infinity) ||
      a.label.localeCompare(b.label, 'zh') ||
      a.id.localeCompare(b.id),
  );
}

/**
 * What the charts' x axis calls each entry: its year, or its label when it has none; a year
 * shared by several entries gets the label too ("2020 · 试行稿"), so no two columns read alike.
 */
export function axisLabels(entries: readonly CompareEntry[]): Map<string, string> {
  const perYear = new Map<number, number>();
  for (const e of entries) if (e.year !== null) perYear.set(e.year, (perYear.get(e.year) ?? 0) + 1);
  return new Map(
    entries.map((e) => [
      e.id,
      e.year === null
        ? e.label
        : (perYear.get(e.year) ?? 0) > 1
          ? `${e.year} · ${e.label}`
          : String(e.year),
    ]),
  );
}
