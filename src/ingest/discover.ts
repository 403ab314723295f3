import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { extensionPattern, searchTree, splitGlob, type TreeMatches } from './search-tree.js';
import { toPosix, uniqueRelPaths } from './unique-rel-paths.js';

/**
 * A report file to read.
 *
 * `relPath` is the display path and the database key, always with `/`:
 * - a file given directly: its basename (`reports/x.txt` → `x.txt`);
 * - a file found in a folder input: relative to the folder's parent, i.e. prefixed by the folder's
 *   basename, so that two folders' files do not collide (`corpus/2023/x.txt`);
 * - a file matched by a glob: the same, with the glob's literal base as the folder
 *   (the glob `corpus/*.txt` gives the same keys as the folder `corpus`).
 * Keys that still collide are widened (see unique-rel-paths.ts).
 */
export interface DiscoveredFile {
  readonly path: string;
  readonly relPath: string;
}

/** An input or entry that is not a report file; `path` is the input as typed or a display path. */
export interface DiscoveryProblem {
  readonly path: string;
  readonly reason: string;
}

export interface DiscoverOptions {
  /** extensions searched in folders, with or without the dot; default txt and md */
  readonly extensions?: readonly string[];
  /** directory that relative inputs are resolved against; default process.cwd() */
  readonly cwd?: string;
}

export const DEFAULT_EXTENSIONS = ['txt', 'md'] as const;

/**
 * Expands inputs (folders, files, glob patterns) into report files, sorted by relPath (code-unit
 * order, the same on every machine) and de-duplicated by absolute path (the first input that finds a
 * file names it). A path that exists wins over reading it as a glob. A file given directly is taken
 * whatever its extension; folders and globs skip node_modules, dot folders and `~$*` lock files.
 * Problems (missing input, a directory named like a report, a glob without matches) are returned,
 * never thrown.
 */
export async function discoverReports(
  inputs: string[],
  opts: DiscoverOptions = {},
): Promise<{ files: DiscoveredFile[]; problems: DiscoveryProblem[] }> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const extensions = normalizeExtensions(opts.extensions ?? DEFAULT_EXTENSIONS);
  const found: DiscoveredFile[] = [];
  const problems: DiscoveryProblem[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const kind = await statKind(abs);
    if (typeof kind === 'object') problems.push({ path: input, reason: kind.problem });
    else if (kind === 'file') found.push({ path: abs, relPath: path.basename(abs) });
    else if (kind === 'directory') {
      collect(await searchTree(abs, extensionPattern(extensions), extensions, true), found, problems);
    } else if (kind === 'missing' && fg.isDynamicPattern(input)) {
      const { base, pattern } = splitGlob(toPosix(input));
      const matches = await searchTree(path.resolve(cwd, base), pattern, extensions, false);
      if (matches.files.length + matches.reportLikeDirs.length === 0) {
        problems.push({ path: input, reason: 'no files match this pattern' });
      }
      collect(matches, found, problems);
    } else problems.push({ path: input, reason: 'no such file or folder' });
  }
  const seen = new Set<string>();
  const unique = found.filter((f) => !seen.has(f.path) && seen.add(f.path));
  const files = uniqueRelPaths(unique).sort((a, b) => compare(a.relPath, b.relPath) || compare(a.path, b.path));
  return { files, problems };
}

/** Adds a search's files (keyed under the root's basename) and its report-like directories. */
function collect(matches: TreeMatches, found: DiscoveredFile[], problems: DiscoveryProblem[]): void {
  const prefix = path.basename(matches.root);
  const key = (rel: string): string => (prefix ? `${prefix}/${rel}` : rel);
  for (const rel of matches.files) found.push({ path: path.join(matches.root, rel), relPath: key(rel) });
  for (const rel of matches.reportLikeDirs) problems.push({ path: key(rel), reason: 'is a directory' });
}

type InputKind = 'file' | 'directory' | 'missing' | { problem: string };

/** What an input path is, or why it cannot be used. */
async function statKind(abs: string): Promise<InputKind> {
  try {
    const s = await stat(abs);
    return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : { problem: 'not a regular file or folder' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    const problem = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read: ${(error as Error).message}`;
    return { problem };
  }
}

function normalizeExtensions(extensions: readonly string[]): string[] {
  const bare = extensions.map((e) => e.replace(/^\./, '').toLowerCase()).filter((e) => e !== '');
  return [...new Set(bare)].map((e) => fg.escapePath(e));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
