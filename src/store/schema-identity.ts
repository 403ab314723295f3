/**
 * Migration 005: a report's identity and its text.
 * - `reports.abs_path`: the real path of the file (symlinks resolved); UNIQUE, so the same file
 *   reached by two paths is one report. `file` stays the short display key (UNIQUE too).
 *   NULL for reports stored before this migration (adopted by the next ingest of their file).
 * - `reports.format`: which reader read it (`text`, `html`, `docx`, `doc`, `pdf`).
 * - `reports.published`: a web page's publication date (YYYY-MM-DD), else NULL.
 * - `report_texts`: the exact extracted text that every line/col/offset of the report refers to,
 *   so explain, the audit and a review page can quote it without the original file.
 * - `quantities.header`: for a number in a table cell, the column (or caption) header its unit
 *   came from (`受理数（件）`), else NULL.
 */
export const IDENTITY_AND_TEXT_SQL = `
ALTER TABLE reports ADD COLUMN abs_path TEXT;
ALTER TABLE reports ADD COLUMN format TEXT NOT NULL DEFAULT 'text';
ALTER TABLE reports ADD COLUMN published TEXT;
CREATE UNIQUE INDEX idx_reports_abs_path ON reports(abs_path);
CREATE INDEX idx_reports_sha256 ON reports(sha256);

CREATE TABLE report_texts (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  text      TEXT NOT NULL
);

ALTER TABLE quantities ADD COLUMN header TEXT;
`;
