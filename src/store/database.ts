import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openConnection, type Connection, type RunResult, type SqlParams } from './connection.js';
import { applyMigrations } from './migrations.js';
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

/** Opens (creating the parent directory) and migrates the database at `path`; `:memory:` works too. */
export async function openDatabase(path: string): Promise<Database> {
  if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  const conn = await openConnection(path);
  try {
    await conn.get('PRAGMA journal_mode = WAL');
    await conn.exec(`PRAGMA foreign_keys = ON; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}; PRAGMA synchronous = NORMAL;`);
    const db = createDatabase(path, conn);
    await applyMigrations(db);
    return db;
  } catch (err) {
    await conn.close().catch(() => undefined);
    throw err;
  }
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
