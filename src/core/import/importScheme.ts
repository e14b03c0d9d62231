/**
 * importScheme: the bytes of a table as a user has it → an indicator tree, or errors naming
 * row and column (DESIGN.md "Input formats"; import brief). Never throws: any unexpected
 * exception becomes an 'internal' error issue. Errors give `scheme: null` — never a silent
 * partial import; warnings (a points cell that is not a number …) let the scheme open.
 */
import type {
  ColumnMapping,
  ImportIssue,
  ImportResult,
  Scheme,
  SkippedRow,
  TextEncoding,
} from '../types';
import { buildLong } from './buildLong';
import { buildWide } from './buildWide';
import { decode } from './decode';
import { detectHeaderRows, findTop, headerTexts } from './detectHeader';
import { detectMapping } from './detectMapping';
import { layoutOf, type Layout } from './layout';
import { checkDepth, checkFileSize, checkTable, limitsOf, type Limits } from './limits';
import { issue, messages } from './messages';
import { finishDrafts, type Draft } from './nodeFactory';
import { parseTable } from './parseTable';
import { idOf, labelOf, yearOf } from './schemeIdentity';
import { classifyRows, type RowKind } from './skipRows';

export interface ImportOptions {
  /** A mapping the user edited: applied instead of detecting one. */
  mapping?: ColumnMapping;
  /** Default: the file name without its extension. */
  label?: string;
  /** Default: a 4-digit year 19xx/20xx in the file name, else a single year column's value. */
  year?: number;
  /** Default: derived from the file name. */
  id?: string;
  /** Changes to the size limits (limits.ts). Default: LIMITS. */
  limits?: Partial<Limits>;
}

/** Where a table came from: what the scheme's source records, and warnings found so far. */
export interface TableMeta {
  fileName: string;
  encoding: TextEncoding;
  /** The CSV delimiter; '' for a workbook. */
  delimiter: string;
  /** The worksheet read, for a workbook. */
  sheet?: string;
  /** Warnings from reading the file (decoding, quotes), listed with the table's own. */
  issues: ImportIssue[];
}

const PREVIEW_ROWS = 20;

function failed(issues: ImportIssue[], partial: Partial<ImportResult> = {}): ImportResult {
  return {
    scheme: null,
    skipped: [],
    mapping: null,
    encoding: null,
    delimiter: null,
    preview: [],
    ...partial,
    // After `partial`, whose own `issues` (the ones found before this error) must not win.
    issues,
  };
}

/** A user's mapping, checked against the table: unknown columns dropped, headers re-read. */
function applyGivenMapping(
  given: ColumnMapping,
  headers: readonly string[],
  issues: ImportIssue[],
): ColumnMapping {
  const columns = [];
  for (const c of given.columns) {
    if (c.index < 0 || c.index >= headers.length || !Number.isInteger(c.index)) {
      issues.push(issue('warning', 'mapping-column', 0, null, messages.mappingColumn(c.index)));
      continue;
    }
    columns.push({ ...c, header: headers[c.index] });
  }
  return { format: given.format, headerRows: given.headerRows, columns };
}

/** The scheme's year from a year column: its value when the column holds one year only. */
function yearColumn(
  table: readonly string[][],
  kinds: readonly RowKind[],
  layout: Layout,
  issues: ImportIssue[],
): number | undefined {
  if (layout.year.length === 0) return undefined;
  const years = new Set<string>();
  for (let r = 0; r < table.length; r++) {
    if (kinds[r] !== 'data') continue;
    const v = table[r][layout.year[0]];
    if (/^(?:19|20)\d{2}$/.test(v)) years.add(v);
  }
  if (years.size === 1) return Number([...years][0]);
  if (years.size > 1) {
    const list = [...years].sort();
    issues.push(
      issue('warning', 'years-mixed', 0, layout.labels[layout.year[0]], messages.yearsMixed(list)),
    );
  }
  return undefined;
}

/** Problems with a mapping that make building impossible: no levels, or no long columns. */
function mappingErrors(mapping: ColumnMapping, layout: Layout): ImportIssue[] {
  if (mapping.format === 'long') {
    const missing = [
      layout.id === undefined ? 'id' : '',
      layout.parent === undefined ? 'parent' : '',
      layout.name === undefined ? 'name' : '',
    ].filter((m) => m !== '');
    return missing.length > 0
      ? [issue('error', 'no-levels', 0, null, messages.noLongColumns(missing.join(', ')))]
      : [];
  }
  return layout.levels.length === 0
    ? [issue('error', 'no-levels', 0, null, messages.noLevels())]
    : [];
}

function run(bytes: Uint8Array, fileName: string, options: ImportOptions): ImportResult {
  // Refused before decoding: a file past the limit is never turned into a string.
  const tooLarge = checkFileSize(bytes.length, options.limits);
  if (tooLarge) return failed([tooLarge]);
  const decoded = decode(bytes);
  if (!decoded.ok) return failed([decoded.issue]);
  const parsed = parseTable(decoded.text);
  return runTable(
    parsed.rows,
    {
      fileName,
      encoding: decoded.encoding,
      delimiter: parsed.delimiter,
      issues: [...decoded.warnings, ...parsed.issues],
    },
    options,
  );
}

/** The table's width after padding its rows (in place) to the widest. */
function padRows(rows: string[][]): number {
  let width = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].length > width) width = rows[i].length;
  for (let i = 0; i < rows.length; i++) while (rows[i].length < width) rows[i].push('');
  return width;
}

function runTable(rows: string[][], meta: TableMeta, options: ImportOptions): ImportResult {
  const { fileName, encoding, delimiter } = meta;
  const limits = limitsOf(options.limits);
  const issues: ImportIssue[] = [...meta.issues];
  const limitErrors = checkTable(rows, limits);
  if (limitErrors.length > 0) {
    return failed([...issues, ...limitErrors], { encoding, delimiter });
  }
  const width = padRows(rows);
  const preview = rows.slice(0, PREVIEW_ROWS).map((r) => r.slice());
  const base = { encoding, delimiter, preview };
  if (rows.length === 0) {
    return failed([...issues, issue('error', 'empty', 0, null, messages.empty())], base);
  }

  const top = findTop(rows);
  const headerRows = options.mapping
    ? Math.max(0, Math.min(rows.length - top, Math.floor(options.mapping.headerRows)))
    : detectHeaderRows(rows, top);
  const headers = headerTexts(rows, top, headerRows, width);
  const { kinds, skipped } = classifyRows(rows, top, headerRows);
  if (!kinds.includes('data')) {
    return failed([...issues, issue('error', 'empty', 0, null, messages.noRows())], {
      ...base,
      skipped,
    });
  }
  const mapping = options.mapping
    ? applyGivenMapping({ ...options.mapping, headerRows }, headers, issues)
    : detectMapping(rows, headers, headerRows, kinds);
  if (!mapping) {
    return failed([...issues, issue('error', 'no-levels', 0, null, messages.noLevels())], {
      ...base,
      skipped,
    });
  }
  const layout = layoutOf(mapping, headers);
  const mappingIssues = mappingErrors(mapping, layout);
  if (mappingIssues.length > 0) {
    return failed([...issues, ...mappingIssues], { ...base, skipped, mapping });
  }

  const built: SkippedRow[] = [];
  let drafts: Draft[] | null;
  let nodesOf: (d: Draft, n: number) => string;
  if (mapping.format === 'long') {
    drafts = buildLong(rows, kinds, layout, issues, built);
    nodesOf = (d) => d.node.id;
  } else {
    drafts = buildWide(rows, kinds, layout, issues, built);
    nodesOf = (_d, n) => `n${n + 1}`;
  }
  const year = options.year ?? yearOf(fileName) ?? yearColumn(rows, kinds, layout, issues);
  const allSkipped = [...skipped, ...built].sort((a, b) => a.row - b.row);
  const sorted = issues
    .map((i, n) => ({ i, n }))
    .sort((a, b) => a.i.row - b.i.row || a.n - b.n)
    .map((x) => x.i);
  const result = { ...base, skipped: allSkipped, mapping, issues: sorted };
  if (!drafts || sorted.some((i) => i.severity === 'error')) return failed(sorted, result);

  const scheme: Scheme = {
    id: options.id ?? idOf(fileName),
    label: options.label ?? labelOf(fileName),
    source: { fileName, format: mapping.format, encoding, delimiter, mapping },
    nodes: finishDrafts(drafts, nodesOf),
  };
  if (meta.sheet !== undefined) scheme.source.sheet = meta.sheet;
  // Named at the first row past the limit, with the depth the tree reaches.
  const first = scheme.nodes.find((n) => n.level > limits.maxDepth);
  if (first) {
    const depth = scheme.nodes.reduce((d, n) => Math.max(d, n.level), 0);
    const tooDeep = checkDepth(depth, first.rows[0] ?? 0, limits);
    if (tooDeep) return failed([...sorted, tooDeep], result);
  }
  if (year !== undefined) scheme.year = year;
  if (scheme.nodes.length === 0) {
    return failed([...sorted, issue('error', 'no-levels', 0, null, messages.noLevels())], result);
  }
  return { ...result, scheme };
}

/**
 * Reads a table's bytes into a scheme. `fileName` gives the default label, year and id.
 * With `options.mapping`, that mapping is applied instead of a detected one.
 */
export function importScheme(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): ImportResult {
  try {
    return run(bytes, fileName, options);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return failed([issue('error', 'internal', 0, null, messages.internal(detail))]);
  }
}

/**
 * Reads a table already split into cells (a worksheet) into a scheme, by the same path as
 * importScheme after parsing: rows are spreadsheet rows from row 1, cells trimmed text, a
 * blank level cell meaning "same as above". Rows shorter than the widest are padded in place.
 */
export function importTable(
  rows: string[][],
  meta: TableMeta,
  options: ImportOptions = {},
): ImportResult {
  try {
    return runTable(rows, meta, options);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return failed([issue('error', 'internal', 0, null, messages.internal(detail))]);
  }
}
