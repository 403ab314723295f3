import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** A named group of gold files scored together: the texts of the set live in `dirs`. */
export interface GoldSet {
  readonly name: string;
  readonly dirs: readonly string[];
}

/** The sets `npm run eval` reports by default: the texts the extractor was tuned on, and a second set of other genres. */
export const DEFAULT_SETS = ['dev=seeds,corpus-dev', 'dev2=corpus-dev2'] as const;

/**
 * Parse `NAME=DIR[,DIR…]`; relative dirs resolve against `base` (the shared folder). A spec without
 * `=` is one directory named after itself.
 */
export function parseSet(spec: string, base: string): GoldSet {
  const eq = spec.indexOf('=');
  const name = eq < 0 ? spec : spec.slice(0, eq);
  const dirs = (eq < 0 ? spec : spec.slice(eq + 1)).split(',').filter((d) => d.length > 0);
  if (name.length === 0 || dirs.length === 0) throw new Error(`eval: bad --set "${spec}" (expected NAME=DIR[,DIR…])`);
  return { name, dirs: dirs.map((d) => resolve(base, d)) };
}

/** The set whose folders hold `file`, and its path; the first set wins when two hold the same name. */
export function locate(file: string, sets: readonly GoldSet[], exists: (p: string) => boolean = existsSync) {
  for (const set of sets) {
    for (const dir of set.dirs) {
      const path = join(dir, file);
      if (exists(path)) return { set: set.name, path };
    }
  }
  return undefined;
}

/** The nearest `shared` folder holding `gold/` at or above `from` (a worktree may sit deeper than ../shared). */
export function findShared(from: string, exists: (p: string) => boolean = existsSync): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'shared');
    if (exists(join(candidate, 'gold'))) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The indicator ids of a catalog in Markdown: the back-quoted ids in its table's first column. */
export function catalogIds(markdown: string): ReadonlySet<string> {
  return new Set([...markdown.matchAll(/^\|\s*`([a-z_]+\.[a-z_]+)`\s*\|/gm)].map((m) => m[1]!));
}
