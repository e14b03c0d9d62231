// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, ImportResult, Scheme } from '../../src/core/types';
import { Lens, THRESHOLD_DEBOUNCE_MS } from '../../src/ui/state/lens.svelte';
import type { LensClient } from '../../src/worker/client';
import { analysis, scheme } from './fixture';

const ok = (s: Scheme): ImportResult => ({
  scheme: s,
  issues: [],
  skipped: [],
  mapping: { format: 'wide', headerRows: 1, columns: [] },
  encoding: 'utf-8',
  delimiter: ',',
  preview: [],
});

const broken: ImportResult = {
  scheme: null,
  issues: [
    {
      severity: 'error',
      row: 3,
      column: '上级编号',
      code: 'unknown-parent',
      message: { zh: '上级编号 9 不存在', en: 'parent 9 does not exist' },
    },
  ],
  skipped: [],
  mapping: { format: 'long', headerRows: 1, columns: [] },
  encoding: 'utf-8',
  delimiter: ',',
  preview: [],
};

const other: Scheme = { ...scheme, id: 'other', label: '另一方案', nodes: scheme.nodes.slice(4) };

/** A client that answers from a queue of import results and echoes analyses. */
function fakeClient(results: ImportResult[]) {
  const client = {
    openFile: vi.fn(async (_bytes: Uint8Array, _name: string) => results.shift() ?? null),
    analyze: vi.fn(async (s: Scheme, options?: { threshold?: number }): Promise<Analysis> => ({
      ...analysis,
      schemeId: s.id,
      overlap: { ...analysis.overlap, threshold: options?.threshold ?? 0.5 },
    })),
    diff: vi.fn(async () => null),
    simulate: vi.fn(async () => null),
    splitYears: vi.fn(async () => []),
    cancel: vi.fn(),
    dispose: vi.fn(),
  } satisfies LensClient;
  return client;
}

async function opened(client: LensClient) {
  vi.stubGlobal('fetch', async () => new Response(new Uint8Array([0x61, 0x2c, 0x62])));
  const lens = new Lens(client);
  await lens.loadSample('/data/scheme-2020.csv', 'scheme-2020.csv');
  return lens;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Lens (the app state) with the worker client', () => {
  it('opens a readable sample directly, analysed', async () => {
    const lens = await opened(fakeClient([ok(scheme)]));
    expect(lens.scheme?.id).toBe('fixture');
    expect(lens.analysis?.schemeId).toBe('fixture');
    expect(lens.pending).toBeNull();
  });

  it('a broken file shows its errors and leaves the current scheme as it was', async () => {
    const client = fakeClient([ok(scheme), broken]);
    const lens = await opened(client);
    await lens.openFile(new File(['编号,上级编号,名称\n1,,A\n2,9,B\n'], 'broken.csv'));
    expect(lens.pending?.result.issues[0].row).toBe(3);
    expect(lens.scheme?.id).toBe('fixture');
    lens.cancel();
    expect(lens.pending).toBeNull();
    expect(lens.scheme?.id).toBe('fixture');
  });

  it('refuses a 200 MB file before reading it, and keeps the current scheme', async () => {
    const client = fakeClient([ok(scheme)]);
    const lens = await opened(client);
    // Only the size is looked at: a File-like object stands in for 200 MB on disk.
    const huge = { name: '全省汇总.csv', size: 200 * 1024 * 1024 } as File;
    await lens.openFile(huge);
    expect(lens.pending?.result.issues.map((i) => i.code)).toEqual(['too-large']);
    expect(lens.pending?.result.issues[0].message.zh).toContain('200');
    expect(client.openFile).toHaveBeenCalledTimes(1); // the sample only
    expect(lens.scheme?.id).toBe('fixture');
  });

  it('changing the mapping re-reads the bytes already in memory', async () => {
    const client = fakeClient([ok(scheme), ok(other), ok(other)]);
    const lens = await opened(client);
    await lens.openFile(new File(['a,b\n1,2\n'], 'new.csv'));
    const mapping = { format: 'long' as const, headerRows: 1, columns: [] };
    await lens.remap(mapping);
    const [firstBytes] = client.openFile.mock.calls[1];
    const [againBytes, name, options] = client.openFile.mock.calls[2] as unknown as [
      Uint8Array,
      string,
      unknown,
    ];
    expect(new TextDecoder().decode(againBytes)).toBe('a,b\n1,2\n');
    expect(againBytes).toBe(firstBytes);
    expect(name).toBe('new.csv');
    expect(options).toEqual({ mapping });
  });

  it('confirm adds the scheme to the workspace and makes it active; cancel would have kept it', async () => {
    const client = fakeClient([ok(scheme), ok(other)]);
    const lens = await opened(client);
    await lens.openFile(new File(['x'], 'other.csv'));
    expect(lens.scheme?.id).toBe('fixture');
    await lens.confirm();
    expect(lens.scheme?.id).toBe('other');
    expect(lens.analysis?.schemeId).toBe('other');
    expect(lens.pending).toBeNull();
    expect(lens.entries.map((e) => e.scheme.id)).toEqual(['fixture', 'other']);
    lens.activate(lens.entries[0].id);
    expect(lens.scheme?.id).toBe('fixture');
  });

  it('an override re-runs the analysis in the worker with it', async () => {
    const client = fakeClient([ok(scheme)]);
    const lens = await opened(client);
    await lens.setOverride('a1y', { kind: 'process' });
    expect(client.analyze).toHaveBeenLastCalledWith(scheme, {
      threshold: 0.5,
      overrides: [{ id: 'a1y', kind: 'process' }],
    });
    await lens.setOverride('a1y', { kind: null });
    expect(lens.overrides).toEqual([]);
  });

  it('the threshold slider recomputes once it rests, with the last value', async () => {
    const client = fakeClient([ok(scheme)]);
    const lens = await opened(client);
    vi.useFakeTimers();
    const before = client.analyze.mock.calls.length;
    lens.setThreshold(0.6);
    lens.setThreshold(0.65);
    lens.setThreshold(0.7);
    expect(client.analyze.mock.calls.length).toBe(before);
    await vi.advanceTimersByTimeAsync(THRESHOLD_DEBOUNCE_MS + 10);
    expect(client.analyze.mock.calls.length).toBe(before + 1);
    expect(client.analyze.mock.lastCall?.[1]).toMatchObject({ threshold: 0.7 });
    expect(lens.analysis?.overlap.threshold).toBe(0.7);
  });

  it('an older operation finishing does not hide the progress of a newer one', async () => {
    let finishSample!: (a: Analysis) => void;
    let finishFile!: (r: ImportResult) => void;
    const client = {
      openFile: vi
        .fn<LensClient['openFile']>()
        .mockResolvedValueOnce(ok(scheme))
        .mockImplementationOnce(() => new Promise((r) => (finishFile = r))),
      analyze: vi.fn<LensClient['analyze']>(() => new Promise((r) => (finishSample = r))),
      diff: vi.fn(async () => null),
      simulate: vi.fn(async () => null),
      splitYears: vi.fn(async () => []),
      cancel: vi.fn(),
      dispose: vi.fn(),
    } satisfies LensClient;
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array([0x61])));
    const lens = new Lens(client);
    const sample = lens.loadSample('/data/scheme-2020.csv', 'scheme-2020.csv');
    await vi.waitFor(() => expect(lens.progress?.stage).toBe('analyzing'));
    const file = lens.openFile(new File(['a,b\n'], 'big.csv'));
    await vi.waitFor(() => expect(lens.progress?.stage).toBe('parsing'));
    finishSample(analysis);
    await sample;
    expect(lens.scheme?.id).toBe('fixture');
    expect(lens.progress?.stage).toBe('parsing');
    finishFile(ok(other));
    await file;
    expect(lens.progress).toBeNull();
    expect(lens.pending?.fileName).toBe('big.csv');
  });
});
