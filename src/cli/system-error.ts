import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ZhibiaoError } from '../core/errors.js';
import { shownPath } from './paths.js';
import { storeError } from './open-store.js';

/** What to do about a file-system error, by errno code. */
const FS_HINTS: Record<string, string> = {
  ENOENT: 'does not exist (check the path)',
  EACCES: 'is not accessible (check its permissions)',
  EPERM: 'is not accessible (check its permissions)',
  EEXIST: 'is in the way: a file stands where a folder is needed (choose another path)',
  ENOTDIR: 'is in the way: a file stands where a folder is needed (choose another path)',
  EISDIR: 'is a folder where a file is needed (give a file name)',
  ENOSPC: 'cannot be written: the disk is full',
  EROFS: 'cannot be written: the file system is read-only (choose another path)',
  EMFILE: 'cannot be opened: too many open files (raise ulimit -n, or use fewer --jobs)',
};

/**
 * A system error as one line naming the file and what to do: `output/x: is in the way: …` instead of
 * `EEXIST: file already exists, mkdir 'output/x'`, and SQLite's `SQLITE_NOTADB … [in: PRAGMA …]` as
 * `out.db is not a SQLite database (…)`. `dbPath` is the database the command was given. Errors
 * that are not system errors are returned unchanged.
 */
export function systemErrorLine(err: unknown, dbPath: string | undefined): unknown {
  if (err instanceof ZhibiaoError || !(err instanceof Error)) return err;
  const { code, path, dest } = err as Error & { code?: string; path?: string; dest?: string };
  if (code?.startsWith('SQLITE_')) return dbPath ? storeError(dbPath, err) : err;
  const hint = code ? FS_HINTS[code] : undefined;
  if (!hint || !path) return err;
  const where = code === 'EEXIST' || code === 'ENOTDIR' ? firstFileIn(path) ?? path : (dest ?? path);
  return new ZhibiaoError(`${shownPath(where)}: ${hint}`, 2);
}

/** The database a command line names (`--db`, `--into`, or the default), for SQLite errors. */
export function dbPathOf(argv: readonly string[], fallback: string): string | undefined {
  for (const flag of ['--db', '--into']) {
    const i = argv.indexOf(flag);
    if (i >= 0 && argv[i + 1]) return argv[i + 1];
    const inline = argv.find((a) => a.startsWith(`${flag}=`));
    if (inline) return inline.slice(flag.length + 1);
  }
  return fallback;
}

/** For a path that could not be created: the first existing ancestor that is a file (what is in the way). */
function firstFileIn(path: string): string | undefined {
  for (let p = path; ; p = dirname(p)) {
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // not there: look further up
    }
    if (dirname(p) === p) return undefined;
  }
}
