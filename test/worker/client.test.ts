/**
 * The page's client of the worker (issue 5: "nothing of size crosses twice"): a scheme the
 * worker made is referred to by key, sent back only when a worker lacks it — after a cancel
 * restarted the worker, or when the worker let it go — and then as the columns it came in.
 * The wire API runs in-process here; the browser tests run the real worker.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../src/core/analyze';
import { importScheme } from '../../src/core/import/importScheme';
import type { Scheme } from '../../src/core/types';
import { simulate } from '../../src/worker/api';
import { createLensClient } from '../../src/worker/client';
import { REGISTRY_SIZE } from '../../src/worker/wire/schemeRegistry';
import { inProcess } from './inProcessWorker';

const DATA = resolve(import.meta.dirname, '../../data');
const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve(DATA, name)));

async function open(client: ReturnType<typeof createLensClient>, name: string): Promise<Scheme> {
  const result = await client.openFile(bytesOf(name), name);
  if (!result?.scheme) throw new Error(`${name} did not open`);
  return result.scheme;
}

describe('createLensClient', () => {
  it('gets the scheme the importer makes, and its analysis, without sending the scheme back', async () => {
    const { client, registered } = inProcess();
    const scheme = await open(client, 'scheme-2020.csv');
    expect(scheme).toStrictEqual(
      importScheme(bytesOf('scheme-2020.csv'), 'scheme-2020.csv').scheme,
    );
    const analysis = await client.analyze(scheme, { threshold: 0.5 });
    expect(analysis).toStrictEqual(analyzeScheme(scheme, { threshold: 0.5 }));
    // A renamed scheme (new label, same nodes) is still the one the worker holds.
    const renamed = { ...scheme, label: '二〇二〇年' };
    await client.analyze(renamed);
    await client.simulate(
      renamed,
      [{ type: 'merge-overlap', points: 'sum' }],
      'keep-parent-totals',
    );
    expect(registered).toEqual([]);
  });

  it('sends a scheme once, packed, to a worker restarted by cancel', async () => {
    const { client, registered, workers } = inProcess();
    const scheme = await open(client, 'scheme-2011.csv');
    client.cancel();
    expect(workers()).toBe(2);
    const analysis = await client.analyze(scheme);
    await client.analyze(scheme, { threshold: 0.3 });
    expect(analysis?.counts.byLevel[0]).toBe(9);
    expect(registered).toEqual([{ worker: 2, kind: 'packed' }]);
  });

  it('sends a scheme again when the worker has let it go, and the answer is still right', async () => {
    const { client, registered } = inProcess();
    const first = await open(client, 'scheme-2011.csv');
    for (let i = 0; i < REGISTRY_SIZE; i++) await open(client, 'scheme-long.csv');
    const analysis = await client.analyze(first);
    expect(analysis).toStrictEqual(analyzeScheme(first));
    expect(registered).toEqual([{ worker: 1, kind: 'packed' }]);
  });

  it('sends a scheme that never came from the worker (a workspace file) as it is, once', async () => {
    const { client, registered } = inProcess();
    const scheme = importScheme(bytesOf('scheme-2011.csv'), 'scheme-2011.csv').scheme!;
    const analysis = await client.analyze(scheme);
    await client.analyze(scheme);
    expect(analysis?.counts.leaves).toBe(45);
    expect(registered).toEqual([{ worker: 1, kind: 'object' }]);
  });

  it('gives a simulation result the worker keeps: analysing it sends nothing', async () => {
    const { client, registered } = inProcess();
    const scheme = await open(client, 'scheme-2020.csv');
    const reply = await client.simulate(
      scheme,
      [{ type: 'merge-overlap', points: 'sum' }],
      'keep-parent-totals',
    );
    expect(reply?.result.scheme.nodes.filter((n) => n.children.length === 0)).toHaveLength(355);
    const again = await client.analyze(reply!.result.scheme);
    expect(again).toStrictEqual(reply!.analysis);
    expect(registered).toEqual([]);
  });

  it('simulates with the overlap the analysis found, to the same result as finding it again', async () => {
    const { client } = inProcess();
    const scheme = await open(client, 'scheme-2020.csv');
    await client.analyze(scheme, { threshold: 0.5 });
    const steps = [{ type: 'merge-overlap', points: 'sum' } as const];
    const reply = await client.simulate(scheme, [...steps], 'keep-parent-totals', {
      threshold: 0.5,
    });
    const fresh = simulate(scheme, [...steps], 'keep-parent-totals', { threshold: 0.5 });
    expect(reply).toStrictEqual(fresh);
  });
});
