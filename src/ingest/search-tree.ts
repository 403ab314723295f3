import path from 'node:path';
import fg from 'fast-glob';

/** What a folder or glob search found under one root directory. */
export interface TreeMatches {
  /** absolute root the search ran in (a folder input, or a glob's static base) */
  readonly root: string;
  /** matching regular files (and symlinks to them), paths relative to root with `/` */
  readonly files: readonly string[];
  /** directories whose names look like reports (`x.txt/`), relative to root with `/` */
  readonly reportLikeDirs: readonly string[];
}

/**
 * Never taken from a folder or glob: dependency trees, Office lock files (`~$报告.txt`), and a
 * folder's own README (`README.md` documents a corpus; it is not a report). Dot folders and dot
 * files are skipped by `dot: false`. A file named directly is always taken.
 */
export const IGNORE = ['**/node_modules/**', '**/~$*', '**/README.*', '**/readme.*'];

// `**/*.{txt,md}` for a list of bare, lower-case extensions
export const extensionPattern = (extensions: readonly string[]): string =>
  extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;

/** `a/b/*.txt` → { base: 'a/b', pattern: '*.txt' }; the base is the longest literal prefix. */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const parts = glob.split('/');
  let i = 0;
  while (i < parts.length - 1 && (parts[i] === '' || !fg.isDynamicPattern(parts[i]!))) i++;
  const base = parts.slice(0, i).join('/');
  return { base: base === '' && glob.startsWith('/') ? '/' : base || '.', pattern: parts.slice(i).join('/') };
}

/**
 * Runs one fast-glob search in `root`. `caseInsensitive` is for folder searches (`REPORT.TXT`);
 * a user's own glob is matched as typed. Unreadable sub-folders are skipped, never thrown.
 */
export async function searchTree(
  root: string,
  pattern: string,
  extensions: readonly string[],
  caseInsensitive: boolean,
): Promise<TreeMatches> {
  const entries = await fg(pattern, {
    cwd: root,
    dot: false,
    ignore: IGNORE,
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: true,
    suppressErrors: true,
    caseSensitiveMatch: !caseInsensitive,
  });
  const files: string[] = [];
  const reportLikeDirs: string[] = [];
  for (const entry of entries) {
    if (!entry.endsWith('/')) files.push(entry);
    else if (hasExtension(entry.slice(0, -1), extensions)) reportLikeDirs.push(entry.slice(0, -1));
  }
  return { root: path.resolve(root), files, reportLikeDirs };
}

export const hasExtension = (name: string, extensions: readonly string[]): boolean =>
  extensions.includes(path.extname(name).slice(1).toLowerCase());
