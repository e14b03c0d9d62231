/**
 * Schemes in the stored workspace record as the columns they came from the worker in
 * (src/worker/wire/packScheme.ts), not as node objects: IndexedDB clones what it stores on
 * the main thread, and 100,000 nodes took about a second per save there (issue 5: "no
 * main-thread task longer than 100 ms"). A scheme that never came packed (one from a
 * workspace file) is stored as it is; records written before this change load unchanged.
 */
import type { Scheme } from '../../core/types';
import type { WorkspaceDoc } from '../../core/workspace/workspaceDoc';
import { packedOf, rememberPacked } from '../../worker/wire/packedCache';
import { nextTask, unpackSchemeInSlices, type PackedScheme } from '../../worker/wire/packScheme';

/** A stored scheme: its nodes empty and `packedNodes` holding them. */
interface StoredScheme extends Scheme {
  packedNodes: PackedScheme;
}

/** The record to store for `doc`: each scheme packed when its packed form is at hand. */
export function toStored(doc: WorkspaceDoc): WorkspaceDoc {
  return {
    ...doc,
    entries: doc.entries.map((entry) => {
      const packed = packedOf(entry.scheme.nodes);
      if (!packed) return entry;
      const scheme: StoredScheme = { ...entry.scheme, nodes: [], packedNodes: packed };
      return { ...entry, scheme };
    }),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A stored record with its packed schemes unpacked, ready for checkWorkspace. Anything that
 * does not look like a packed scheme is left as it is for the check to judge; a packed
 * scheme that cannot be unpacked stays packed, and the check reports the entry as broken.
 */
export async function fromStored(raw: unknown): Promise<unknown> {
  if (!isObject(raw) || !Array.isArray(raw.entries)) return raw;
  const entries: unknown[] = [];
  for (const entry of raw.entries as unknown[]) entries.push(await unpackEntry(entry));
  return { ...raw, entries };
}

async function unpackEntry(entry: unknown): Promise<unknown> {
  if (!isObject(entry) || !isObject(entry.scheme) || !('packedNodes' in entry.scheme)) {
    return entry;
  }
  const { packedNodes, ...rest } = entry.scheme as unknown as StoredScheme;
  try {
    const nodes = (await unpackSchemeInSlices(packedNodes, nextTask)).nodes;
    rememberPacked(nodes, packedNodes);
    return { ...entry, scheme: { ...rest, nodes } };
  } catch {
    return entry;
  }
}
