/**
 * SQLite errors after which no further write can succeed: the disk is full, the file or its folder
 * went read-only or away, an I/O error, a corrupt file. A batch stops at the first one (exit 2),
 * instead of failing every remaining file with the same message; what was committed stays intact.
 */
const FATAL_CODES = new Set(['SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_NOMEM', 'SQLITE_PROTOCOL']);

const WHAT: Readonly<Record<string, string>> = {
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'a disk I/O error',
  SQLITE_CORRUPT: 'the database file is corrupt',
  SQLITE_NOTADB: 'the database file was replaced by something else',
  SQLITE_READONLY: 'the database became read-only',
  SQLITE_CANTOPEN: 'the database file cannot be opened any more',
  SQLITE_NOMEM: 'SQLite ran out of memory',
  SQLITE_PROTOCOL: 'the database lock protocol failed',
};

/** The driver's code (`SQLITE_FULL`) of a fatal store error, else null. */
export function fatalStoreCode(err: unknown): string | null {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && FATAL_CODES.has(code)) return code;
  const named = /\b(SQLITE_[A-Z]+)\b/.exec(String((err as Error)?.message ?? ''))?.[1];
  return named && FATAL_CODES.has(named) ? named : null;
}

/** One line for the user: what happened, to which database, and that stored reports are intact. */
export function describeFatalStore(code: string, dbPath: string): string {
  return `stopped: ${WHAT[code] ?? code} (${code}) writing ${dbPath}; reports stored before this are intact, run the same command again once it is fixed`;
}
