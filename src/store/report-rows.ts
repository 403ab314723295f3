import type { ExtractedReport } from '../core/document.js';
import { joinSectionPath } from './section-path.js';
import type { FileStamp } from '../ingest/file-stamp.js';

/**
 * One report as compact rows for the store: each table's rows as a JSON array of arrays, in the
 * column order of `REPORT_TABLES` and without `report_id`/index (the writer adds both). Built where
 * the report is extracted (a worker thread), so only a few strings cross to the writer instead of
 * an object graph, and SQLite reads them with `json_each` in one statement per table and batch.
 */
export interface ReportRows {
  readonly file: string;
  readonly sha256: string;
  /** JSON of the `reports` row (without id) */
  readonly report: string;
  /** JSON arrays of rows, keyed by table */
  readonly children: Readonly<Record<ChildTable, string>>;
  /**
   * The report's `search_sentences` rows (SEARCH_COLUMNS) as JSON arrays of at most about
   * SEARCH_PIECE_CHARS each, when the extraction cut them (`searchIndex`); the report is then stored
   * as indexed. Absent: `refreshSearchIndex` indexes it later.
   */
  readonly search?: readonly string[];
  /** the file it came from (added on the main thread, which knows the file): identity and text */
  readonly source?: ReportSource;
}

/** Where a report came from: its identity and its text (see schema-identity.ts). */
export interface ReportSource {
  /** real path of the file; null when unknown (a report built in memory) */
  readonly absPath: string | null;
  /** the extracted text its offsets refer to (stored in report_texts) */
  readonly text: string;
  readonly format: string;
  readonly published: string | null;
  /** id of the stored report of this same file (or of a moved file) that this one replaces, else null */
  readonly replaces: number | null;
  /** the file's size and mtime when it was read (schema-file-stamps.ts); absent for a report built in memory */
  readonly stamp?: FileStamp | null;
}

export const withSource = (rows: ReportRows, source: ReportSource | undefined): ReportRows => (source ? { ...rows, source } : rows);

export type ChildTable = 'sections' | 'quantities' | 'observations' | 'diagnostics';

export const REPORT_COLUMNS = [
  'file', 'encoding', 'sha256', 'ruleset_hash', 'chars', 'line_count', 'title', 'org', 'year', 'kind', 'ingested_at',
] as const;

/** Each child table: its row-number column (the row's position in the array) and its other columns. */
export const CHILD_TABLES: Readonly<Record<ChildTable, { readonly index: string; readonly columns: readonly string[] }>> = {
  sections: {
    index: 'position',
    columns: ['line', 'level', 'marker', 'family', 'title', 'role', 'start_offset', 'end_offset'],
  },
  quantities: {
    index: 'idx',
    columns: [
      'line', 'col', 'start_offset', 'end_offset', 'text', 'value', 'high', 'unit', 'unit_kind', 'qualifier', 'placeholder',
      'change', 'section_path', 'section_line', 'role', 'item', 'sentence', 'sentence_start', 'sentence_end', 'header',
    ],
  },
  observations: {
    index: 'idx',
    columns: [
      'indicator_id', 'rule_id', 'quantity_idx', 'line', 'col', 'start_offset', 'end_offset', 'value', 'unit', 'qualifier',
      'placeholder', 'plan', 'scope',
    ],
  },
  diagnostics: { index: 'idx', columns: ['severity', 'code', 'message', 'line', 'col', 'stage'] },
};

/** The columns of a `search_sentences` row in ReportRows.search (the writer adds report_id; SQLite the id). */
/**
 * Characters of search rows per piece, about: the writer sends a piece or a few per statement, so a
 * report of millions of characters does not become one statement of tens of megabytes.
 */
export const SEARCH_PIECE_CHARS = 32_000;

export const SEARCH_COLUMNS = ['line', 'col', 'start_offset', 'end_offset', 'sentence', 'words'] as const;

const bit = (flag: boolean): number => (flag ? 1 : 0);
/** JSON has no NaN/Infinity (they would become null): keep them out of the store as an error */
const num = (n: number | null): number | null => {
  if (n !== null && !Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return n;
};

/** The rows of `report`, as stored; `ingestedAt` is an ISO time. */
export function toReportRows(report: ExtractedReport, ingestedAt: string = new Date().toISOString()): ReportRows {
  const { meta } = report;
  const json = JSON.stringify;
  return {
    file: report.file,
    sha256: report.sha256,
    report: json([
      report.file, report.encoding, report.sha256, report.rulesetHash, report.chars, report.lineCount,
      meta.title, meta.org, meta.year, meta.kind, ingestedAt,
    ]),
    children: {
      sections: json(report.headings.map((h) => [h.line, h.level, h.marker, h.family, h.title, h.role, h.span.start, h.span.end])),
      quantities: json(report.quantities.map((q) => [
        q.span.line, q.span.column, q.span.start, q.span.end, q.text, num(q.value), num(q.high), q.unit, q.unitKind,
        q.qualifier, bit(q.placeholder), q.change, joinSectionPath(q.sectionPath), q.sectionLine, q.role, q.item,
        q.sentenceText, q.sentence.start, q.sentence.end, q.header ?? null,
      ])),
      observations: json(report.observations.map((o) => [
        o.indicatorId, o.ruleId, o.quantityIndex, o.span.line, o.span.column, o.span.start, o.span.end,
        num(o.value), o.unit, o.qualifier, bit(o.placeholder), bit(o.plan), o.scope ?? null,
      ])),
      diagnostics: json(report.diagnostics.map((d) => [d.severity, d.code, d.message, d.span?.line ?? null, d.span?.column ?? null, d.stage])),
    },
    ...(report.search ? { search: searchPieces(report) } : {}),
  };
}

/** The report's search rows as JSON arrays of about SEARCH_PIECE_CHARS at most (one row may exceed it alone). */
function searchPieces(report: ExtractedReport): string[] {
  const pieces: string[] = [];
  let rows: string[] = [];
  let chars = 0;
  for (const s of report.search ?? []) {
    const row = JSON.stringify([s.span.line, s.span.column, s.span.start, s.span.end, s.text, s.words]);
    if (chars + row.length > SEARCH_PIECE_CHARS && rows.length > 0) (pieces.push(`[${rows.join(',')}]`), (rows = []), (chars = 0));
    rows.push(row);
    chars += row.length + 1;
  }
  if (rows.length > 0) pieces.push(`[${rows.join(',')}]`);
  return pieces;
}
