import { realpathSync } from 'node:fs';
import path from 'node:path';
import { toPosix } from './unique-rel-paths.js';

/**
 * The short key a report is shown and stored under (`reports.file`), with `/`:
 * - relative to `root` (`--root DIR`) when one is declared and the file is under it;
 * - else relative to the parent of the folder it was found in (`2023/report.txt` for the folder
 *   `../archive/2023`, `corpus/x.txt` for `corpus`), or its basename when it was named directly
 *   (`base` null; the `file` of `extract --format json` is then the basename, as in the gold files).
 * The key is for people; identity is the real path (`reports.abs_path`), so two files never share
 * a report however short their keys are: keys that collide are widened (identity-plan.ts).
 */
export function displayKey(abs: string, root: string | null, base: string | null): string {
  const rel = root === null ? '..' : path.relative(root, abs);
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return toPosix(rel);
  if (base === null) return path.basename(abs);
  return keyUnder(base, toPosix(path.relative(base, abs)));
}

/** The key of a file found at `inner` (relative, with `/`) under the folder `base`, without a `--root`: see displayKey. */
export function keyUnder(base: string, inner: string): string {
  const prefix = path.basename(base);
  return prefix ? `${prefix}/${inner}` : inner;
}

/** The absolute path with symlinks resolved: the same file reached by two paths has one real path. */
export function realPath(abs: string): string {
  try {
    return realpathSync.native(abs);
  } catch {
    // a link that cannot be resolved (one that points to itself): its folder's real path + its name
    try {
      return path.join(realpathSync.native(path.dirname(abs)), path.basename(abs));
    } catch {
      return path.resolve(abs);
    }
  }
}

/**
 * Longer and longer keys for a file whose key is taken: its last 2, 3, … path components, and
 * finally the absolute path. `taken` says whether a key is used by another file.
 */
export function widenKey(key: string, abs: string, taken: (key: string) => boolean): string {
  if (!taken(key)) return key;
  const parts = toPosix(abs).split('/').filter(Boolean);
  for (let n = 2; n <= parts.length; n++) {
    const candidate = parts.slice(-n).join('/');
    if (candidate.length > key.length && !taken(candidate)) return candidate;
  }
  return toPosix(abs);
}
