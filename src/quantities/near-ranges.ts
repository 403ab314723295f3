/** A half-open stretch of a text, in UTF-16 offsets. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Ranges in order of their start, with the length of the longest: a range that reaches a place
 * starts at most that far before it, so a lookup reads only the few ranges near the place (reading
 * all of them for every candidate made a report of millions of characters take quadratic time).
 */
export interface Ranges {
  readonly sorted: readonly Range[];
  readonly longest: number;
}

export const toRanges = (list: Range[]): Ranges => ({
  sorted: list.sort((a, b) => a.start - b.start),
  longest: list.reduce((m, r) => Math.max(m, r.end - r.start), 0),
});

/** Index of the first range starting at or after `at`. */
function firstFrom(sorted: readonly Range[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of the ranges holds all of [start, end). */
export function anyContains({ sorted, longest }: Ranges, start: number, end: number): boolean {
  for (let i = firstFrom(sorted, end - longest); i < sorted.length && sorted[i]!.start <= start; i++) if (end <= sorted[i]!.end) return true;
  return false;
}

/** Whether one of the ranges overlaps [start, end). */
export function anyOverlaps({ sorted, longest }: Ranges, start: number, end: number): boolean {
  for (let i = firstFrom(sorted, start - longest + 1); i < sorted.length && sorted[i]!.start < end; i++) if (start < sorted[i]!.end) return true;
  return false;
}
