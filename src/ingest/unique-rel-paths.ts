import path from 'node:path';

/** A file found by discovery, before its display key is made unique. */
export interface KeyedFile {
  readonly path: string;
  readonly relPath: string;
}

/**
 * Makes relPaths unique. Files that share a relPath (two single files `a/x.txt` and `b/x.txt`
 * both keyed `x.txt`, or two folders both named `2023`) are re-keyed relative to their common
 * ancestor folder (`a/x.txt`, `b/x.txt`; `reports/2023/x.txt`, `other/2023/x.txt`); only the
 * colliding files change. If a new key still collides with another, the absolute path (with `/`)
 * is the key. Input order is kept.
 */
export function uniqueRelPaths<T extends KeyedFile>(files: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const f of files) groups.set(f.relPath, [...(groups.get(f.relPath) ?? []), f]);
  const rekeyed = new Map<T, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ancestor = commonAncestor(group.map((f) => path.dirname(f.path)));
    for (const f of group) rekeyed.set(f, toPosix(path.relative(ancestor, f.path)));
  }
  const first = files.map((f) => ({ ...f, relPath: rekeyed.get(f) ?? f.relPath }));
  const counts = new Map<string, number>();
  for (const f of first) counts.set(f.relPath, (counts.get(f.relPath) ?? 0) + 1);
  return first.map((f) => ((counts.get(f.relPath) ?? 0) > 1 ? { ...f, relPath: toPosix(f.path) } : f));
}

export const toPosix = (p: string): string => p.split(path.sep).join('/');

function commonAncestor(dirs: readonly string[]): string {
  let common = dirs[0] ?? path.parse(process.cwd()).root;
  for (const dir of dirs.slice(1)) {
    while (common !== path.dirname(common) && path.relative(common, dir).startsWith('..')) common = path.dirname(common);
  }
  return common;
}
