import { isAbsolute, relative, sep } from 'node:path';

/**
 * A path as messages show it: relative to the current directory when it lies inside it (so an
 * editor or `zhibiao explain` opens it from here), absolute otherwise; forward slashes.
 */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path.split(sep).join('/');
  const rel = relative(cwd, path);
  if (rel === '' ) return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}
