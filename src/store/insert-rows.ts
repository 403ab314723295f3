import type { Database, SqlValue } from './database.js';

/** SQLite's historical bound-parameter limit; staying under it keeps any build happy. */
const MAX_PARAMS = 999;

/**
 * Inserts `rows` (each in `columns` order) with multi-row `INSERT … VALUES (…), (…)` statements:
 * one driver round trip per chunk instead of per row. Call inside a transaction.
 */
export async function insertRows(
  db: Database,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): Promise<void> {
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const params: SqlValue[] = [];
    for (const row of chunk) {
      if (row.length !== columns.length) {
        throw new Error(`insert into ${table}: row has ${row.length} values for ${columns.length} columns`);
      }
      params.push(...row);
    }
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`;
    await db.run(sql, params);
  }
}
