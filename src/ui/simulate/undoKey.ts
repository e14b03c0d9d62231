/**
 * Which undo/redo shortcut a key press is (issue 4 brief: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y; ⌘ on a
 * Mac), or null. Never while the user types in a field: there Ctrl+Z undoes their typing.
 */

/** Inputs that take typing; a ticked checkbox or radio leaves the shortcut to the view. */
const NOT_TYPING = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);

/** True when the key press goes into a text field, a select or editable content. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  return tag === 'input' && !NOT_TYPING.has((el as HTMLInputElement).type);
}

/** 'undo', 'redo' or null for a keydown event. */
export function undoKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target'>,
): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
