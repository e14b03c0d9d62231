/**
 * The shapes the hand-written samples are typed in. A detailed item is a tuple, so that
 * 371 of them read like the table they become:
 * [name, points, rule] or [name, points, rule, department] (default: the sub-item's) or
 * [name, points, rule, department, 'in-name'] (points written in the name, 分值 blank).
 */
export type SampleLeaf =
  | readonly [name: string, points: number, rule: string]
  | readonly [name: string, points: number, rule: string, department: string]
  | readonly [name: string, points: number, rule: string, department: string, where: 'in-name'];

/** A sub-item (二级指标) and its detailed items (三级指标). */
export interface SampleSubItem {
  name: string;
  department: string;
  leaves: readonly SampleLeaf[];
}

/** A major item (一级指标). */
export interface SampleMajorItem {
  name: string;
  /** The points its detailed items must add up to. */
  points: number;
  subItems: readonly SampleSubItem[];
}

/** Items written to assess the same thing twice, by two or three departments. */
export interface OverlapGroup {
  names: string[];
  why: string;
}

/** Shorthand for a sub-item. */
export function sub(
  name: string,
  department: string,
  leaves: readonly SampleLeaf[],
): SampleSubItem {
  return { name, department, leaves };
}
