import type { Database } from './database.js';
import { stampColumns, stampFromColumns, type FileStamp } from '../ingest/file-stamp.js';

/** What the store knows about a report's identity, to decide unchanged / replace / duplicate. */
export interface StoredIdentity {
  readonly id: number;
  readonly file: string;
  readonly absPath: string | null;
  readonly sha256: string;
  readonly rulesetHash: string;
  /** whether its extracted text is stored (reports from before migration 003 have none) */
  readonly hasText: boolean;
  /** the file's size and mtime when it was read, or null (stored before migration 007) */
  readonly stamp: FileStamp | null;
}

export async function readStoredIdentities(db: Database): Promise<StoredIdentity[]> {
  // one JSON string for all rows: for a database of thousands of reports several times cheaper
  // than one driver object per row; the stamps as TEXT (nanoseconds since 1970 exceed a double)
  const row = await db.get<{ rows: string }>(
    `SELECT json_group_array(json_array(r.id, r.file, r.abs_path, r.sha256, r.ruleset_hash, t.report_id IS NOT NULL,
       CAST(r.file_size AS TEXT), CAST(r.file_mtime_ns AS TEXT), CAST(r.file_seen_ns AS TEXT))) AS rows
     FROM reports r LEFT JOIN report_texts t ON t.report_id = r.id`,
  );
  type Row = [number, string, string | null, string, string, number, string | null, string | null, string | null];
  return (JSON.parse(row?.rows ?? '[]') as Row[]).map(([id, file, absPath, sha256, rulesetHash, hasText, size, mtime, seen]) => ({
    id,
    file,
    absPath,
    sha256,
    rulesetHash,
    hasText: hasText === 1,
    stamp: stampFromColumns(size, mtime, seen),
  }));
}

/** Where an unchanged report's file is now and how it looked (see `updateFileRecords`). */
export interface FileRecord {
  readonly id: number;
  /** the content hash the report must still have for the update to apply */
  readonly sha256: string;
  readonly file: string;
  readonly absPath: string;
  readonly stamp: FileStamp | null;
}

/**
 * Records, for reports whose content was found unchanged by reading their files, the stamp taken now
 * (a file touched, copied back, or read too soon after it was written: the next run can trust it
 * without reading) and where the file is (a moved file takes its report over: its real path and
 * key). A row whose content changed meanwhile (another ingest of the same database) is left as it
 * is. One transaction; if a key or path is taken meanwhile, each row is tried alone and one that
 * still conflicts keeps its old record (its file is hashed again next time).
 */
export async function updateFileRecords(db: Database, records: readonly FileRecord[]): Promise<void> {
  const update = (batch: readonly FileRecord[]) =>
    db.run(
      `UPDATE reports SET file = u.value ->> 2, abs_path = u.value ->> 3,
         file_size = u.value ->> 4, file_mtime_ns = u.value ->> 5, file_seen_ns = u.value ->> 6
       FROM json_each(?) AS u WHERE reports.id = u.value ->> 0 AND reports.sha256 = u.value ->> 1`,
      [JSON.stringify(batch.map((r) => [r.id, r.sha256, r.file, r.absPath, ...stampColumns(r.stamp)]))],
    );
  if (records.length === 0) return;
  try {
    await db.withTransaction(() => update(records));
  } catch (err) {
    if (!/SQLITE_CONSTRAINT/.test(String((err as Error)?.message))) throw err;
    for (const r of records) await db.withTransaction(() => update([r])).catch(() => undefined);
  }
}

/** The stored text of a report (what its offsets refer to), or null. */
export async function readReportText(db: Database, file: string): Promise<string | null> {
  const row = await db.get<{ text: string }>(
    'SELECT t.text FROM report_texts t JOIN reports r ON r.id = t.report_id WHERE r.file = ?',
    [file],
  );
  return row?.text ?? null;
}
