import type { Database } from './database.js';
import { MIGRATIONS } from './migrations.js';

/** Tables filled from the reports' own rows by `refreshSearchIndex`, so merge does not copy them. */
const DERIVED_TABLES = new Set(['search_sentences', 'search_indexed']);

export interface MergeSourceResult {
  readonly source: string;
  /** reports copied into the target */
  readonly added: number;
  /** reports the target already had (same identity, same content and rules) */
  readonly present: number;
}

/** A report stored differently in the source and in the target. */
export class MergeConflictError extends Error {
  constructor(readonly source: string, readonly files: readonly string[]) {
    super(`${source}: ${files.length} report(s) conflict with the target — same file or path, different content or rules: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`);
    this.name = 'MergeConflictError';
  }
}

/** A source whose schema is not the one this zhibiao writes. */
export class MergeSchemaError extends Error {
  constructor(readonly source: string, readonly have: number, readonly want: number) {
    super(`${source} has schema version ${have}, this zhibiao writes ${want}`);
    this.name = 'MergeSchemaError';
  }
}

/**
 * Copies every report of the database at `sourcePath` into `target` (already open and migrated),
 * in one transaction: all its reports or none. Identity is the ingest's: a report is the same
 * report when its `file` (the display key) or its real path (`abs_path`) is. The same report with
 * the same sha256 and rule-set hash is skipped; with anything else it is a conflict and nothing
 * of this source is copied. Child rows (every table with a foreign key to reports) follow their
 * report under a new id; the indicator catalog is united. Search rows are rebuilt afterwards.
 */
export async function mergeDatabase(target: Database, sourcePath: string, label: string = sourcePath): Promise<MergeSourceResult> {
  await target.run("ATTACH DATABASE ? AS src", [sourcePath]);
  try {
    const version = await target.get<{ n: number }>('SELECT count(*) AS n FROM src.schema_migrations').catch(() => undefined);
    const names = await target.all<{ name: string }>('SELECT name FROM src.schema_migrations ORDER BY name').catch(() => []);
    const want = MIGRATIONS.map((m) => m.name).sort();
    if (!version || names.map((n) => n.name).join('\n') !== want.join('\n')) {
      throw new MergeSchemaError(label, version?.n ?? 0, want.length);
    }
    return await target.withTransaction(async () => {
      const hasAbs = (await columnsOf(target, 'main', 'reports')).includes('abs_path');
      const sameAs = `t.file = s.file${hasAbs ? ' OR (t.abs_path IS NOT NULL AND t.abs_path = s.abs_path)' : ''}`;
      const conflicts = await target.all<{ file: string }>(
        `SELECT DISTINCT s.file FROM src.reports s JOIN main.reports t ON ${sameAs}
         WHERE t.sha256 <> s.sha256 OR t.ruleset_hash <> s.ruleset_hash ORDER BY s.file`,
      );
      if (conflicts.length > 0) throw new MergeConflictError(label, conflicts.map((c) => c.file));
      await target.run(`INSERT OR IGNORE INTO main.indicators SELECT * FROM src.indicators`);
      await target.exec('DROP TABLE IF EXISTS temp.merge_ids; CREATE TEMP TABLE merge_ids (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)');
      await target.run(
        `INSERT INTO temp.merge_ids (old_id, new_id)
         SELECT s.id, (SELECT coalesce(max(id), 0) FROM main.reports) + row_number() OVER (ORDER BY s.id)
         FROM src.reports s WHERE NOT EXISTS (SELECT 1 FROM main.reports t WHERE ${sameAs})`,
      );
      const added = (await target.get<{ n: number }>('SELECT count(*) AS n FROM temp.merge_ids'))?.n ?? 0;
      const total = (await target.get<{ n: number }>('SELECT count(*) AS n FROM src.reports'))?.n ?? 0;
      await copyRows(target, 'reports', 'id');
      for (const table of await childTables(target)) await copyRows(target, table, 'report_id');
      await target.exec('DROP TABLE temp.merge_ids');
      return { source: label, added, present: total - added };
    });
  } finally {
    await target.run('DETACH DATABASE src');
  }
}

async function columnsOf(db: Database, schema: string, table: string): Promise<string[]> {
  const rows = await db.all<{ name: string }>(`SELECT name FROM pragma_table_info(?, ?)`, [table, schema]);
  return rows.map((r) => r.name);
}

/** Tables of the target with a foreign key to reports(id), parents before children. */
async function childTables(db: Database): Promise<string[]> {
  const tables = await db.all<{ name: string }>(
    "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid",
  );
  const out: string[] = [];
  for (const { name } of tables) {
    if (DERIVED_TABLES.has(name)) continue;
    const fks = await db.all<{ table: string }>('SELECT "table" FROM pragma_foreign_key_list(?)', [name]);
    if (fks.some((f) => f.table === 'reports')) out.push(name);
  }
  return out;
}

/** Copies the rows of `table` whose `key` is a merged report id, with that id replaced. */
async function copyRows(db: Database, table: string, key: string): Promise<void> {
  const cols = await columnsOf(db, 'main', table);
  const srcCols = new Set(await columnsOf(db, 'src', table));
  const missing = cols.filter((c) => !srcCols.has(c));
  if (missing.length > 0) throw new Error(`${table}: the source lacks column(s) ${missing.join(', ')}`);
  const list = cols.map((c) => `"${c}"`).join(', ');
  const select = cols.map((c) => (c === key ? 'm.new_id' : `x."${c}"`)).join(', ');
  await db.run(`INSERT INTO main."${table}" (${list}) SELECT ${select} FROM src."${table}" x JOIN temp.merge_ids m ON m.old_id = x."${key}"`);
}
