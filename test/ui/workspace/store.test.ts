import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importScheme } from '../../../src/core/import/importScheme';
import { emptyWorkspace, type WorkspaceDoc } from '../../../src/core/workspace/workspaceDoc';
import { newEntry } from '../../../src/ui/state/entries';
import { openWorkspaceStore, rawExport } from '../../../src/ui/workspace/store';
import { rememberPacked } from '../../../src/worker/wire/packedCache';
import { packScheme, unpackScheme } from '../../../src/worker/wire/packScheme';

const file = resolve(import.meta.dirname, '../../../data/scheme-2011.csv');
const bytes = new Uint8Array(readFileSync(file));

function doc(label = '2011 年考核'): WorkspaceDoc {
  const scheme = importScheme(bytes, 'scheme-2011.csv').scheme!;
  const entry = newEntry(
    { ...scheme, label },
    { bytes, fileName: 'scheme-2011.csv', sheet: null, threshold: 0.5 },
    [],
  );
  const base = emptyWorkspace();
  return { ...base, entries: [entry], view: { ...base.view, activeId: entry.id } };
}

/** A store on its own fake IndexedDB, and a way to write a raw record under 'current'. */
async function fresh() {
  const factory = new IDBFactory();
  const store = openWorkspaceStore(factory, 'test');
  await store.load(); // creates the object store
  const putRaw = (value: unknown) =>
    new Promise<void>((ok, fail) => {
      const req = factory.open('test', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('workspace', 'readwrite');
        tx.objectStore('workspace').put(value, 'current');
        tx.oncomplete = () => {
          req.result.close();
          ok();
        };
        tx.onerror = () => fail(tx.error);
      };
    });
  return { store, factory, putRaw };
}

describe('the workspace store (IndexedDB)', () => {
  it('starts empty, then gives back the workspace as saved, file bytes included', async () => {
    const { store } = await fresh();
    expect(await store.load()).toEqual({ kind: 'empty' });
    const d = doc();
    await store.save(d);
    const loaded = await store.load();
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.doc.entries[0].label).toBe('2011 年考核');
    expect(loaded.doc.entries[0].scheme.nodes).toHaveLength(d.entries[0].scheme.nodes.length);
    expect(new TextDecoder().decode(loaded.doc.entries[0].bytes!)).toBe(
      new TextDecoder().decode(bytes),
    );
  });

  it('applies saves in the order they were made: the last one wins', async () => {
    const { store } = await fresh();
    const saves = ['一', '二', '三'].map((label) => store.save(doc(label)));
    await Promise.all(saves);
    const loaded = await store.load();
    expect(loaded.kind === 'ok' && loaded.doc.entries[0].label).toBe('三');
  });

  it('keeps a damaged workspace aside instead of throwing it away', async () => {
    const { store, putRaw } = await fresh();
    const damaged = { app: 'indicator-lens', version: 1, entries: [{ id: 'e1', scheme: 42 }] };
    await putRaw(damaged);
    const loaded = await store.load();
    expect(loaded.kind).toBe('unreadable');
    if (loaded.kind !== 'unreadable') return;
    expect(loaded.reason).toBe('broken');
    expect(loaded.message.zh.length).toBeGreaterThan(0);
    // The new workspace saved afterwards does not overwrite it.
    await store.save(doc());
    expect(await store.readAside(loaded.asideKey)).toEqual(damaged);
    expect(JSON.parse(rawExport(await store.readAside(loaded.asideKey)))).toEqual(damaged);
    expect((await store.load()).kind).toBe('ok');
  });

  it('says a workspace from a newer version is newer, and keeps it', async () => {
    const { store, putRaw } = await fresh();
    const newer = { ...doc(), version: 99 };
    await putRaw(newer);
    const loaded = await store.load();
    expect(loaded.kind === 'unreadable' && loaded.reason).toBe('newer');
    if (loaded.kind !== 'unreadable') return;
    const aside = (await store.readAside(loaded.asideKey)) as WorkspaceDoc;
    expect(aside.version).toBe(99);
    expect(aside.entries[0].label).toBe('2011 年考核');
  });

  it('the raw export of a record keeps its file bytes as base64', () => {
    const text = rawExport({ bytes: new Uint8Array([0xe6, 0x8c, 0x87]) });
    expect(JSON.parse(text)).toEqual({ bytes: { base64: btoa('\xe6\x8c\x87') } });
  });

  it('stores a scheme that came packed from the worker as its columns, and loads it whole', async () => {
    const { store, factory } = await fresh();
    const d = doc();
    const scheme = d.entries[0].scheme;
    // As the client does when the worker's packed scheme arrives.
    const arrived = unpackScheme(packScheme(scheme));
    rememberPacked(arrived.nodes, packScheme(scheme));
    const packedDoc = { ...d, entries: [{ ...d.entries[0], scheme: arrived }] };
    await store.save(packedDoc);
    const raw = (await readRaw(factory)) as { entries: { scheme: Record<string, unknown> }[] };
    expect(raw.entries[0].scheme.nodes).toEqual([]);
    expect(raw.entries[0].scheme.packedNodes).toBeDefined();
    const loaded = await store.load();
    expect(loaded.kind === 'ok' && loaded.doc.entries[0].scheme).toStrictEqual(scheme);
  });

  it('calls a stored packed scheme that cannot be unpacked broken, and keeps it aside', async () => {
    const { store, putRaw } = await fresh();
    const d = doc();
    const broken = { ...d.entries[0].scheme, nodes: [], packedNodes: { count: 3 } };
    await putRaw({ ...d, entries: [{ ...d.entries[0], scheme: broken }] });
    const loaded = await store.load();
    expect(loaded.kind === 'unreadable' && loaded.reason).toBe('broken');
  });
});

function readRaw(factory: IDBFactory): Promise<unknown> {
  return new Promise((ok, fail) => {
    const req = factory.open('test', 1);
    req.onsuccess = () => {
      const get = req.result.transaction('workspace').objectStore('workspace').get('current');
      get.onsuccess = () => {
        req.result.close();
        ok(get.result);
      };
      get.onerror = () => fail(get.error);
    };
  });
}
