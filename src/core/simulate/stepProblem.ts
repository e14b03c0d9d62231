/**
 * Checks that a value read from a file (a saved workspace, a steps file) is a SimulationStep,
 * so that a garbled step is reported instead of failing half-way through a replay.
 */
import { ALL_FLAGS } from '../classify/flagGroups';
import type { Bilingual } from '../types';
import { STEP_TYPES, type SimulationStep } from './steps';

const MERGE_POINTS = ['sum', 'max', 'first'];

type Fields = Record<string, unknown>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isFinite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);

/** Per step type: which field is wrong, or null. */
const FIELD_CHECKS: Record<SimulationStep['type'], (s: Fields) => string | null> = {
  'merge-overlap': (s) =>
    !optional(s.points, (v) => MERGE_POINTS.includes(v as string))
      ? 'points'
      : !optional(s.threshold, (v) => isFinite(v) && (v as number) >= 0 && (v as number) <= 1)
        ? 'threshold'
        : null,
  'drop-flag': (s) => (ALL_FLAGS.includes(s.flag as never) ? null : 'flag'),
  cap: (s) =>
    !optional(s.perBranch, isCount) ? 'perBranch' : !optional(s.total, isCount) ? 'total' : null,
  'fold-process': () => null,
  'deductions-to-attainment': () => null,
  delete: (s) => (isString(s.id) ? null : 'id'),
  rename: (s) => (!isString(s.id) ? 'id' : !isString(s.name) ? 'name' : null),
  'set-points': (s) => (!isString(s.id) ? 'id' : !isFinite(s.points) ? 'points' : null),
  move: (s) => (!isString(s.id) ? 'id' : !isString(s.parent) ? 'parent' : null),
  merge: (s) =>
    !Array.isArray(s.ids) || s.ids.length === 0 || !s.ids.every(isString)
      ? 'ids'
      : !optional(s.name, isString)
        ? 'name'
        : !optional(s.points, (v) => MERGE_POINTS.includes(v as string))
          ? 'points'
          : null,
};

/** What is wrong with `value` as a simulation step, or null when it is one. */
export function stepProblem(value: unknown): Bilingual | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { zh: '步骤不是一个对象', en: 'a step is not an object' };
  }
  const s = value as Fields;
  if (!STEP_TYPES.includes(s.type as SimulationStep['type'])) {
    const t = JSON.stringify(s.type) ?? 'undefined';
    return { zh: `未知的步骤类型 ${t}`, en: `unknown step type ${t}` };
  }
  const field = FIELD_CHECKS[s.type as SimulationStep['type']](s);
  return field === null
    ? null
    : {
        zh: `步骤“${s.type as string}”的字段 ${field} 无效`,
        en: `step "${s.type as string}" has an invalid ${field}`,
      };
}
