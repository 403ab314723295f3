import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import fg from 'fast-glob';
import { searchTree, splitGlob, type TreeMatches } from './search-tree.js';
import { toPosix, uniqueRelPaths } from './unique-rel-paths.js';
import { skipByName, type SkipKind } from './skip-rules.js';
import { readManifest } from './output-manifest.js';
import { displayKey, keyUnder, realPath } from './identity.js';

/**
 * A report file to read. `path` is absolute; `relPath` is the short display key (see identity.ts):
 * relative to `--root` when declared and the file is under it, else prefixed by the basename of the
 * folder it was found in (a file named directly: its basename). Keys that collide within a run are
 * widened (unique-rel-paths.ts); keys that collide with stored reports of other files are widened
 * by identity-plan.ts.
 */
export interface DiscoveredFile {
  readonly path: string;
  readonly relPath: string;
  /** its real path (symlinks resolved; identity.ts), when discovery worked it out */
  readonly realPath?: string;
}

/** An input or entry that is not a report file; `path` is the input as typed or a display path. */
export interface DiscoveryProblem {
  readonly path: string;
  readonly reason: string;
}

/** A file found under a folder (or by a glob) that is not read, and why. */
export interface SkippedFile {
  readonly path: string;
  readonly kind: SkipKind;
  readonly reason: string;
}

export interface DiscoverOptions {
  /** directory that relative inputs are resolved against; default process.cwd() */
  readonly cwd?: string;
  /** display keys are relative to this folder when a file is under it (`--root`); default: see identity.ts */
  readonly root?: string;
}

export interface Discovery {
  readonly files: DiscoveredFile[];
  readonly problems: DiscoveryProblem[];
  readonly skipped: SkippedFile[];
}

/**
 * Expands inputs (folders, files, glob patterns) into report files, sorted by relPath (code-unit
 * order, the same on every machine) and de-duplicated by real path (a file reached through two
 * inputs or a symlink is one file; the first input that finds it names it). Every other file under
 * a folder is returned in `skipped` with its reason (unsupported type, notes file, zhibiao's own
 * output, Office lock file); node_modules and dot files/folders are not searched. A file named
 * directly is always read. Problems (missing input, a directory named like a report, a glob
 * without matches) are returned, never thrown.
 */
export async function discoverReports(inputs: string[], opts: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const root = opts.root ? path.resolve(cwd, opts.root) : null;
  const found: DiscoveredFile[] = [];
  const problems: DiscoveryProblem[] = [];
  const skipped: SkippedFile[] = [];
  const add = (matches: TreeMatches) => collect(matches, root, found, problems, skipped);
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const kind = await statKind(abs);
    if (typeof kind === 'object') problems.push({ path: input, reason: kind.problem });
    else if (kind === 'file') found.push({ path: abs, relPath: displayKey(abs, root, null) });
    else if (kind === 'directory') add(await searchTree(abs, '**/*', true));
    else if (kind === 'missing' && fg.isDynamicPattern(input)) {
      const { base, pattern } = splitGlob(toPosix(input));
      const matches = await searchTree(path.resolve(cwd, base), pattern, false);
      if (matches.files.length + matches.reportLikeDirs.length === 0) {
        problems.push({ path: input, reason: 'no files match this pattern' });
      }
      add(matches);
    } else problems.push({ path: input, reason: 'no such file or folder' });
  }
  const seen = new Set<string>();
  // the shortest path names a file reached along several (a symlink loop such as sub/up -> ..)
  const unique: DiscoveredFile[] = [];
  const depth = new Map(found.map((f) => [f, f.path.split(path.sep).length]));
  for (const f of found.sort((a, b) => depth.get(a)! - depth.get(b)!)) {
    const real = realPath(f.path);
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push({ ...f, realPath: real });
  }
  const files = uniqueRelPaths(unique).sort((a, b) => compare(a.relPath, b.relPath) || compare(a.path, b.path));
  skipped.sort((a, b) => compare(a.path, b.path));
  return { files, problems, skipped };
}

/** Sorts a search's entries into report files, skipped files and report-like directories. */
function collect(
  matches: TreeMatches,
  root: string | null,
  found: DiscoveredFile[],
  problems: DiscoveryProblem[],
  skipped: SkippedFile[],
): void {
  const manifests = new Map<string, Map<string, string>>();
  for (const rel of matches.files) {
    const abs = path.join(matches.root, rel);
    // fast-glob's relative path is already the key's inner part (with `/`) when there is no --root
    const relPath = root === null ? keyUnder(matches.root, rel) : displayKey(abs, root, matches.root);
    const byName = skipByName(rel);
    if (byName) {
      skipped.push({ path: relPath, ...byName });
      continue;
    }
    const dir = path.dirname(abs);
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
    const listed = manifests.get(dir)!.get(path.basename(abs));
    if (listed && listed === hashFile(abs)) {
      skipped.push({ path: relPath, kind: 'output', reason: "zhibiao's own output (listed in .zhibiao-outputs.sha256)" });
      continue;
    }
    found.push({ path: abs, relPath });
  }
  // a folder named like a report, reached again through a symlink loop, is named once (its shortest path)
  const dirs = matches.reportLikeDirs.map((rel) => path.join(matches.root, rel)).sort((a, b) => a.split(path.sep).length - b.split(path.sep).length);
  let named = reportedDirs.get(problems);
  if (!named) reportedDirs.set(problems, (named = new Set()));
  for (const abs of dirs) {
    const real = realPath(abs);
    if (named.has(real)) continue;
    named.add(real);
    problems.push({ path: displayKey(abs, root, matches.root), reason: 'is a directory' });
  }
}

/** per discovery (keyed by its problem list): real paths of the report-like folders already named */
const reportedDirs = new WeakMap<DiscoveryProblem[], Set<string>>();

function hashFile(abs: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(abs)).digest('hex');
  } catch {
    return null;
  }
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

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
