/**
 * A diff as columns for the trip from the worker to the page (issue 5). Two 100,000-leaf
 * years make 200,000 leaf records with a path each; the paths are not sent — the page holds
 * both schemes and rebuilds each path from them with the function the diff used (pathOf), so
 * what arrives equals what was computed (tested on the samples).
 */
import type { LeafChange, LeafDiff, SchemeDiff } from '../../core/compare/diffSchemes';
import { nodeIndex, pathOf } from '../../core/tree';
import type { Scheme } from '../../core/types';
import { optionalPart, TextTableWriter, type PackedText } from './textTable';

const STATUSES: LeafDiff['status'][] = ['unchanged', 'changed', 'added', 'removed'];
const MATCHED: LeafDiff['matchedBy'][] = [null, 'name', 'similarity'];
const HAS_OLD_POINTS = 1;
const HAS_NEW_POINTS = 2;
const HAS_SIMILARITY = 4;

export interface PackedDiff {
  rest: Omit<SchemeDiff, 'leaves'>;
  count: number;
  ids: PackedText;
  /** Part of the old / new leaf's id; −1 when the leaf has no old / new side. */
  oldId: Int32Array;
  newId: Int32Array;
  status: Uint8Array;
  matchedBy: Uint8Array;
  has: Uint8Array;
  oldPoints: Float64Array;
  newPoints: Float64Array;
  similarity: Float64Array;
  /** Index into `changeLists` per leaf. */
  changes: Int32Array;
  changeLists: LeafChange[][];
}

/** Packs a diff; the caller transfers `diffTransferables(packed)`. */
export function packDiff(diff: SchemeDiff): PackedDiff {
  const { leaves, ...rest } = diff;
  const n = leaves.length;
  const ids = new TextTableWriter();
  const lists = new Map<string, number>();
  const p: PackedDiff = {
    rest,
    count: n,
    ids: { text: '', ends: new Uint32Array(0) },
    oldId: new Int32Array(n),
    newId: new Int32Array(n),
    status: new Uint8Array(n),
    matchedBy: new Uint8Array(n),
    has: new Uint8Array(n),
    oldPoints: new Float64Array(n),
    newPoints: new Float64Array(n),
    similarity: new Float64Array(n),
    changes: new Int32Array(n),
    changeLists: [],
  };
  leaves.forEach((l, i) => {
    p.oldId[i] = ids.addOptional(l.old?.id);
    p.newId[i] = ids.addOptional(l.new?.id);
    p.status[i] = STATUSES.indexOf(l.status);
    p.matchedBy[i] = MATCHED.indexOf(l.matchedBy);
    if (l.old && l.old.points !== null) {
      p.has[i] |= HAS_OLD_POINTS;
      p.oldPoints[i] = l.old.points;
    }
    if (l.new && l.new.points !== null) {
      p.has[i] |= HAS_NEW_POINTS;
      p.newPoints[i] = l.new.points;
    }
    if (l.similarity !== null) {
      p.has[i] |= HAS_SIMILARITY;
      p.similarity[i] = l.similarity;
    }
    const key = l.changes.join(',');
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = p.changeLists.push(l.changes) - 1));
    p.changes[i] = list;
  });
  p.ids = ids.finish();
  return p;
}

/** The buffers of a packed diff, for comlink's transfer(). */
export function diffTransferables(p: PackedDiff): ArrayBuffer[] {
  return [
    p.ids.ends,
    p.oldId,
    p.newId,
    p.status,
    p.matchedBy,
    p.has,
    p.oldPoints,
    p.newPoints,
    p.similarity,
    p.changes,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** The diff a packed diff holds; `oldScheme` and `newScheme` are the two schemes diffed. */
export function unpackDiff(p: PackedDiff, oldScheme: Scheme, newScheme: Scheme): SchemeDiff {
  const oldIndex = nodeIndex(oldScheme);
  const newIndex = nodeIndex(newScheme);
  const side = (
    idPart: number,
    index: ReturnType<typeof nodeIndex>,
    hasPoints: boolean,
    points: number,
  ) => {
    const id = optionalPart(p.ids, idPart);
    if (id === undefined) return null;
    const node = index.get(id);
    return { id, path: node ? pathOf(node, index) : [], points: hasPoints ? points : null };
  };
  const leaves = new Array<LeafDiff>(p.count);
  for (let i = 0; i < p.count; i++) {
    leaves[i] = {
      status: STATUSES[p.status[i]],
      changes: p.changeLists[p.changes[i]],
      old: side(p.oldId[i], oldIndex, (p.has[i] & HAS_OLD_POINTS) !== 0, p.oldPoints[i]),
      new: side(p.newId[i], newIndex, (p.has[i] & HAS_NEW_POINTS) !== 0, p.newPoints[i]),
      matchedBy: MATCHED[p.matchedBy[i]],
      similarity: p.has[i] & HAS_SIMILARITY ? p.similarity[i] : null,
    };
  }
  return { ...p.rest, leaves };
}
