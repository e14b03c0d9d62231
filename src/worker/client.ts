/**
 * The main thread's side of the worker: parsing and analysis run off the main thread so the
 * page stays responsive (DESIGN.md, src/worker). Every request carries an id; a newer request
 * on the same channel supersedes an older one and the older reply is dropped (STYLE.md,
 * "svelte.dev's REPL … stale replies are dropped").
 */
import { transfer, wrap, type Remote } from 'comlink';
import type { Api } from './api';
import type { Analysis, ImportResult, Scheme } from '../core/types';

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

/** The app's handle on the worker. A null reply means "superseded by a newer request". */
export interface LensClient {
  /** Imports a file. The caller keeps its bytes: a copy is transferred, for later remapping. */
  openFile(
    bytes: Uint8Array,
    fileName: string,
    options?: OpenOptions,
  ): Promise<ImportResult | null>;
  /**
   * All headline metrics of `scheme` with the given threshold and overrides. `channel`
   * separates the analysis of a newly opened scheme ('adopt') from recomputations of the
   * open one ('analyze', the default), so that neither drops the other's reply.
   */
  analyze(
    scheme: Scheme,
    options?: AnalyzeOptions,
    channel?: 'analyze' | 'adopt',
  ): Promise<Analysis | null>;
  /** Stops the worker. */
  dispose(): void;
}

/** Starts the worker (src/worker/worker.ts) and wraps it with comlink. */
export function createLensClient(): LensClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const remote: Remote<Api> = wrap<Api>(worker);
  const gate = new RequestGate();
  return {
    openFile(bytes, fileName, options) {
      // Transfer a copy, not the original: the mapping step re-reads the same bytes later
      // (DESIGN.md: "The original file stays in memory so remapping never asks for a new upload").
      const copy = bytes.slice();
      return gate.run('open', () =>
        // openAny reads .xlsx workbooks as well as text tables (the first sheet with data).
        remote.openAny(transfer(copy, [copy.buffer]), fileName, options),
      );
    },
    analyze(scheme, options, channel = 'analyze') {
      return gate.run(channel, () => remote.analyze(scheme, options));
    },
    dispose() {
      worker.terminate();
    },
  };
}
