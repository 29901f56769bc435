/** Binary searches over arrays kept in order. */

/** Index of the first item whose key is at or after `pos`, in items sorted by that key (items.length when none). */
export function firstKeyFrom<T>(items: readonly T[], pos: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span that starts at or after `pos`, in spans sorted by start. */
export function firstStartFrom(spans: readonly { readonly start: number }[], pos: number): number {
  return firstKeyFrom(spans, pos, (s) => s.start);
}
