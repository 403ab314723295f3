import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { ZhibiaoError } from '../core/errors.js';
import type { Connection } from './connection.js';
import type { Migration } from './migrations.js';

/** What a database file holds, seen before anything is written to it. */
export type SchemaState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'current' }
  | { readonly kind: 'older'; readonly version: number; readonly pending: readonly Migration[] }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'foreign'; readonly tables: readonly string[] };

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * A file that exists, is not empty and is not a SQLite database (a report, a spreadsheet given as
 * `--db` by mistake) is refused before SQLite opens it. Returns quietly for a missing or empty file.
 */
export function assertSqliteFile(path: string): void {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ZhibiaoError(`${path}: is a directory, not a database file`, 2);
    size = st.size;
  } catch (err) {
    if (err instanceof ZhibiaoError) throw err;
    return; // missing: created (read-write) or refused by the read-only open
  }
  if (size === 0) return;
  const head = Buffer.alloc(16);
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    readSync(fd, head, 0, 16, 0);
  } catch (err) {
    throw new ZhibiaoError(`cannot read database ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 2);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_HEADER) throw new ZhibiaoError(`${path}: not a SQLite database (refusing to touch it)`, 2);
}

/**
 * Reads `user_version`, the tables and `schema_migrations` without writing. A database is ours when
 * it is empty or has a `schema_migrations(name)` whose names are all migrations this code knows;
 * any other table without that bookkeeping belongs to another application.
 */
export async function inspectSchema(conn: Connection, migrations: readonly Migration[]): Promise<SchemaState> {
  const version = (await conn.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
  const tables = (await conn.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")).map((r) => r.name);
  if (tables.length === 0 && version === 0) return { kind: 'empty' };
  if (!tables.includes('schema_migrations')) return { kind: 'foreign', tables };
  const columns = (await conn.all<{ name: string }>("SELECT name FROM pragma_table_info('schema_migrations')")).map((r) => r.name);
  if (!columns.includes('name') || !columns.includes('applied_at')) return { kind: 'foreign', tables };
  const applied = new Set((await conn.all<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  const known = new Set(migrations.map((m) => m.name));
  if (version > migrations.length || [...applied].some((name) => !known.has(name))) return { kind: 'newer', version: Math.max(version, applied.size) };
  const pending = migrations.filter((m) => !applied.has(m.name));
  return pending.length === 0 ? { kind: 'current' } : { kind: 'older', version, pending };
}

/** The one-line refusal for a database this code must not change; null when it may open it. */
export function refusal(path: string, state: SchemaState, known: number, readOnly: boolean): ZhibiaoError | null {
  switch (state.kind) {
    case 'newer':
      return new ZhibiaoError(`${path}: database schema version ${state.version} is newer than this zhibiao's (${known}); use a newer zhibiao, or another --db`, 2);
    case 'foreign': {
      const some = state.tables.slice(0, 3).join(', ') + (state.tables.length > 3 ? ', …' : '');
      return new ZhibiaoError(`${path}: not a zhibiao database (it has tables ${some}); give another --db`, 2);
    }
    case 'older':
      return readOnly
        ? new ZhibiaoError(`${path}: database schema version ${state.version} is older than this zhibiao's (${known}); run \`zhibiao ingest\` on it once to upgrade it`, 2)
        : null;
    case 'empty':
      return readOnly ? new ZhibiaoError(`${path}: empty database (run zhibiao ingest first)`, 2) : null;
    default:
      return null;
  }
}
