/**
 * The plain-JSON vocabulary of simulation (DESIGN.md "Simulate consolidation"): steps, the
 * points policy, and what each applied step changed. Plain data, so steps can be saved in a
 * workspace and replayed on another scheme.
 */
import type { FlagType, Scheme } from '../types';

/** How a merge sets the surviving item's points: their sum, the largest, or the first item's. */
export type MergePoints = 'sum' | 'max' | 'first';

/**
 * One consolidation step. Ids a step names that the scheme does not have (replayed on another
 * scheme) are reported in the step's record, never thrown.
 */
export type SimulationStep =
  | { type: 'merge-overlap'; points?: MergePoints; threshold?: number }
  | { type: 'drop-flag'; flag: FlagType }
  | { type: 'cap'; perBranch?: number; total?: number }
  | { type: 'fold-process' }
  | { type: 'deductions-to-attainment' }
  | { type: 'delete'; id: string }
  | { type: 'rename'; id: string; name: string }
  | { type: 'set-points'; id: string; points: number }
  | { type: 'move'; id: string; parent: string }
  /** A manual merge: the first id present survives (renamed to `name`); points default 'sum'. */
  | { type: 'merge'; ids: string[]; name?: string; points?: MergePoints };

/** The type names of SimulationStep, to check steps read from a file. */
export const STEP_TYPES: readonly SimulationStep['type'][] = [
  'merge-overlap',
  'drop-flag',
  'cap',
  'fold-process',
  'deductions-to-attainment',
  'delete',
  'rename',
  'set-points',
  'move',
  'merge',
];

/**
 * What happens to points when leaves go: 'keep-leaf-points' leaves the others as they are;
 * 'keep-parent-totals' scales the remaining siblings so their parent's total is unchanged.
 * Merges are the exception: their points rule (sum/max/first) decides, under either policy.
 */
export type PointsPolicy = 'keep-leaf-points' | 'keep-parent-totals';

/** What one applied step changed. */
export interface StepRecord {
  step: SimulationStep;
  removed: string[];
  renamed: { id: string; from: string; to: string }[];
  moved: { id: string; from: string | null; to: string }[];
  points: { id: string; before: number | null; after: number | null }[];
  /** Scoring rules rewritten (deductions-to-attainment). */
  rules: { id: string; before: string | null; after: string }[];
  /** Ids the step names that the scheme does not have (replayed on another scheme). */
  missing: string[];
}

/** A simulated scheme and what each step did. */
export interface SimulationResult {
  scheme: Scheme;
  records: StepRecord[];
}
