import { describe, expect, it } from 'vitest';
import { CANCELLED, PendingCalls, RequestGate } from '../../src/worker/client';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('PendingCalls: cancel rejects every call in flight', () => {
  it('rejects pending calls with "cancelled", whatever the worker does afterwards', async () => {
    const pending = new PendingCalls();
    const a = deferred<string>();
    const b = deferred<number>();
    const ta = pending.track(a.promise);
    const tb = pending.track(b.promise);
    expect(pending.size).toBe(2);
    pending.rejectAll(new Error(CANCELLED));
    a.resolve('late reply from a terminated worker');
    await expect(ta).rejects.toThrow('cancelled');
    await expect(tb).rejects.toThrow('cancelled');
    expect(pending.size).toBe(0);
  });

  it('passes replies and errors through and forgets settled calls', async () => {
    const pending = new PendingCalls();
    const ok = pending.track(Promise.resolve(42));
    const bad = pending.track(Promise.reject(new Error('not a text file')));
    await expect(ok).resolves.toBe(42);
    await expect(bad).rejects.toThrow('not a text file');
    expect(pending.size).toBe(0);
    pending.rejectAll(new Error(CANCELLED)); // nothing left to reject
    await expect(ok).resolves.toBe(42);
  });

  it('does not reject calls made after the cancel', async () => {
    const pending = new PendingCalls();
    pending.rejectAll(new Error(CANCELLED));
    await expect(pending.track(Promise.resolve('fresh worker'))).resolves.toBe('fresh worker');
  });

  it('through the gate: the newest call on a channel rejects, a superseded one gives null', async () => {
    const gate = new RequestGate();
    const pending = new PendingCalls();
    const old = deferred<string>();
    const stale = gate.run('analyze:e1', () => pending.track(old.promise));
    const current = gate.run('analyze:e1', () => pending.track(deferred<string>().promise));
    const other = gate.run('analyze:e2', () => pending.track(deferred<string>().promise));
    pending.rejectAll(new Error(CANCELLED));
    await expect(stale).resolves.toBeNull();
    await expect(current).rejects.toThrow('cancelled');
    await expect(other).rejects.toThrow('cancelled');
  });
});

describe('RequestGate with one channel per workspace entry', () => {
  it('keeps entries apart: analysing one entry does not drop another’s reply', async () => {
    const gate = new RequestGate();
    const e1 = gate.run('analyze:e1', async () => 'analysis of e1');
    const e2 = gate.run('analyze:e2', async () => 'analysis of e2');
    expect([await e1, await e2]).toEqual(['analysis of e1', 'analysis of e2']);
  });
});
