import path from 'node:path';
import fg from 'fast-glob';
import { SUPPORTED_EXTENSIONS, extensionOf } from './report-format.js';

/** What a folder or glob search found under one root directory. */
export interface TreeMatches {
  /** absolute root the search ran in (a folder input, or a glob's static base) */
  readonly root: string;
  /** every matching regular file (and symlink to one), relative to root with `/`: reports and others */
  readonly files: readonly string[];
  /** directories whose names look like reports (`x.txt/`), relative to root with `/` */
  readonly reportLikeDirs: readonly string[];
}

/**
 * Never searched: dependency trees. Dot folders and dot files (`.git`, the output manifest) are
 * left out by `dot: false`. Everything else found is sorted by skip-rules.ts into reports and
 * skipped files, so that every file is accounted for.
 */
export const IGNORE = ['**/node_modules/**'];

/** `a/b/*.txt` → { base: 'a/b', pattern: '*.txt' }; the base is the longest literal prefix. */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const parts = glob.split('/');
  let i = 0;
  while (i < parts.length - 1 && (parts[i] === '' || !fg.isDynamicPattern(parts[i]!))) i++;
  const base = parts.slice(0, i).join('/');
  return { base: base === '' && glob.startsWith('/') ? '/' : base || '.', pattern: parts.slice(i).join('/') };
}

/**
 * Runs one fast-glob search in `root` (`**\/*` for a folder). `caseInsensitive` is for folder
 * searches; a user's own glob is matched as typed. Unreadable sub-folders are skipped, never thrown.
 */
export async function searchTree(root: string, pattern: string, caseInsensitive: boolean): Promise<TreeMatches> {
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
    else if (SUPPORTED_EXTENSIONS.includes(extensionOf(entry.slice(0, -1)))) reportLikeDirs.push(entry.slice(0, -1));
  }
  return { root: path.resolve(root), files, reportLikeDirs };
}
