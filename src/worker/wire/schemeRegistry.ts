/**
 * The schemes the worker holds, by key, so that the page sends a key and not 100,000 nodes
 * with every request (issue 5: "nothing of size crosses twice"). The newest few are kept; a
 * request for one evicted (or lost with a restarted worker) fails with UNKNOWN_SCHEME and
 * the page sends the scheme once more (client.ts).
 */
import type { OverlapSummary, Scheme } from '../../core/types';

/** Start of the message of the error a request for a key the worker lacks rejects with. */
export const UNKNOWN_SCHEME = 'unknown-scheme:';

/** Schemes kept: the open ones a user works with, and a few simulation results. */
export const REGISTRY_SIZE = 8;

export class SchemeRegistry {
  private readonly nodes = new Map<string, Scheme['nodes']>();
  /** The overlap the last analysis of a scheme found, for simulate's merge step. */
  private readonly overlaps = new Map<string, OverlapSummary>();
  private counter = 0;

  /** Keeps `nodes` under a new key. */
  add(nodes: Scheme['nodes']): string {
    const key = `s${++this.counter}`;
    this.put(key, nodes);
    return key;
  }

  /** Keeps `nodes` under `key` (the page re-sending one the worker lost). */
  put(key: string, nodes: Scheme['nodes']): void {
    this.nodes.delete(key);
    this.nodes.set(key, nodes);
    while (this.nodes.size > REGISTRY_SIZE) {
      const oldest = this.nodes.keys().next().value as string;
      this.nodes.delete(oldest);
      this.overlaps.delete(oldest);
    }
  }

  /** Keeps the overlap an analysis of the scheme under `key` found. */
  setOverlap(key: string, overlap: OverlapSummary): void {
    if (this.nodes.has(key)) this.overlaps.set(key, overlap);
  }

  /** The overlap last found for the scheme under `key`, if any. */
  overlapOf(key: string): OverlapSummary | undefined {
    return this.overlaps.get(key);
  }

  /** The nodes under `key`, now the most recently used; throws UNKNOWN_SCHEME if gone. */
  get(key: string): Scheme['nodes'] {
    const nodes = this.nodes.get(key);
    if (!nodes) throw new Error(UNKNOWN_SCHEME + key);
    this.put(key, nodes);
    return nodes;
  }
}
