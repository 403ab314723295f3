import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openConnection, type Connection, type RunResult, type SqlParams } from './connection.js';
import { MIGRATIONS, applyMigrations } from './migrations.js';
import { assertSqliteFile, inspectSchema, refusal, type SchemaState } from './schema-guard.js';
import { ZhibiaoError } from '../core/errors.js';
import { fatalStoreCode } from './store-errors.js';
import { SerialLock } from './serial-lock.js';

export type { RunResult, SqlParams, SqlValue } from './connection.js';

/**
 * One SQLite connection behind promises.
 *
 * Every statement and transaction goes through one FIFO lock, so concurrent `withTransaction`
 * callers never interleave: a statement issued inside `fn` (tracked with AsyncLocalStorage) runs
 * at once, any other statement waits until the open transaction has committed or rolled back.
 */
export interface Database {
  readonly path: string;
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /**
   * `BEGIN IMMEDIATE`, `fn`, `COMMIT`; `ROLLBACK` and rethrow if `fn` or the commit throws.
   * Called inside a running transaction it joins it (no savepoint).
   */
  withTransaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const BUSY_TIMEOUT_MS = 10_000;

export interface OpenOptions {
  /**
   * For commands that only read (tables, audit, …): the file must exist and be a current zhibiao
   * database; it is opened read-only (a file on a read-only mount works), never migrated.
   */
  readonly readOnly?: boolean;
}

/**
 * Opens the database at `path`; `:memory:` works too. Read-write: creates it (and its parent
 * directory), refuses a file that is not ours or is newer than this code (exit 2, one line naming
 * the path, the file left byte-identical), then migrates an older one in one transaction.
 */
export async function openDatabase(path: string, opts: OpenOptions = {}): Promise<Database> {
  const memory = path === ':memory:' || path.startsWith('file:');
  if (!memory) {
    if (opts.readOnly && !existsSync(path)) throw new ZhibiaoError(`no database at ${path} (run zhibiao ingest first)`, 2);
    assertSqliteFile(path);
    if (!opts.readOnly) {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? String(err);
        const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file stands where a folder is needed' : code;
        throw new ZhibiaoError(`cannot create the folder of database ${path}: ${why}`, 2);
      }
    }
  }
  const conn = await openChecked(path, opts.readOnly === true);
  try {
    if (!opts.readOnly) {
      await conn.get('PRAGMA journal_mode = WAL');
      await conn.exec('PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;');
    }
    const db = createDatabase(path, conn);
    if (!opts.readOnly) await applyMigrations(db);
    return db;
  } catch (err) {
    await conn.close().catch(() => undefined);
    if (err instanceof ZhibiaoError || !fatalStoreCode(err)) throw err;
    throw new ZhibiaoError(`cannot write database ${path}: ${String((err as Error).message).replace(/ \[in: .*\]$/, '')}`, 2);
  }
}

/** Opens a connection and checks the schema before anything is written; refuses with exit 2. */
async function openChecked(path: string, readOnly: boolean): Promise<Connection> {
  let conn = await openConnection(path, { readOnly });
  let state: SchemaState;
  try {
    await conn.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    state = await inspectSchema(conn, MIGRATIONS);
  } catch (err) {
    await conn.close().catch(() => undefined);
    if (!readOnly || !isCantOpen(err)) throw describe(path, err);
    // a WAL database on read-only media: its -shm index cannot be created, so read it as immutable
    conn = await openConnection(path, { immutable: true });
    try {
      state = await inspectSchema(conn, MIGRATIONS);
    } catch (again) {
      await conn.close().catch(() => undefined);
      throw describe(path, again);
    }
  }
  const refused = refusal(path, state, MIGRATIONS.length, readOnly);
  if (refused) {
    await conn.close().catch(() => undefined);
    throw refused;
  }
  return conn;
}

const isCantOpen = (err: unknown): boolean => /SQLITE_CANTOPEN|SQLITE_READONLY|unable to open/.test(String((err as Error)?.message ?? err));

/** An error reading the file at open time, as one line naming it. */
function describe(path: string, err: unknown): ZhibiaoError {
  const message = String((err as Error)?.message ?? err).replace(/ \[in: .*\]$/, '');
  return new ZhibiaoError(message.includes(path) ? message : `cannot read database ${path}: ${message}`, 2);
}

function createDatabase(path: string, conn: Connection): Database {
  const lock = new SerialLock();
  const inTransaction = new AsyncLocalStorage<true>();
  const guarded = <T>(fn: () => Promise<T>): Promise<T> => (inTransaction.getStore() ? fn() : lock.run(fn));

  return {
    path,
    run: (sql, params) => guarded(() => conn.run(sql, params)),
    get: <T>(sql: string, params?: SqlParams) => guarded(() => conn.get<T>(sql, params)),
    all: <T>(sql: string, params?: SqlParams) => guarded(() => conn.all<T>(sql, params)),
    exec: (sql) => guarded(() => conn.exec(sql)),
    withTransaction<T>(fn: () => Promise<T>): Promise<T> {
      if (inTransaction.getStore()) return fn();
      return lock.run(() =>
        inTransaction.run(true, async () => {
          await conn.exec('BEGIN IMMEDIATE');
          try {
            const result = await fn();
            await conn.exec('COMMIT');
            return result;
          } catch (err) {
            await conn.exec('ROLLBACK').catch(() => undefined);
            throw err;
          }
        }),
      );
    },
    close: () => lock.run(() => conn.close()),
  };
}
