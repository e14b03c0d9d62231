/**
 * Lexicon searches remembered by text for the length of one classifyLeaves call. Rule texts
 * repeat across the leaves of a scheme (扣完为止, 每缺一项扣1分), so each distinct text is
 * searched once instead of once per leaf. Names are mostly unique and are not worth keeping;
 * ancestors' names are read once per node (ancestry.ts).
 */
export class TextMemo<T> {
  private readonly seen = new Map<string, T>();

  /**
   * @param limit Most texts kept; past it the memo starts again, so a scheme of unique texts
   *   costs bounded memory. Default 20,000.
   */
  constructor(private readonly limit = 20_000) {}

  /** The remembered value for `text`, or `compute(text)` remembered. */
  get(text: string, compute: (text: string) => T): T {
    let value = this.seen.get(text);
    if (value === undefined) {
      value = compute(text);
      if (this.seen.size >= this.limit) this.seen.clear();
      this.seen.set(text, value);
    }
    return value;
  }
}
