/**
 * The index of the first item for which `before` is false, in items where it is true for a run
 * at the start and false after (the place a value would be inserted in a sorted list). Binary
 * search: the readers that place lines and offsets call it for each of thousands.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
