import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, fillCount, resolveLabels } from '../../src/charts/labels';

describe('resolveLabels / fillCount', () => {
  it('takes the UI’s words where given and Chinese elsewhere', () => {
    const l = resolveLabels({ up: 'Up', reset: undefined, more: '+{n} more' });
    expect(l.up).toBe('Up');
    expect(l.reset).toBe(DEFAULT_LABELS.reset);
    expect(fillCount(l.more, 12)).toBe('+12 more');
    expect(fillCount(resolveLabels(undefined).more, 3)).toBe('+3 项');
  });
});
