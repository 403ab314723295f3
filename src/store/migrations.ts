import type { Database } from './database.js';
import { CORE_TABLES_SQL } from './schema-tables.js';
import { VIEWS_SQL } from './schema-views.js';
import { SHOWN_VIEWS_SQL } from './schema-views-shown.js';
import { SCOPE_SQL } from './schema-scope.js';
import { IDENTITY_AND_TEXT_SQL } from './schema-identity.js';
import { SEARCH_SQL } from './schema-search.js';
import { FILE_STAMPS_SQL } from './schema-file-stamps.js';
import { SEARCH_WORDS_SQL } from './schema-search-words.js';

/** A named, append-only schema step. Never edit one that has shipped; add the next. */
export interface Migration {
  readonly name: string;
  readonly sql: string;
}

/** Applied in this order; `PRAGMA user_version` = how many of them the database has. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '001-core-tables', sql: CORE_TABLES_SQL },
  { name: '002-views', sql: VIEWS_SQL },
  { name: '003-shown-values', sql: SHOWN_VIEWS_SQL },
  { name: '004-observation-scope', sql: SCOPE_SQL },
  { name: '005-report-identity-and-text', sql: IDENTITY_AND_TEXT_SQL },
  { name: '006-sentence-search', sql: SEARCH_SQL },
  { name: '007-file-stamps', sql: FILE_STAMPS_SQL },
  { name: '008-search-words-of-the-rules', sql: SEARCH_WORDS_SQL },
];

const BOOKKEEPING_SQL = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  name       TEXT PRIMARY KEY,
  applied_at TEXT NOT NULL
);`;

/**
 * Applies the migrations not yet recorded in `schema_migrations` and sets `user_version`, all in ONE
 * transaction: an older database is either fully upgraded or left exactly as it was (a crash or a
 * failing step in the middle rolls everything back). The check happens inside the transaction, so
 * two processes opening the same file do not both apply one. Returns the names applied now.
 * Callers check first (schema-guard.ts) that the database is ours and not newer than this code.
 */
export async function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  return db.withTransaction(async () => {
    await db.exec(BOOKKEEPING_SQL);
    const done = new Set((await db.all<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    const applied: string[] = [];
    const now = new Date().toISOString();
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await db.exec(migration.sql);
      await db.run('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)', [migration.name, now]);
      applied.push(migration.name);
    }
    const row = await db.get<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
    await db.exec(`PRAGMA user_version = ${row?.n ?? 0}`);
    return applied;
  });
}

export async function appliedMigrations(db: Database): Promise<string[]> {
  const rows = await db.all<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
  return rows.map((r) => r.name);
}
