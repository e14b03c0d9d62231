/**
 * The main thread's side of the worker: parsing and analysis run off the main thread so the
 * page stays responsive (DESIGN.md, src/worker). Every request carries an id; a newer request
 * on the same channel supersedes an older one and the older reply is dropped (STYLE.md,
 * "svelte.dev's REPL … stale replies are dropped").
 */
import { proxy, transfer, wrap } from 'comlink';
import type { Api, SimulateReply } from './api';
import type { SchemeRef, WireApi, WireScheme } from './wireApi';
import { unpackAnalysis } from './wire/packAnalysis';
import { unpackDiff } from './wire/packDiff';
import { packedOf, rememberPacked } from './wire/packedCache';
import { nextTask, unpackSchemeInSlices } from './wire/packScheme';
import { UNKNOWN_SCHEME } from './wire/schemeRegistry';
import type { AnalyzePhase } from '../core/analyzePhases';
import type { DiffOptions, SchemeDiff } from '../core/compare/diffSchemes';
import type { PointsPolicy, SimulationStep } from '../core/simulate/simulate';
import type { Analysis, ImportResult, IndicatorNode, Scheme } from '../core/types';

/** Options of `openFile` as the worker API declares them (e.g. `{ mapping }`). */
export type OpenOptions = Parameters<Api['openFile']>[2];
/** Options of `analyze` as the worker API declares them (`{ threshold, overrides }`). */
export type AnalyzeOptions = Parameters<Api['analyze']>[1];

/**
 * Issues request ids per channel and tells whether a reply is still the newest. Pure: no
 * worker, no timers, so the stale-reply rule can be tested on its own.
 */
export class RequestGate {
  private counter = 0;
  private readonly newest = new Map<string, number>();

  /** A fresh id for `channel`; it supersedes every earlier id on that channel. */
  issue(channel: string): number {
    const id = ++this.counter;
    this.newest.set(channel, id);
    return id;
  }

  /** True while `id` is the newest request on `channel`. */
  isCurrent(channel: string, id: number): boolean {
    return this.newest.get(channel) === id;
  }

  /**
   * Runs `request` under a new id. Resolves to its value, or to null when a newer request
   * on the same channel was issued before it settled (its error is dropped too).
   */
  async run<T>(channel: string, request: () => Promise<T>): Promise<T | null> {
    const id = this.issue(channel);
    try {
      const value = await request();
      return this.isCurrent(channel, id) ? value : null;
    } catch (error) {
      if (this.isCurrent(channel, id)) throw error;
      return null;
    }
  }
}

/** The message of the error a call rejects with when `cancel()` stops the worker. */
export const CANCELLED = 'cancelled';

/**
 * The calls in flight, so they can all be rejected at once. A terminated worker never
 * answers: without this, a call pending at `cancel()` would wait forever. Pure, like the gate.
 */
export class PendingCalls {
  private readonly rejecters = new Set<(error: Error) => void>();

  /** Number of calls in flight. */
  get size(): number {
    return this.rejecters.size;
  }

  /** `promise`, unless rejectAll is called first: then it rejects with that error. */
  track<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.rejecters.add(reject);
      promise.then(
        (value) => {
          this.rejecters.delete(reject);
          resolve(value);
        },
        (error: unknown) => {
          this.rejecters.delete(reject);
          reject(error);
        },
      );
    });
  }

  /** Rejects every call in flight with `error`; later settlements are ignored. */
  rejectAll(error: Error): void {
    const all = [...this.rejecters];
    this.rejecters.clear();
    for (const reject of all) reject(error);
  }
}

/** The app's handle on the worker. A null reply means "superseded by a newer request". */
export interface LensClient {
  /** Imports a file. The caller keeps its bytes: a copy is transferred, for later remapping. */
  openFile(
    bytes: Uint8Array,
    fileName: string,
    options?: OpenOptions,
  ): Promise<ImportResult | null>;
  /**
   * All headline metrics of `scheme` with the given threshold and overrides. Each channel
   * has its own newest request: 'analyze' (the default) for recomputations of the open scheme,
   * 'adopt' for a newly opened one, `analyze:${entryId}` for one entry of the workspace, so
   * that no scheme's analysis drops another's reply.
   */
  analyze(
    scheme: Scheme,
    options?: AnalyzeOptions,
    channel?: string,
    onPhase?: (phase: AnalyzePhase, index: number) => void,
  ): Promise<Analysis | null>;
  /** The diff of two schemes (channel 'diff'). */
  diff(oldScheme: Scheme, newScheme: Scheme, options?: DiffOptions): Promise<SchemeDiff | null>;
  /** The simulated scheme, each step's record and its analysis (channel 'simulate'). */
  simulate(
    scheme: Scheme,
    steps: SimulationStep[],
    policy: PointsPolicy,
    options?: AnalyzeOptions,
  ): Promise<SimulateReply | null>;
  /** One scheme per year of a multi-year file; [] without years (channel 'split'). */
  splitYears(scheme: Scheme): Promise<{ year: number; scheme: Scheme }[] | null>;
  /**
   * Stops long work for real: terminates the worker and starts a fresh one. Every call in
   * flight rejects with an Error whose message is 'cancelled' (CANCELLED).
   */
  cancel(): void;
  /** Stops the worker. */
  dispose(): void;
}

/** A packed scheme from the worker as the page's scheme; remembered for re-sending. */
async function unpackWire(w: WireScheme, remember: (scheme: Scheme, key: string) => void) {
  const scheme = await unpackSchemeInSlices(w.packed, nextTask);
  rememberPacked(scheme.nodes, w.packed);
  remember(scheme, w.key);
  return scheme;
}

/** One running worker as the client sees it: its API, and how to stop it. */
export interface WorkerConnection {
  remote: {
    [K in keyof WireApi]: (
      ...args: Parameters<WireApi[K]>
    ) => Promise<Awaited<ReturnType<WireApi[K]>>>;
  };
  terminate(): void;
}

/** Starts the worker (src/worker/worker.ts) and wraps it with comlink. */
export function startWorker(): WorkerConnection {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return { remote: wrap<WireApi>(worker), terminate: () => worker.terminate() };
}

/**
 * The app's client of the worker; `connect` starts one (tests pass the wire API running
 * in-process).
 */
export function createLensClient(connect: () => WorkerConnection = startWorker): LensClient {
  let generation = 0;
  const start = () => ({ ...connect(), generation: ++generation });
  let current = start();
  const gate = new RequestGate();
  const pending = new PendingCalls();
  /** Which worker holds which scheme (by its node array), under which key. */
  const held = new WeakMap<readonly IndicatorNode[], { generation: number; key: string }>();
  let sent = 0;
  /** Unpacks a scheme sent by the worker of `generation` (not a later one: cancel() may intervene). */
  const unpack = (w: WireScheme, generation: number) =>
    unpackWire(w, (scheme, key) => held.set(scheme.nodes, { generation, key }));

  /** A reference to `scheme` in the current worker, sending the scheme first if it lacks it. */
  async function refOf(scheme: Scheme): Promise<SchemeRef> {
    const { nodes, ...shell } = scheme;
    const known = held.get(nodes);
    if (known && known.generation === current.generation) return { key: known.key, shell };
    const key = `page${++sent}`;
    const { generation, remote } = current;
    // The packed form when the scheme came from the worker (a copy of its buffers, which the
    // page keeps); a workspace file's schemes are sent once as objects.
    await remote.register(key, packedOf(nodes) ?? scheme);
    held.set(nodes, { generation, key });
    return { key, shell };
  }

  /** Runs `request` with references to `schemes`; once more if the worker had dropped one. */
  async function withRefs<T>(schemes: Scheme[], request: (refs: SchemeRef[]) => Promise<T>) {
    try {
      return await request(await Promise.all(schemes.map(refOf)));
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith(UNKNOWN_SCHEME))) throw error;
      for (const s of schemes) held.delete(s.nodes);
      return request(await Promise.all(schemes.map(refOf)));
    }
  }

  /** Runs a worker call on `channel`: newest-wins, and rejected by cancel(). */
  const call = <T>(channel: string, request: () => Promise<T>) =>
    gate.run(channel, () => pending.track(request()));
  return {
    async openFile(bytes, fileName, options) {
      // Transfer a copy, not the original: the mapping step re-reads the same bytes later
      // (DESIGN.md: "The original file stays in memory so remapping never asks for a new upload").
      const copy = bytes.slice();
      return call('open', async () => {
        // openAny reads .xlsx workbooks as well as text tables (by default its largest sheet).
        const { generation, remote } = current;
        const r = await remote.openAny(transfer(copy, [copy.buffer]), fileName, options);
        return { ...r, scheme: r.scheme ? await unpack(r.scheme, generation) : null };
      });
    },
    analyze(scheme, options, channel = 'analyze', onPhase) {
      // The callback crosses as a comlink proxy: the worker calls back at each phase.
      return call(channel, async () =>
        unpackAnalysis(
          await withRefs([scheme], ([ref]) =>
            current.remote.analyze(ref, options, onPhase ? proxy(onPhase) : undefined),
          ),
        ),
      );
    },
    diff(oldScheme, newScheme, options) {
      return call('diff', async () =>
        unpackDiff(
          await withRefs([oldScheme, newScheme], ([a, b]) => current.remote.diff(a, b, options)),
          oldScheme,
          newScheme,
        ),
      );
    },
    simulate(scheme, steps, policy, options) {
      return call('simulate', async () => {
        const { generation } = current;
        const reply = await withRefs([scheme], ([ref]) =>
          current.remote.simulate(ref, steps, policy, options),
        );
        return {
          result: { ...reply.result, scheme: await unpack(reply.result.scheme, generation) },
          analysis: unpackAnalysis(reply.analysis),
        };
      });
    },
    splitYears(scheme) {
      return call('split', async () => {
        const { generation } = current;
        const years = await withRefs([scheme], ([ref]) => current.remote.splitYears(ref));
        const out: { year: number; scheme: Scheme }[] = [];
        for (const y of years)
          out.push({ year: y.year, scheme: await unpack(y.scheme, generation) });
        return out;
      });
    },
    cancel() {
      current.terminate();
      current = start();
      pending.rejectAll(new Error(CANCELLED));
    },
    dispose() {
      current.terminate();
      pending.rejectAll(new Error(CANCELLED));
    },
  };
}
