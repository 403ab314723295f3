import type { MarkerFamily } from './heading-markers.js';
import type { HeadingCandidate } from './detect-headings.js';

interface Open {
  readonly family: MarkerFamily;
  index: number;
}

/**
 * Levels as this report uses them: a marker family opens one level below the innermost open
 * heading the first time it appears, and a family already open continues at its own level.
 * A family that restarts at 1 right under its own heading (`一、…` then `一、…`, nothing between) nests
 * one deeper (once: a family stands at two levels at most); restarting after deeper headings, it
 * starts a new run at its own level.
 */
export function assignLevels(candidates: readonly HeadingCandidate[]): number[] {
  const stack: Open[] = [];
  return candidates.map((c) => {
    const at = findLevel(stack, c);
    stack.length = at;
    stack.push({ family: c.family, index: c.index });
    return at + 1;
  });
}

/** 0-based depth at which the candidate stands. */
function findLevel(stack: readonly Open[], c: HeadingCandidate): number {
  let sameFamily = -1;
  for (let d = stack.length - 1; d >= 0; d--) {
    const open = stack[d]!;
    if (open.family !== c.family) continue;
    if (c.family !== 'headline' && c.index === open.index + 1) return d;
    if (sameFamily === -1) sameFamily = d;
  }
  if (sameFamily === -1) return stack.length;
  const innermost = sameFamily === stack.length - 1;
  const onlyOnce = stack.filter((o) => o.family === c.family).length === 1;
  if (innermost && onlyOnce && c.family !== 'headline' && c.index === 1) return stack.length;
  return sameFamily;
}

/** Parent of each heading (index into the same array, -1 for a top heading). */
export function parentsOf(levels: readonly number[]): number[] {
  const open: number[] = [];
  return levels.map((level, i) => {
    open.length = Math.min(open.length, level - 1);
    const parent = open.length > 0 ? open[open.length - 1]! : -1;
    while (open.length < level - 1) open.push(parent);
    open.push(i);
    return parent;
  });
}

/** End offset of each heading's section: the start of the next heading at the same or an outer level. */
export function sectionEnds(starts: readonly number[], levels: readonly number[], textEnd: number): number[] {
  const ends = new Array<number>(starts.length).fill(textEnd);
  const open: number[] = [];
  levels.forEach((level, i) => {
    while (open.length > 0 && levels[open[open.length - 1]!]! >= level) ends[open.pop()!] = starts[i]!;
    open.push(i);
  });
  return ends;
}
