import type { Database } from '../store/database.js';
import { shownPath } from './paths.js';

/**
 * file key → the path messages show: the report's real path (`reports.abs_path`, where the database
 * has it) relative to the current folder, so an editor or `zhibiao explain` opens it from here;
 * the stored key where the path is unknown.
 */
export async function displayNames(db: Database): Promise<Map<string, string>> {
  const cols = await db.all<{ name: string }>("SELECT name FROM pragma_table_info('reports')");
  if (!cols.some((c) => c.name === 'abs_path')) return new Map();
  const rows = await db.all<{ file: string; abs_path: string | null }>('SELECT file, abs_path FROM reports WHERE abs_path IS NOT NULL');
  return new Map(rows.map((r) => [r.file, shownPath(r.abs_path!)]));
}
