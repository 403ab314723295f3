import type { Heading, Item, Location, SectionRole, Sentence } from './types.js';

/** Index of the last element whose start is ≤ offset, or -1 (binary search over starts in text order). */
export function lastStartingAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Builds the O(log n) `locate(offset)` of a structure. */
export function createLocator(headings: readonly Heading[], items: readonly Item[], sentences: readonly Sentence[]): (offset: number) => Location {
  const paths = headingPaths(headings);
  const roles = paths.map(roleOfPath);
  const headingStarts = headings.map((h) => h.span.start);
  const itemStarts = items.map((it) => it.span.start);
  const sentenceStarts = sentences.map((s) => s.span.start);
  return (offset) => {
    const h = lastStartingAtOrBefore(headingStarts, offset);
    const it = items[lastStartingAtOrBefore(itemStarts, offset)];
    const se = sentences[lastStartingAtOrBefore(sentenceStarts, offset)];
    return {
      path: h === -1 ? [] : paths[h]!,
      role: h === -1 ? 'other' : roles[h]!,
      item: it && offset < it.span.end ? it : null,
      sentence: se && offset < se.span.end ? se : null,
    };
  };
}

/** Role of the innermost heading of the path that has one other than 'other', else 'other'. */
function roleOfPath(path: readonly Heading[]): SectionRole {
  for (let k = path.length - 1; k >= 0; k--) if (path[k]!.role !== 'other') return path[k]!.role;
  return 'other';
}

/** For each heading, the chain of headings that enclose it, outermost first, itself last. */
function headingPaths(headings: readonly Heading[]): Heading[][] {
  const open: Heading[] = [];
  return headings.map((h) => {
    while (open.length > 0 && open[open.length - 1]!.level >= h.level) open.pop();
    open.push(h);
    return [...open];
  });
}
