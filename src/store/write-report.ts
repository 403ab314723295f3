import type { ExtractedReport } from '../core/document.js';
import type { IndicatorDef } from '../rules/indicator.js';
import type { Database } from './database.js';
import { stampColumns } from '../ingest/file-stamp.js';
import { chunkRanges } from '../core/chunks.js';
import { CHILD_TABLES, REPORT_COLUMNS, SEARCH_COLUMNS, toReportRows, withSource, type ChildTable, type ReportRows, type ReportSource } from './report-rows.js';

export { SECTION_PATH_SEPARATOR, joinSectionPath, splitSectionPath } from './section-path.js';
export type { ReportSource } from './report-rows.js';

/**
 * Replaces everything stored for `report.file` in ONE transaction: delete the old report row (its
 * sections, quantities, observations and diagnostics cascade), then insert the new ones. If any
 * statement fails (say an observation names an indicator missing from `indicators`: call
 * `syncIndicators` first) the transaction rolls back and the previous version stays as it was.
 */
export async function writeReport(db: Database, report: ExtractedReport, source?: ReportSource): Promise<void> {
  await writeReports(db, [withSource(toReportRows(report), source)]);
}

/** The `reports` columns that come from the file (ReportSource), in the order `writeReports` sends them. */
const SOURCE_COLUMNS = ['abs_path', 'format', 'published', 'file_size', 'file_mtime_ns', 'file_seen_ns'] as const;

/**
 * Characters of search rows per statement at most (unless one piece is longer): a smaller statement
 * keeps SQLite's working memory small. The peak RSS of a 10,000-report ingest was 418 MB with one
 * statement per batch (about 64 reports, 250,000 characters), 401 MB with statements of 8 reports
 * (about 32,000); a report of 10 million characters goes in pieces of that size too.
 */
const SEARCH_STATEMENT_CHARS = 32_000;

/**
 * Replaces many reports in ONE transaction (the ingest runner's batches): one DELETE for all their
 * files (children cascade), then one `INSERT … SELECT … FROM jsonb_each(?)` per table for the whole
 * batch, so a batch costs a handful of driver round trips whatever its size. SQLite parses each
 * JSON argument once into its binary JSONB and reads a row's columns from that, without turning the
 * row back into text and parsing it again (with `json_each`, SQLite's threads used 15% more CPU on
 * an ingest). Ids are assigned here (after the largest stored one), which the write lock of
 * `BEGIN IMMEDIATE` makes safe. All or
 * nothing: any failure rolls the whole batch back (the runner then retries its reports one by one).
 */
export async function writeReports(db: Database, batch: readonly ReportRows[]): Promise<void> {
  if (batch.length === 0) return;
  await db.withTransaction(async () => {
    // the rows these reports replace: the stored row of the same file (`replaces`, found by its real
    // path), and a row under the same key that belongs to no other file (same abs_path, or none
    // recorded). A row of ANOTHER file under the same key is never deleted: the insert then fails
    // on the UNIQUE key and the batch rolls back.
    await db.run('DELETE FROM reports WHERE id IN (SELECT value FROM json_each(?))', [
      JSON.stringify(batch.flatMap((r) => (r.source?.replaces != null ? [r.source.replaces] : []))),
    ]);
    await db.run(
      `DELETE FROM reports WHERE id IN (SELECT r.id FROM reports r JOIN json_each(?) AS k
         ON r.file = k.value ->> 0 AND (r.abs_path IS NULL OR r.abs_path IS k.value ->> 1))`,
      [JSON.stringify(batch.map((r) => [r.file, r.source?.absPath ?? null]))],
    );
    const base = (await db.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM reports'))?.id ?? 0;
    const fields = (columns: readonly string[], from: string) => columns.map((_, i) => `${from}.value ->> ${i}`).join(', ');
    await db.run(
      `INSERT INTO reports (id, ${REPORT_COLUMNS.join(', ')}, ${SOURCE_COLUMNS.join(', ')})
       SELECT ? + r.key + 1, ${fields(REPORT_COLUMNS, 'r')}, ${fields(SOURCE_COLUMNS, 's')}
       FROM jsonb_each(?) AS r JOIN jsonb_each(?) AS s ON s.key = r.key`,
      [
        base,
        `[${batch.map((r) => r.report).join(',')}]`,
        JSON.stringify(
          batch.map((r) => [r.source?.absPath ?? null, r.source?.format ?? 'text', r.source?.published ?? null, ...stampColumns(r.source?.stamp)]),
        ),
      ],
    );
    await db.run(
      'INSERT INTO report_texts (report_id, text) SELECT ? + t.key + 1, t.value FROM json_each(?) AS t WHERE t.value IS NOT NULL',
      [base, JSON.stringify(batch.map((r) => r.source?.text ?? null))],
    );
    for (const [table, { index, columns }] of Object.entries(CHILD_TABLES) as Array<[ChildTable, (typeof CHILD_TABLES)[ChildTable]]>) {
      const rows = `[${batch.map((r) => r.children[table]).join(',')}]`;
      if (!batch.some((r) => r.children[table] !== '[]')) continue;
      // MATERIALIZED: each row is cut out of the batch once, not again for every column read
      await db.run(
        `WITH c AS MATERIALIZED (SELECT ? + r.key + 1 AS report_id, c.key AS idx, c.value FROM jsonb_each(?) AS r, jsonb_each(r.value) AS c)
         INSERT INTO ${table} (report_id, ${index}, ${columns.join(', ')}) SELECT report_id, idx, ${fields(columns, 'c')} FROM c`,
        [base, rows],
      );
    }
    // the search index of the reports whose extraction cut their sentences' words (the ingest's)
    if (batch.some((r) => r.search !== undefined)) {
      // [report position in the batch, its rows] pairs, a few reports' worth per statement
      const pieces = batch.flatMap((r, i) => (r.search ?? []).map((rows) => `[${i},${rows}]`));
      for (const [from, to] of chunkRanges(pieces, (p) => p.length, SEARCH_STATEMENT_CHARS)) {
        await db.run(
          `INSERT INTO search_sentences (report_id, ${SEARCH_COLUMNS.join(', ')})
           SELECT ? + (r.value ->> 0) + 1, ${fields(SEARCH_COLUMNS, 'c')} FROM jsonb_each(?) AS r, jsonb_each(r.value -> 1) AS c`,
          [base, `[${pieces.slice(from, to).join(',')}]`],
        );
      }
      await db.run(
        "INSERT INTO search_indexed (report_id, source) SELECT ? + r.value + 1, 'text' FROM json_each(?) AS r",
        [base, JSON.stringify(batch.flatMap((r, i) => (r.search !== undefined ? [i] : [])))],
      );
    }
  });
}

export interface StoredHash {
  readonly sha256: string;
  readonly rulesetHash: string;
}

/** file → hashes of the stored version, so the ingest runner can skip unchanged files. */
export async function readStoredHashes(db: Database): Promise<Map<string, StoredHash>> {
  const rows = await db.all<{ file: string; sha256: string; ruleset_hash: string }>(
    'SELECT file, sha256, ruleset_hash FROM reports',
  );
  return new Map(rows.map((r) => [r.file, { sha256: r.sha256, rulesetHash: r.ruleset_hash }]));
}

/**
 * Upserts the catalog in one transaction; `position` = index in `defs` (catalog order).
 * Indicators no longer in `defs` are deleted unless observations still cite them.
 */
export async function syncIndicators(db: Database, defs: readonly IndicatorDef[]): Promise<void> {
  await db.withTransaction(async () => {
    // one statement for the whole catalog (`WHERE true`: SQLite's rule for an upsert from a SELECT)
    await db.run(
      `INSERT INTO indicators (id, name, grp, units, position)
       SELECT d.value ->> 0, d.value ->> 1, d.value ->> 2, d.value ->> 3, d.key FROM json_each(?) AS d WHERE true
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, grp = excluded.grp,
         units = excluded.units, position = excluded.position`,
      [JSON.stringify(defs.map((def) => [def.id, def.name, def.group, JSON.stringify(def.units)]))],
    );
    const keep = JSON.stringify(defs.map((d) => d.id));
    await db.run(
      `DELETE FROM indicators WHERE id NOT IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = indicators.id)`,
      [keep],
    );
  });
}

export async function countReports(db: Database): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT count(*) AS n FROM reports');
  return row?.n ?? 0;
}

/** Removes a report (and by cascade all its rows); returns whether it existed. */
export async function deleteReport(db: Database, file: string): Promise<boolean> {
  const { changes } = await db.run('DELETE FROM reports WHERE file = ?', [file]);
  return changes > 0;
}
