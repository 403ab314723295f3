import type { Database } from './database.js';

/** What the store knows about a report's identity, to decide unchanged / replace / duplicate. */
export interface StoredIdentity {
  readonly id: number;
  readonly file: string;
  readonly absPath: string | null;
  readonly sha256: string;
  readonly rulesetHash: string;
  /** whether its extracted text is stored (reports from before migration 003 have none) */
  readonly hasText: boolean;
}

export async function readStoredIdentities(db: Database): Promise<StoredIdentity[]> {
  const rows = await db.all<{ id: number; file: string; abs_path: string | null; sha256: string; ruleset_hash: string; has_text: number }>(
    `SELECT r.id, r.file, r.abs_path, r.sha256, r.ruleset_hash, (t.report_id IS NOT NULL) AS has_text
     FROM reports r LEFT JOIN report_texts t ON t.report_id = r.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    file: r.file,
    absPath: r.abs_path,
    sha256: r.sha256,
    rulesetHash: r.ruleset_hash,
    hasText: r.has_text === 1,
  }));
}

/** The stored text of a report (what its offsets refer to), or null. */
export async function readReportText(db: Database, file: string): Promise<string | null> {
  const row = await db.get<{ text: string }>(
    'SELECT t.text FROM report_texts t JOIN reports r ON r.id = t.report_id WHERE r.file = ?',
    [file],
  );
  return row?.text ?? null;
}
