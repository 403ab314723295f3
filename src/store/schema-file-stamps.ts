/**
 * Migration 007: what each report's file looked like when it was read (ingest/file-stamp.ts), so a
 * re-run can tell an unchanged file without reading it, as git's index and make do:
 * - `reports.file_size`: its size in bytes;
 * - `reports.file_mtime_ns`: its modification time in nanoseconds since 1970;
 * - `reports.file_seen_ns`: the time (ns since 1970) just before it was stat'ed and read; a file
 *   whose mtime is not at least two whole seconds older than this is hashed again (racy case).
 * NULL for reports stored before this migration (their files are hashed once more, then stamped).
 */
export const FILE_STAMPS_SQL = `
ALTER TABLE reports ADD COLUMN file_size INTEGER;
ALTER TABLE reports ADD COLUMN file_mtime_ns INTEGER;
ALTER TABLE reports ADD COLUMN file_seen_ns INTEGER;
`;
