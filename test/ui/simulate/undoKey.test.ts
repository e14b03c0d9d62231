import { describe, expect, it } from 'vitest';
import { undoKey } from '../../../src/ui/simulate/undoKey';

describe('undoKey(event)', () => {
  // What undoKey reads of an element: its tag name and an input's type.
  const input = (type: string) => ({ tagName: 'INPUT', type }) as unknown as EventTarget;
  it.each([
    [{ key: 'z', ctrlKey: true }, 'undo'],
    [{ key: 'Z', ctrlKey: true, shiftKey: true }, 'redo'],
    [{ key: 'y', metaKey: true }, 'redo'],
    [{ key: 'z', ctrlKey: true, altKey: true }, null],
    [{ key: 'x', ctrlKey: true }, null],
  ])('%j → %s', (keys, action) => {
    const e = {
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      target: null,
      ...keys,
    };
    expect(undoKey(e)).toBe(action);
  });
  it.each([
    ['text', null],
    ['number', null],
    ['checkbox', 'undo'],
    ['radio', 'undo'],
  ])('in an <input type=%s> Ctrl+Z gives %s', (type, action) => {
    const e = {
      key: 'z',
      ctrlKey: true,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      target: input(type),
    };
    expect(undoKey(e)).toBe(action);
  });
});
