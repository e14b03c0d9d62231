import { describe, expect, it } from 'vitest';
import { RequestGate } from '../../src/worker/client';

/** A promise with its resolve/reject in hand, to settle requests in any order. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('RequestGate: a newer request supersedes an older one', () => {
  it('drops the older reply even when it arrives last', async () => {
    const gate = new RequestGate();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const first = gate.run('analyze', () => slow.promise);
    const second = gate.run('analyze', () => fast.promise);
    fast.resolve('threshold 0.7');
    slow.resolve('threshold 0.5');
    expect(await second).toBe('threshold 0.7');
    expect(await first).toBeNull();
  });

  it('drops the older reply when it arrives first', async () => {
    const gate = new RequestGate();
    const a = deferred<number>();
    const b = deferred<number>();
    const first = gate.run('open', () => a.promise);
    const second = gate.run('open', () => b.promise);
    a.resolve(1);
    expect(await first).toBeNull();
    b.resolve(2);
    expect(await second).toBe(2);
  });

  it('keeps channels apart: an analysis does not supersede an import', async () => {
    const gate = new RequestGate();
    const open = gate.run('open', async () => 'scheme');
    const analyze = gate.run('analyze', async () => 'analysis');
    expect(await open).toBe('scheme');
    expect(await analyze).toBe('analysis');
  });

  it('passes the error of the newest request on and swallows a stale one', async () => {
    const gate = new RequestGate();
    const old = deferred<string>();
    const stale = gate.run('open', () => old.promise);
    const current = gate.run('open', () => Promise.reject(new Error('not a text file')));
    old.reject(new Error('stale failure'));
    await expect(stale).resolves.toBeNull();
    await expect(current).rejects.toThrow('not a text file');
  });

  it('issues increasing ids and knows which one is current', () => {
    const gate = new RequestGate();
    const a = gate.issue('x');
    const b = gate.issue('x');
    expect(b).toBeGreaterThan(a);
    expect([gate.isCurrent('x', a), gate.isCurrent('x', b), gate.isCurrent('y', b)]).toEqual([
      false,
      true,
      false,
    ]);
  });
});
