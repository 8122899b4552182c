// Binary search over arrays kept in order: lines of codes and failures, times of a timeline.

import { must } from './must.js';

/** Index of the first item whose key is at least `value` (items.length when none is), from `lo`. */
export function firstAtLeast<T>(items: ArrayLike<T>, value: number, keyOf: (item: T) => number, lo = 0): number {
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(must(items[mid])) < value) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
