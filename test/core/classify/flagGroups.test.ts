import { describe, expect, it } from 'vitest';
import {
  ALL_FLAGS,
  CRITERIA_FLAGS,
  isCriteriaFlag,
  STRUCTURAL_FLAGS,
} from '../../../src/core/classify/flagGroups';

describe('flag groups', () => {
  it('split every flag type into criteria and structural, each once', () => {
    expect(new Set(ALL_FLAGS).size).toBe(ALL_FLAGS.length);
    expect(ALL_FLAGS).toEqual([...CRITERIA_FLAGS, ...STRUCTURAL_FLAGS]);
    for (const t of STRUCTURAL_FLAGS) expect(isCriteriaFlag(t)).toBe(false);
    for (const t of CRITERIA_FLAGS) expect(isCriteriaFlag(t)).toBe(true);
  });
});
