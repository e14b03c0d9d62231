import { normalizeText } from './normalizeText';
import { scanTokens } from './tokenize';

/**
 * The token sets of many texts as integer ids, packed for speed (the joins read them
 * millions of times): set i is `tokens.subarray(offsets[i], offsets[i + 1])`, ascending with
 * no repeats.
 */
export interface TokenSets {
  /** Number of sets. */
  count: number;
  /** count + 1 offsets into `tokens`. */
  offsets: Uint32Array;
  tokens: Uint32Array;
  /** Number of distinct tokens; ids run from 0 to vocabulary − 1. */
  vocabulary: number;
}

/**
 * Ids for Chinese token keys below 2³² (all but characters beyond the BMP) in an
 * open-addressing table on typed arrays: a Map with numeric keys this large boxes each one,
 * and this lookup runs for every bigram of every leaf.
 */
class KeyIds {
  private keys = new Uint32Array(1 << 12);
  private ids = new Int32Array(1 << 12).fill(-1);
  private used = 0;
  /** 32 − log2(capacity): Fibonacci hashing takes the product's top bits. */
  private shift = 20;

  /** The id of `key`, or `next` after storing it under that id. */
  idOf(key: number, next: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (; this.ids[slot] !== -1; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) return this.ids[slot];
    }
    this.keys[slot] = key;
    this.ids[slot] = next;
    if (++this.used * 2 > this.keys.length) this.grow();
    return next;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2).fill(-1);
    this.used = 0;
    this.shift--;
    for (let s = 0; s < keys.length; s++) if (ids[s] !== -1) this.idOf(keys[s], ids[s]);
  }
}

/** Normalises and tokenises each text and gives every distinct token an integer id. */
export function buildTokenSets(texts: readonly string[]): TokenSets {
  const small = new KeyIds();
  const other = new Map<number | string, number>();
  let vocabulary = 0;
  const idOf = (key: number | string): number => {
    if (typeof key === 'number' && key < 2 ** 32) {
      const id = small.idOf(key, vocabulary);
      if (id === vocabulary) vocabulary++;
      return id;
    }
    let id = other.get(key);
    if (id === undefined) other.set(key, (id = vocabulary++));
    return id;
  };

  let buffer = new Uint32Array(256);
  let size = 0;
  const add = (key: number | string) => {
    if (size === buffer.length) {
      const grown = new Uint32Array(size * 2);
      grown.set(buffer);
      buffer = grown;
    }
    buffer[size++] = idOf(key);
  };
  const offsets = new Uint32Array(texts.length + 1);
  let tokens = new Uint32Array(texts.length * 16);
  let at = 0;
  texts.forEach((text, i) => {
    size = 0;
    scanTokens(normalizeText(text), add, add);
    const set = buffer;
    if (size > 64) set.subarray(0, size).sort();
    else {
      // Insertion sort in place for the usual short text: a subarray and a sort call for
      // each of 100,000 leaves cost more than the sorting.
      for (let k = 1; k < size; k++) {
        const id = set[k];
        let j = k;
        for (; j > 0 && set[j - 1] > id; j--) set[j] = set[j - 1];
        set[j] = id;
      }
    }
    if (at + size > tokens.length) {
      const grown = new Uint32Array(Math.max(tokens.length * 2, at + size));
      grown.set(tokens);
      tokens = grown;
    }
    offsets[i] = at;
    // A set, not a bag: a token repeated in one text counts once.
    for (let k = 0; k < size; k++) if (k === 0 || set[k] !== set[k - 1]) tokens[at++] = set[k];
  });
  offsets[texts.length] = at;
  return { count: texts.length, offsets, tokens: tokens.slice(0, at), vocabulary };
}
