import type { ExtractedReport } from '../core/document.js';
import type { IndicatorDef } from '../rules/indicator.js';
import type { Database, SqlValue } from './database.js';
import { insertRows } from './insert-rows.js';

/** How section paths are joined in `quantities.section_path`; `splitSectionPath` undoes it. */
export const SECTION_PATH_SEPARATOR = ' › ';

export const joinSectionPath = (path: readonly string[]): string => path.join(SECTION_PATH_SEPARATOR);
export const splitSectionPath = (joined: string): string[] =>
  joined === '' ? [] : joined.split(SECTION_PATH_SEPARATOR);

const bit = (flag: boolean): number => (flag ? 1 : 0);

/**
 * Replaces everything stored for `report.file` in ONE transaction: delete the old report row (its
 * sections, quantities, observations and diagnostics cascade), then insert the new ones. If any
 * statement fails (say an observation names an indicator missing from `indicators`: call
 * `syncIndicators` first) the transaction rolls back and the previous version stays as it was.
 */
export async function writeReport(db: Database, report: ExtractedReport): Promise<void> {
  await db.withTransaction(async () => {
    await db.run('DELETE FROM reports WHERE file = ?', [report.file]);
    const { lastID: id } = await db.run(
      `INSERT INTO reports (file, encoding, sha256, ruleset_hash, chars, line_count, title, org, year, kind, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        report.file, report.encoding, report.sha256, report.rulesetHash, report.chars, report.lineCount,
        report.meta.title, report.meta.org, report.meta.year, report.meta.kind, new Date().toISOString(),
      ],
    );
    await insertRows(
      db,
      'sections',
      ['report_id', 'position', 'line', 'level', 'marker', 'family', 'title', 'role', 'start_offset', 'end_offset'],
      report.headings.map((h, i) => [id, i, h.line, h.level, h.marker, h.family, h.title, h.role, h.span.start, h.span.end]),
    );
    await insertRows(db, 'quantities', QUANTITY_COLUMNS, report.quantities.map((q): SqlValue[] => [
      id, q.index, q.span.line, q.span.column, q.span.start, q.span.end, q.text, q.value, q.high, q.unit, q.unitKind,
      q.qualifier, bit(q.placeholder), q.change, joinSectionPath(q.sectionPath), q.sectionLine, q.role, q.item,
      q.sentenceText, q.sentence.start, q.sentence.end,
    ]));
    await insertRows(db, 'observations', OBSERVATION_COLUMNS, report.observations.map((o, i): SqlValue[] => [
      id, i, o.indicatorId, o.ruleId, o.quantityIndex, o.span.line, o.span.column, o.span.start, o.span.end,
      o.value, o.unit, o.qualifier, bit(o.placeholder), bit(o.plan),
    ]));
    await insertRows(
      db,
      'diagnostics',
      ['report_id', 'idx', 'severity', 'code', 'message', 'line', 'col', 'stage'],
      report.diagnostics.map((d, i) => [
        id, i, d.severity, d.code, d.message, d.span?.line ?? null, d.span?.column ?? null, d.stage,
      ]),
    );
  });
}

const QUANTITY_COLUMNS = [
  'report_id', 'idx', 'line', 'col', 'start_offset', 'end_offset', 'text', 'value', 'high', 'unit', 'unit_kind',
  'qualifier', 'placeholder', 'change', 'section_path', 'section_line', 'role', 'item',
  'sentence', 'sentence_start', 'sentence_end',
];

const OBSERVATION_COLUMNS = [
  'report_id', 'idx', 'indicator_id', 'rule_id', 'quantity_idx', 'line', 'col', 'start_offset', 'end_offset',
  'value', 'unit', 'qualifier', 'placeholder', 'plan',
];

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
    for (const [position, def] of defs.entries()) {
      await db.run(
        `INSERT INTO indicators (id, name, grp, units, position) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, grp = excluded.grp,
           units = excluded.units, position = excluded.position`,
        [def.id, def.name, def.group, JSON.stringify(def.units), position],
      );
    }
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
