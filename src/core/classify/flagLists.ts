import type { Flag } from '../types';

/** One step of the trie: the list ending here, and the lists going on. */
interface Step {
  list?: Flag[];
  next?: Map<Flag, Step>;
}

/**
 * Equal lists of the same flag objects, made one list: some two thousand distinct lists
 * among 100,000 leaves (generated scheme), so an analysis keeps thousands of arrays instead
 * of one per flagged leaf, and the worker's packing (packAnalysis) finds most by identity.
 * Flags are compared by identity: the classifiers share flag objects already (textFlags,
 * structuralFlags). No caller mutates a leaf's flags (grep src/).
 */
export class FlagLists {
  private readonly root = new Map<Flag, Step>();
  private steps = 0;

  /**
   * @param limit Most trie steps kept; past it the lists start again, so data with ever new
   *   flag objects costs bounded memory. Default 50,000.
   */
  constructor(private readonly limit = 50_000) {}

  /** The list already seen with these flags in this order, or `flags` itself, remembered. */
  of(flags: Flag[]): Flag[] {
    if (flags.length === 0) return flags;
    if (this.steps >= this.limit) {
      this.root.clear();
      this.steps = 0;
    }
    let level = this.root;
    let step: Step | undefined;
    for (let i = 0; i < flags.length; i++) {
      step = level.get(flags[i]);
      if (!step) {
        level.set(flags[i], (step = {}));
        this.steps++;
      }
      if (i < flags.length - 1) level = step.next ??= new Map();
    }
    return (step!.list ??= flags);
  }
}
