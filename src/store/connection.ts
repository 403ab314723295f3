import sqlite3 from 'sqlite3';

/** A value SQLite can bind. Booleans are stored as 0/1 by the caller, never implicitly. */
export type SqlValue = string | number | bigint | null | Buffer;
export type SqlParams = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;

export interface RunResult {
  readonly changes: number;
  readonly lastID: number;
}

/** The sqlite3 callback API behind promises, without any locking (see database.ts). */
export interface Connection {
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  /** runs several `;`-separated statements without parameters */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenMode {
  /** open without write access: nothing can change the file */
  readonly readOnly?: boolean;
  /** read-only and immutable (a file on read-only media, whose WAL index cannot be created) */
  readonly immutable?: boolean;
}

/** Opens `path` (creating it unless read-only); sqlite3's error gains the path it could not open. */
export function openConnection(path: string, mode: OpenMode = {}): Promise<Connection> {
  const flags = mode.immutable
    ? sqlite3.OPEN_READONLY | sqlite3.OPEN_URI
    : mode.readOnly
      ? sqlite3.OPEN_READONLY
      : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
  const target = mode.immutable ? `file:${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}?immutable=1` : path;
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(target, flags, (err) => {
      if (!err) return resolve(wrap(db));
      err.message = `cannot open database ${path}: ${err.message}`;
      reject(err);
    });
  });
}

function wrap(db: sqlite3.Database): Connection {
  const bind = (params: SqlParams | undefined): unknown => params ?? [];
  return {
    run: (sql, params) =>
      new Promise((resolve, reject) => {
        db.run(sql, bind(params), function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(withSql(err, sql));
          else resolve({ changes: this.changes, lastID: this.lastID });
        });
      }),
    get: <T>(sql: string, params?: SqlParams) =>
      new Promise<T | undefined>((resolve, reject) => {
        db.get(sql, bind(params), (err: Error | null, row: T | undefined) =>
          err ? reject(withSql(err, sql)) : resolve(row),
        );
      }),
    all: <T>(sql: string, params?: SqlParams) =>
      new Promise<T[]>((resolve, reject) => {
        db.all(sql, bind(params), (err: Error | null, rows: T[]) => (err ? reject(withSql(err, sql)) : resolve(rows)));
      }),
    exec: (sql) =>
      new Promise((resolve, reject) => {
        db.exec(sql, (err) => (err ? reject(withSql(err, sql)) : resolve()));
      }),
    close: () =>
      new Promise((resolve, reject) => {
        db.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** sqlite3 errors say what failed but not where; keep the driver's `code` and add the statement. */
function withSql(err: Error, sql: string): Error {
  const short = sql.replace(/\s+/g, ' ').trim().slice(0, 120);
  err.message = `${err.message} [in: ${short}]`;
  return err;
}
