/**
 * Migration 001: one row per report; everything else hangs off it with ON DELETE CASCADE, so
 * replacing a report is `DELETE FROM reports WHERE file = ?` plus inserts, in one transaction.
 * Offsets are half-open UTF-16 offsets into the decoded text; line/col are 1-based.
 * Booleans are INTEGER 0/1; `value`/`high` are NULL for a placeholder, never 0.
 */
export const CORE_TABLES_SQL = `
CREATE TABLE reports (
  id           INTEGER PRIMARY KEY,
  file         TEXT NOT NULL UNIQUE,
  encoding     TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  ruleset_hash TEXT NOT NULL,
  chars        INTEGER NOT NULL,
  line_count   INTEGER NOT NULL,
  title        TEXT,
  org          TEXT,
  year         INTEGER,
  kind         TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);

CREATE TABLE indicators (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  grp      TEXT NOT NULL,
  units    TEXT NOT NULL CHECK (json_valid(units)),
  position INTEGER NOT NULL
);

CREATE TABLE sections (
  report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  line         INTEGER NOT NULL,
  level        INTEGER NOT NULL,
  marker       TEXT,
  family       TEXT NOT NULL,
  title        TEXT NOT NULL,
  role         TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (report_id, position)
);

CREATE TABLE quantities (
  report_id      INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  idx            INTEGER NOT NULL,
  line           INTEGER NOT NULL,
  col            INTEGER NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  text           TEXT NOT NULL,
  value          REAL,
  high           REAL,
  unit           TEXT NOT NULL,
  unit_kind      TEXT NOT NULL,
  qualifier      TEXT,
  placeholder    INTEGER NOT NULL CHECK (placeholder IN (0, 1)),
  change         TEXT,
  section_path   TEXT NOT NULL,
  section_line   INTEGER,
  role           TEXT NOT NULL,
  item           TEXT,
  sentence       TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  PRIMARY KEY (report_id, idx)
);

CREATE TABLE observations (
  report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  indicator_id TEXT NOT NULL REFERENCES indicators(id),
  rule_id      TEXT NOT NULL,
  quantity_idx INTEGER NOT NULL,
  line         INTEGER NOT NULL,
  col          INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  value        REAL,
  unit         TEXT NOT NULL,
  qualifier    TEXT,
  placeholder  INTEGER NOT NULL CHECK (placeholder IN (0, 1)),
  plan         INTEGER NOT NULL CHECK (plan IN (0, 1)),
  PRIMARY KEY (report_id, idx),
  FOREIGN KEY (report_id, quantity_idx) REFERENCES quantities(report_id, idx) ON DELETE CASCADE
);

CREATE TABLE diagnostics (
  report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  severity     TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  code         TEXT NOT NULL,
  message      TEXT NOT NULL,
  line         INTEGER,
  col          INTEGER,
  stage        TEXT NOT NULL,
  PRIMARY KEY (report_id, idx)
);

CREATE INDEX idx_observations_indicator ON observations(indicator_id);
CREATE INDEX idx_observations_quantity ON observations(report_id, quantity_idx);
CREATE INDEX idx_quantities_placeholder ON quantities(report_id) WHERE placeholder = 1;
CREATE INDEX idx_indicators_position ON indicators(position);
`;
