/**
 * The workspace in IndexedDB (issue 4: "saved in IndexedDB as the user works and restored on
 * reload"). One record, 'current', holds the whole document; a record that cannot be read
 * (corrupt, or written by a newer version of the app) is never thrown away: it is moved
 * aside under its own key, the user is told and offered its raw export, and a new workspace
 * starts beside it (issue 6).
 */
import { checkWorkspace, type WorkspaceDoc } from '../../core/workspace/workspaceDoc';
import type { Bilingual } from '../../core/types';
import { fromStored, toStored } from './storedSchemes';

export const DB_NAME = 'indicator-lens';
const STORE = 'workspace';
const CURRENT = 'current';

/** What loading found. */
export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; doc: WorkspaceDoc }
  | {
      kind: 'unreadable';
      reason: 'newer' | 'broken';
      message: Bilingual;
      /** Where the unreadable record now lives, for its raw export. */
      asideKey: string;
    };

export interface WorkspaceStore {
  load(): Promise<LoadResult>;
  /** Saves the document; saves are applied in call order, a later one always wins. */
  save(doc: WorkspaceDoc): Promise<void>;
  /** A record kept aside, as stored (for its raw export). */
  readAside(key: string): Promise<unknown>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

function openDb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const req = factory.open(name, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** Writes a record under 'current' (the record as toStored made it). */
export type PutCurrent = (record: WorkspaceDoc) => Promise<void>;

/** Writes 'current' in this thread, through `db`. */
export function putCurrentWith(db: Promise<IDBDatabase>): PutCurrent {
  return async (record) => {
    const tx = (await db).transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(record, CURRENT);
    await done(tx);
  };
}

/** The app's database in this thread (the store worker opens it too). */
export function openAppDb(factory: IDBFactory = indexedDB, name: string = DB_NAME) {
  return openDb(factory, name);
}

/**
 * Opens the app's store; `factory` and `name` let tests use a fake IndexedDB. `putCurrent`
 * writes a save: the app passes one that runs in a worker (storeWorker.ts), because
 * IndexedDB serialises what it stores on the calling thread — about a third of a second for
 * a 100,000-item scheme (issue 5) — while handing the record to a worker copies a few
 * strings and typed arrays (storedSchemes.ts).
 */
export function openWorkspaceStore(
  factory: IDBFactory = indexedDB,
  name: string = DB_NAME,
  putCurrent?: PutCurrent,
): WorkspaceStore {
  const db = openDb(factory, name);
  const put = putCurrent ?? putCurrentWith(db);
  let queue: Promise<void> = Promise.resolve();

  async function get(key: string): Promise<unknown> {
    const tx = (await db).transaction(STORE, 'readonly');
    return request(tx.objectStore(STORE).get(key));
  }

  return {
    async load() {
      const raw = await get(CURRENT);
      if (raw === undefined) return { kind: 'empty' };
      const check = checkWorkspace(await fromStored(raw));
      if (check.ok) return { kind: 'ok', doc: check.doc };
      // Move the record aside in one transaction: it is never lost, and the new workspace
      // saved under 'current' afterwards cannot overwrite it.
      const asideKey = `aside:${new Date().toISOString()}`;
      const tx = (await db).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(raw, asideKey);
      tx.objectStore(STORE).delete(CURRENT);
      await done(tx);
      return { kind: 'unreadable', reason: check.reason, message: check.message, asideKey };
    },
    save(doc) {
      // Packed now, while the doc's node arrays are those the packed cache knows.
      const record = toStored(doc);
      const next = queue.then(() => put(record));
      // A failed save must not block the ones after it; the caller still sees the failure.
      queue = next.catch(() => undefined);
      return next;
    },
    readAside: (key) => get(key),
  };
}

/**
 * JSON text of any stored value, for the raw export of an unreadable record: byte arrays
 * become base64 so nothing is lost, and values JSON cannot hold become their description.
 */
export function rawExport(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Uint8Array) return { base64: toBase64(v) };
      // The columns of a packed scheme (storedSchemes.ts).
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
        return Array.from(v as unknown as ArrayLike<number>);
      }
      if (typeof v === 'bigint') return String(v);
      return v;
    },
    1,
  );
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}
