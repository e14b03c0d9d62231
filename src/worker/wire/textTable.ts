/**
 * Many strings as one string and the end of each: what crosses from the worker to the page
 * instead of an array of strings (issue 5: "results cross as flat typed arrays and
 * transferred buffers, not nested objects"). Cloning one long string is a copy of its
 * characters; cloning an array of 600,000 strings makes 600,000 objects on the receiving
 * thread, inside one task.
 */

/** The strings of a TextTable: part p is text.slice(ends[p − 1] ?? 0, ends[p]). */
export interface PackedText {
  text: string;
  ends: Uint32Array;
}

/** Collects strings and gives each its part number. */
export class TextTableWriter {
  private readonly parts: string[] = [];
  private readonly ends: number[] = [];
  private length = 0;

  /** The part number of `s` (a new part every call: equal strings are not merged). */
  add(s: string): number {
    this.parts.push(s);
    this.length += s.length;
    this.ends.push(this.length);
    return this.parts.length - 1;
  }

  /** Part number of `s`, or −1 when it is undefined. */
  addOptional(s: string | undefined): number {
    return s === undefined ? -1 : this.add(s);
  }

  finish(): PackedText {
    return { text: this.parts.join(''), ends: Uint32Array.from(this.ends) };
  }
}

/** Part `p` of a packed text table. */
export function partOf(table: PackedText, p: number): string {
  return table.text.slice(p === 0 ? 0 : table.ends[p - 1], table.ends[p]);
}

/** Part `p`, or undefined when p is −1 (an absent optional string). */
export function optionalPart(table: PackedText, p: number): string | undefined {
  return p < 0 ? undefined : partOf(table, p);
}
