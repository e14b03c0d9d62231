/**
 * A scheme as columns for the trip between worker and page (issue 5: "results cross as flat
 * typed arrays and transferred buffers, not nested objects"): every string of every node in
 * one TextTable, numbers and references in typed arrays whose buffers are transferred. The
 * page rebuilds the node objects in slices (unpackSchemeInSlices), so that no task on the
 * main thread is long, and keeps the packed form to send back or store (nothing of size is
 * cloned twice). The round trip is exact: every field a node has, and no other (tested on
 * every sample and corpus file, and on a node with every field set).
 */
import { NODE_TEXT_FIELDS } from '../../core/tree';
import type { IndicatorNode, Scheme } from '../../core/types';
import { optionalPart, partOf, TextTableWriter, type PackedText } from './textTable';

/** The optional text fields of a node: one list, so that packing and unpacking agree. */
const TEXT_FIELDS = NODE_TEXT_FIELDS;
type TextField = (typeof TEXT_FIELDS)[number];
const KNOWN = new Set<string>([
  'id',
  'name',
  'level',
  'parent',
  'children',
  'points',
  'rows',
  'year',
  ...TEXT_FIELDS,
]);
const HAS_POINTS = 1;
const HAS_YEAR = 2;

/** A scheme's nodes as columns; `shell` is the scheme without its nodes. */
export interface PackedScheme {
  shell: Omit<Scheme, 'nodes'>;
  count: number;
  text: PackedText;
  id: Int32Array;
  name: Int32Array;
  level: Int32Array;
  /** −1: no parent; ≥ 0: the parent's node index; ≤ −2: an id not among the nodes, part −(v + 2). */
  parent: Int32Array;
  /** Node i's children are childRef[childStart[i] … childStart[i + 1]). */
  childStart: Uint32Array;
  /** ≥ 0: a node index; < 0: an id not among the nodes, part −(v + 1). */
  childRef: Int32Array;
  rowStart: Uint32Array;
  rows: Float64Array;
  /** HAS_POINTS | HAS_YEAR per node. */
  has: Uint8Array;
  points: Float64Array;
  year: Float64Array;
  /** Part of each optional text field, −1 when the node has none. */
  texts: Record<TextField, Int32Array>;
  /** Fields no column holds (none today), so that the round trip stays exact if one is added. */
  extra: { index: number; key: string; value: unknown }[];
}

/** Packs a scheme; the caller transfers `transferablesOf(packed)`. */
export function packScheme(scheme: Scheme): PackedScheme {
  const { nodes, ...shell } = scheme;
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!indexOf.has(nodes[i].id)) indexOf.set(nodes[i].id, i);
  const table = new TextTableWriter();
  const p: PackedScheme = {
    shell,
    count: n,
    text: { text: '', ends: new Uint32Array(0) },
    id: new Int32Array(n),
    name: new Int32Array(n),
    level: new Int32Array(n),
    parent: new Int32Array(n),
    childStart: new Uint32Array(n + 1),
    childRef: new Int32Array(0),
    rowStart: new Uint32Array(n + 1),
    rows: new Float64Array(0),
    has: new Uint8Array(n),
    points: new Float64Array(n),
    year: new Float64Array(n),
    texts: Object.fromEntries(TEXT_FIELDS.map((f) => [f, new Int32Array(n)])) as Record<
      TextField,
      Int32Array
    >,
    extra: [],
  };
  const childRef: number[] = [];
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    p.id[i] = table.add(node.id);
    p.name[i] = table.add(node.name);
    p.level[i] = node.level;
    if (node.parent === null) p.parent[i] = -1;
    else {
      const at = indexOf.get(node.parent);
      p.parent[i] = at === undefined ? -(table.add(node.parent) + 2) : at;
    }
    for (const c of node.children) {
      const at = indexOf.get(c);
      childRef.push(at === undefined ? -(table.add(c) + 1) : at);
    }
    p.childStart[i + 1] = childRef.length;
    for (const r of node.rows) rows.push(r);
    p.rowStart[i + 1] = rows.length;
    if ('points' in node) {
      p.has[i] |= HAS_POINTS;
      p.points[i] = node.points as number;
    }
    if ('year' in node) {
      p.has[i] |= HAS_YEAR;
      p.year[i] = node.year as number;
    }
    for (const f of TEXT_FIELDS) p.texts[f][i] = table.addOptional(node[f]);
    for (const key of Object.keys(node)) {
      if (!KNOWN.has(key)) p.extra.push({ index: i, key, value: node[key as keyof IndicatorNode] });
    }
  }
  p.text = table.finish();
  p.childRef = Int32Array.from(childRef);
  p.rows = Float64Array.from(rows);
  return p;
}

/** The buffers of a packed scheme, for comlink's transfer(). */
export function transferablesOf(p: PackedScheme): ArrayBuffer[] {
  const arrays = [
    p.text.ends,
    p.id,
    p.name,
    p.level,
    p.parent,
    p.childStart,
    p.childRef,
    p.rowStart,
    p.rows,
    p.has,
    p.points,
    p.year,
    ...Object.values(p.texts),
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Rebuilds nodes from…to − 1 into `out`; `ids` holds every node's id (idsOf). */
function unpackRange(
  p: PackedScheme,
  ids: string[],
  from: number,
  to: number,
  out: IndicatorNode[],
): void {
  const ref = (v: number) => (v >= 0 ? ids[v] : partOf(p.text, -v - 1));
  for (let i = from; i < to; i++) {
    const parentCode = p.parent[i];
    const children: string[] = [];
    for (let c = p.childStart[i]; c < p.childStart[i + 1]; c++) children.push(ref(p.childRef[c]));
    const node: IndicatorNode = {
      id: ids[i],
      name: partOf(p.text, p.name[i]),
      level: p.level[i],
      parent: parentCode === -1 ? null : parentCode >= 0 ? ids[parentCode] : ref(parentCode + 1),
      children,
      rows: Array.from(p.rows.subarray(p.rowStart[i], p.rowStart[i + 1])),
    };
    if (p.has[i] & HAS_POINTS) node.points = p.points[i];
    for (const f of TEXT_FIELDS) {
      const v = optionalPart(p.text, p.texts[f][i]);
      if (v !== undefined) node[f] = v;
    }
    if (p.has[i] & HAS_YEAR) node.year = p.year[i];
    out[i] = node;
  }
}

function idsOf(p: PackedScheme): string[] {
  const ids = new Array<string>(p.count);
  for (let i = 0; i < p.count; i++) ids[i] = partOf(p.text, p.id[i]);
  return ids;
}

function withExtra(p: PackedScheme, nodes: IndicatorNode[]): Scheme {
  for (const { index, key, value } of p.extra) {
    (nodes[index] as unknown as Record<string, unknown>)[key] = value;
  }
  return { ...p.shell, nodes };
}

/** The scheme a packed scheme holds, in one go (the worker, tests, the command line). */
export function unpackScheme(p: PackedScheme): Scheme {
  const nodes = new Array<IndicatorNode>(p.count);
  unpackRange(p, idsOf(p), 0, p.count, nodes);
  return withExtra(p, nodes);
}

/** Waits for the next task, so that the page can paint and take input in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Nodes rebuilt per slice on the page: 25–30 ms of work each on the 2-core bench machine. */
export const UNPACK_SLICE = 5_000;

/**
 * The scheme a packed scheme holds, rebuilt in slices with `pause()` between them, so that
 * the page can paint and take input while 100,000 nodes are rebuilt.
 */
export async function unpackSchemeInSlices(
  p: PackedScheme,
  pause: () => Promise<void>,
): Promise<Scheme> {
  const nodes = new Array<IndicatorNode>(p.count);
  // Every id first (a node names its children, which come later), also in slices.
  const ids = new Array<string>(p.count);
  for (let from = 0; from < p.count; from += 5 * UNPACK_SLICE) {
    await pause();
    const to = Math.min(p.count, from + 5 * UNPACK_SLICE);
    for (let i = from; i < to; i++) ids[i] = partOf(p.text, p.id[i]);
  }
  for (let from = 0; from < p.count; from += UNPACK_SLICE) {
    await pause();
    unpackRange(p, ids, from, Math.min(p.count, from + UNPACK_SLICE), nodes);
  }
  return withExtra(p, nodes);
}
