// @vitest-environment jsdom
/**
 * The workspace as a user keeps it (issue 4): schemes added, renamed and dated, simulations,
 * all saved and restored. The worker API runs in-process (the same functions the worker
 * exposes), the store is a fake IndexedDB, and the files are the shipped samples.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeScheme } from '../../../src/core/analyze';
import { generateScheme } from '../../../src/core/gen/generateScheme';
import { api } from '../../../src/worker/api';
import type { LensClient } from '../../../src/worker/client';
import { Lens } from '../../../src/ui/state/lens.svelte';
import { openWorkspaceStore } from '../../../src/ui/workspace/store';
import { inProcess } from '../../worker/inProcessWorker';

const DATA = resolve(import.meta.dirname, '../../../data');
const sample = (name: string) => new Uint8Array(readFileSync(resolve(DATA, name)));

/** The worker's API called in-process; `hold` lets a test keep simulate() pending. */
function inlineClient(hold?: { simulate?: Promise<void> }) {
  return {
    openFile: async (bytes, fileName, options) => api.openAny(bytes.slice(), fileName, options),
    analyze: async (scheme, options) => api.analyze(scheme, options),
    diff: async (a, b, options) => api.diff(a, b, options),
    simulate: async (scheme, steps, policy, options) => {
      await hold?.simulate;
      return api.simulate(scheme, steps, policy, options);
    },
    splitYears: async (scheme) => api.splitYears(scheme),
    cancel: () => undefined,
    dispose: () => undefined,
  } satisfies LensClient;
}

function serveSamples() {
  vi.stubGlobal('fetch', async (url: string) => new Response(sample(url.split('/').pop()!)));
}

afterEach(() => vi.unstubAllGlobals());

async function twoYears(factory = new IDBFactory()) {
  serveSamples();
  const lens = new Lens(inlineClient(), openWorkspaceStore(factory, 'ws'));
  await lens.saved.restore();
  await lens.loadSample('/data/scheme-2020.csv', 'scheme-2020.csv');
  await lens.loadSample('/data/scheme-2011.csv', 'scheme-2011.csv');
  return { lens, factory };
}

describe('the workspace of the app', () => {
  it('holds the two samples as two years, each with its own analysis', async () => {
    const { lens } = await twoYears();
    expect(lens.entries.map((e) => e.year)).toEqual([2020, 2011]);
    const [e2020, e2011] = lens.entries;
    expect(lens.analyses.get(e2020.id)?.counts.byLevel).toEqual(
      analyzeScheme(e2020.scheme).counts.byLevel,
    );
    expect(lens.analyses.get(e2011.id)?.counts.byLevel[0]).toBe(9);
    expect(lens.activeId).toBe(e2011.id); // the last opened is shown
  });

  it('restores labels, years, the active scheme, the page and the simulation after a reload', async () => {
    const { lens, factory } = await twoYears();
    const [e2020] = lens.entries;
    lens.setLabel(e2020.id, '  某县乡镇考核 2020  ');
    lens.setYear(e2020.id, 2021);
    lens.activate(e2020.id);
    await lens.simulation.add({ type: 'merge-overlap', points: 'sum' });
    await lens.simulation.add({ type: 'drop-flag', flag: 'meeting' });
    await lens.simulation.undo();
    lens.saved.page = 'simulate';
    await lens.saved.now();

    const again = new Lens(inlineClient(), openWorkspaceStore(factory, 'ws'));
    expect(await again.saved.restore()).toBe(true);
    expect(again.entries.map((e) => [e.label, e.year])).toEqual([
      ['某县乡镇考核 2020', 2021],
      ['scheme-2011', 2011],
    ]);
    expect(again.activeId).toBe(e2020.id);
    expect(again.saved.page).toBe('simulate');
    expect(again.active?.simulation.steps.map((s) => s.type)).toEqual([
      'merge-overlap',
      'drop-flag',
    ]);
    expect(again.active?.simulation.cursor).toBe(1);
    // The file itself is kept, so the mapping can still be changed after a reload.
    expect(again.canRemap).toBe(true);
  });

  it('through the worker client: schemes stored packed, restored whole, sent back packed', async () => {
    serveSamples();
    const factory = new IDBFactory();
    const first = inProcess();
    const lens = new Lens(first.client, openWorkspaceStore(factory, 'ws'));
    await lens.saved.restore();
    await lens.loadSample('/data/scheme-2020.csv', 'scheme-2020.csv');
    await lens.loadSample('/data/scheme-2011.csv', 'scheme-2011.csv');
    await lens.saved.now();
    const before = lens.entries.map((e) => e.scheme);
    expect(first.registered).toEqual([]); // every scheme came from the worker

    const second = inProcess();
    const again = new Lens(second.client, openWorkspaceStore(factory, 'ws'));
    expect(await again.saved.restore()).toBe(true);
    expect(again.entries.map((e) => e.scheme)).toStrictEqual(before);
    // analyzeAll on restore: the new worker gets each scheme once, as packed columns.
    await vi.waitFor(() => expect(again.analyses.size).toBe(2));
    expect(second.registered).toEqual([
      { worker: 1, kind: 'packed' },
      { worker: 1, kind: 'packed' },
    ]);
    const [e2020] = again.entries;
    expect(again.analyses.get(e2020.id)).toStrictEqual(analyzeScheme(e2020.scheme));
  });

  it('refuses a year that is not a year, and an empty label', async () => {
    const { lens } = await twoYears();
    const id = lens.entries[0].id;
    lens.setYear(id, 20.5);
    lens.setYear(id, -3);
    lens.setLabel(id, '   ');
    expect(lens.entries[0].year).toBe(2020);
    expect(lens.entries[0].label).toBe('scheme-2020');
    lens.setYear(id, null);
    expect(lens.entries[0].year).toBeNull();
  });

  it('commits a simulation step only when its result has arrived', async () => {
    let release!: () => void;
    const hold = { simulate: new Promise<void>((r) => (release = r)) };
    serveSamples();
    const factory = new IDBFactory();
    const store = openWorkspaceStore(factory, 'ws');
    const lens = new Lens(inlineClient(hold), store);
    await lens.saved.restore();
    await lens.loadSample('/data/scheme-2020.csv', 'scheme-2020.csv');
    const adding = lens.simulation.add({ type: 'fold-process' });
    await new Promise((r) => setTimeout(r, 20));
    expect(lens.active?.simulation.steps).toEqual([]);
    const stored = await store.load();
    expect(stored.kind === 'ok' && stored.doc.entries[0].simulation.steps).toEqual([]);
    release();
    await adding;
    expect(lens.active?.simulation.steps).toEqual([{ type: 'fold-process' }]);
    expect(lens.simulation.current?.result.records).toHaveLength(1);
  });

  it('undo and redo give back the cached results', async () => {
    const { lens } = await twoYears();
    await lens.simulation.add({ type: 'merge-overlap', points: 'sum' });
    const once = lens.simulation.current;
    await lens.simulation.add({ type: 'cap', perBranch: 3 });
    await lens.simulation.undo();
    expect(lens.simulation.current).toBe(once);
    await lens.simulation.redo();
    expect(lens.active?.simulation.cursor).toBe(2);
  });

  it('replays the steps on another year, listing ids that year does not have', async () => {
    const { lens } = await twoYears();
    const [e2020, e2011] = lens.entries;
    lens.activate(e2020.id);
    const leaf = e2020.scheme.nodes.find((n) => n.children.length === 0)!;
    await lens.simulation.add({ type: 'delete', id: leaf.id });
    await lens.simulation.replayOn(e2011.id);
    expect(lens.activeId).toBe(e2011.id);
    expect(lens.active?.simulation.steps).toEqual([{ type: 'delete', id: leaf.id }]);
    const missing = lens.simulation.current?.result.records[0].missing;
    const has2011 = e2011.scheme.nodes.some((n) => n.id === leaf.id);
    expect(missing).toEqual(has2011 ? [] : [leaf.id]);
  });

  it('removing a scheme can be undone', async () => {
    const { lens } = await twoYears();
    const before = lens.entries;
    lens.remove(before[1].id);
    expect(lens.entries).toHaveLength(1);
    expect(lens.activeId).toBe(before[0].id);
    lens.saved.undo();
    expect(lens.entries).toEqual(before);
  });

  it('a workspace file that is broken or from a newer version changes nothing', async () => {
    const { lens } = await twoYears();
    const before = lens.entries;
    const text = lens.saved.exportJson();
    expect(lens.saved.importJson('{"app":"indicator-lens","version":1,"entries":')).toBe(false);
    expect(lens.saved.importError?.zh.length).toBeGreaterThan(0);
    const newer = JSON.stringify({ ...JSON.parse(text), version: 99 });
    expect(lens.saved.importJson(newer)).toBe(false);
    expect(lens.saved.importError?.en).toMatch(/99/);
    expect(lens.entries).toBe(before);
  });

  it('a workspace file imports in place of the open one, which one undo brings back', async () => {
    const { lens } = await twoYears();
    await lens.simulation.add({ type: 'fold-process' });
    const text = lens.saved.exportJson();
    const other = (await twoYears()).lens;
    other.remove(other.entries[0].id);
    const replaced = other.entries;
    expect(other.saved.importJson(text)).toBe(true);
    expect(other.entries.map((e) => e.label)).toEqual(lens.entries.map((e) => e.label));
    expect(other.active?.simulation).toEqual(lens.active?.simulation);
    expect(other.entries[0].bytes).toEqual(lens.entries[0].bytes);
    other.saved.undo();
    expect(other.entries).toBe(replaced);
  });

  it('splits a file with a year column into one scheme per year', async () => {
    const csv = generateScheme({ leaves: 120, seed: 4, years: 2 });
    const lines = csv.split(/\r?\n/).slice(1).filter(Boolean);
    const bytes = new TextEncoder().encode(csv);
    const lens = new Lens(inlineClient(), null);
    await lens.saved.restore();
    const file = new File([bytes], '全县考核汇总.csv');
    await lens.openFile(file);
    await lens.confirm();
    // The generator writes the year on every row, one row per detailed item.
    const years = [...new Set(lines.map((l) => l.split(',')[0]))];
    expect(years).toHaveLength(2);
    expect(lens.entries.map((e) => e.year)).toEqual(years.map(Number));
    for (const e of lens.entries) {
      const rows = lines.filter((l) => l.startsWith(`${e.year},`)).length;
      expect(lens.analyses.get(e.id)?.counts.leaves).toBe(rows);
      expect(e.label).toContain(String(e.year));
    }
  });
});
