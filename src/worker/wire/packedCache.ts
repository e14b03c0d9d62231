/**
 * The packed form of each scheme the page holds (the node array is the key: a scheme whose
 * label or year the user edits keeps its nodes). Kept so that a scheme goes back to a
 * restarted worker, and into IndexedDB, as the columns it came in — cloned as a few strings
 * and typed arrays, not as 100,000 objects on the main thread (issue 5).
 */
import type { IndicatorNode } from '../../core/types';
import type { PackedScheme } from './packScheme';

const packed = new WeakMap<readonly IndicatorNode[], PackedScheme>();

/** Remembers that `nodes` were unpacked from `p`. */
export function rememberPacked(nodes: readonly IndicatorNode[], p: PackedScheme): void {
  packed.set(nodes, p);
}

/** The packed form `nodes` came from, if they came packed. */
export function packedOf(nodes: readonly IndicatorNode[]): PackedScheme | undefined {
  return packed.get(nodes);
}
