import { existsSync, statSync } from 'node:fs';
import { ZhibiaoError } from '../core/errors.js';
import { openDatabase, type Database, type OpenOptions } from '../store/database.js';
import { shownPath } from './paths.js';

/**
 * Opens a database that must already exist (`zhibiao ingest` made it), turning what can go wrong
 * into one line naming the file and what to do — never a driver message with SQL in it.
 */
export async function openExistingDatabase(path: string, opts: OpenOptions = {}): Promise<Database> {
  if (!existsSync(path)) throw new ZhibiaoError(`no database at ${shownPath(path)} (run zhibiao ingest first, or give --db)`, 2);
  if (statSync(path).isDirectory()) throw new ZhibiaoError(`${shownPath(path)} is a folder, not a database file (give --db FILE)`, 2);
  return openStore(path, opts);
}

/** openDatabase with its system errors as one line naming the file. */
export async function openStore(path: string, opts: OpenOptions = {}): Promise<Database> {
  try {
    return await openDatabase(path, opts);
  } catch (err) {
    throw storeError(path, err);
  }
}

const SQLITE_HINTS: Record<string, string> = {
  SQLITE_NOTADB: 'is not a SQLite database (is --db pointing at the right file?)',
  SQLITE_CORRUPT: 'is a damaged SQLite database (restore it from a copy, or ingest into a new file)',
  SQLITE_CANTOPEN: 'cannot be opened (check that its folder exists and is writable)',
  SQLITE_READONLY: 'is read-only (check its permissions, or copy it somewhere writable)',
  SQLITE_PERM: 'is not accessible (check its permissions)',
  SQLITE_BUSY: 'is locked by another process (wait for it to finish, then run again)',
  SQLITE_FULL: 'cannot grow: the disk is full',
  EACCES: 'is not accessible (check its permissions)',
  EEXIST: 'cannot be created: a file is in the way of its folder',
  ENOTDIR: 'cannot be created: a file is in the way of its folder',
};

export function storeError(path: string, err: unknown): Error {
  const code = (err as { code?: string } | null)?.code;
  const hint = code ? SQLITE_HINTS[code] : undefined;
  if (err instanceof ZhibiaoError || !hint) return err instanceof Error ? err : new Error(String(err));
  return new ZhibiaoError(`${shownPath(path)} ${hint}`, 2);
}
