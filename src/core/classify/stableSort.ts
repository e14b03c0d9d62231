/**
 * Sorts a short array in place, stably, by insertion: the classifier sorts a handful of
 * matches per text, 100,000 times a scheme, and Array.prototype.sort allocates a work area on
 * every call (measured: most of the classifier's garbage). Same order as the built-in sort,
 * which is stable too. Long arrays go to the built-in sort.
 */
export function stableSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 32) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    let j = i - 1;
    // Only strictly greater items move right: equal ones keep their order.
    while (j >= 0 && compare(items[j], x) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}
