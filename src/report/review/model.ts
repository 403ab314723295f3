import type { Database } from '../../store/database.js';
import { listIndicators } from '../../store/queries.js';
import { splitSectionPath } from '../../store/write-report.js';
import { auditFromDatabase, type AuditReport } from '../audit.js';
import { buildIndicatorTableFromDb, type IndicatorTable } from '../indicator-table.js';

/** One indicator value on the review page, with the text it was read from. */
export interface ReviewValue {
  /** anchor id on the page: `v<report>-<observation>` */
  readonly anchor: string;
  readonly indicatorId: string;
  readonly indicatorName: string;
  readonly value: number | null;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly placeholder: boolean;
  readonly plan: boolean;
  /** the value the indicator table shows for this report */
  readonly shown: boolean;
  readonly line: number;
  readonly column: number;
  readonly sectionPath: readonly string[];
  readonly ruleId: string;
  /** the text around the value (its sentence, or its paragraph when the report text is stored) */
  readonly context: string;
  /** where the value stands in `context`: half-open [start, end) */
  readonly mark: readonly [number, number];
}

export interface ReviewReport {
  readonly file: string;
  readonly org: string | null;
  readonly year: number | null;
  readonly title: string | null;
  /** every value in text order */
  readonly values: readonly ReviewValue[];
}

/** Everything the review page shows; built once, rendered by a pure function. */
export interface ReviewModel {
  readonly table: IndicatorTable;
  readonly audit: AuditReport;
  /** in the table's row order */
  readonly reports: readonly ReviewReport[];
}

/** Characters of context kept on each side of a value when a whole paragraph is available. */
const PARAGRAPH_RADIUS = 120;

export async function buildReviewModel(db: Database): Promise<ReviewModel> {
  const [table, audit, hasTexts] = await Promise.all([
    buildIndicatorTableFromDb(db), auditFromDatabase(db), tableExists(db, 'report_texts'),
  ]);
  const names = new Map((await listIndicators(db)).map((d) => [d.id, d.name]));
  const reports = await db.all<{ id: number; file: string; org: string | null; year: number | null; title: string | null }>(
    'SELECT id, file, org, year, title FROM reports ORDER BY file',
  );
  const rows = await db.all<Record<string, unknown>>(
    `SELECT report_id, observation_idx, indicator_id, value, unit, qualifier, placeholder, plan, shown, line, col,
            section_path, rule_id, sentence, sentence_start, start_offset, end_offset
     FROM v_observations ORDER BY report_id, start_offset, observation_idx`,
  );
  const texts = hasTexts ? await reportTexts(db) : new Map<number, string>();
  const byReport = new Map<number, ReviewValue[]>();
  for (const r of rows) {
    const reportId = r.report_id as number;
    const start = r.start_offset as number;
    const end = r.end_offset as number;
    const text = texts.get(reportId);
    const { context, mark } = text !== undefined && text.slice(start, end).length === end - start
      ? paragraphContext(text, start, end)
      : sentenceContext(r.sentence as string, r.sentence_start as number, start, end);
    const list = byReport.get(reportId) ?? [];
    byReport.set(reportId, list);
    list.push({
      anchor: `v${reportId}-${r.observation_idx as number}`,
      indicatorId: r.indicator_id as string,
      indicatorName: names.get(r.indicator_id as string) ?? (r.indicator_id as string),
      value: r.value as number | null, unit: r.unit as string, qualifier: r.qualifier as string | null,
      placeholder: r.placeholder === 1, plan: r.plan === 1, shown: r.shown === 1,
      line: r.line as number, column: r.col as number, sectionPath: splitSectionPath(r.section_path as string),
      ruleId: r.rule_id as string, context, mark,
    });
  }
  return {
    table,
    audit,
    reports: reports.map((r) => ({ file: r.file, org: r.org, year: r.year, title: r.title, values: byReport.get(r.id) ?? [] })),
  };
}

async function tableExists(db: Database, name: string): Promise<boolean> {
  return (await db.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?", [name])) !== undefined;
}

async function reportTexts(db: Database): Promise<Map<number, string>> {
  const rows = await db.all<{ report_id: number; text: string }>('SELECT report_id, text FROM report_texts');
  return new Map(rows.map((r) => [r.report_id, r.text]));
}

/** The value inside its sentence (line breaks folded). */
export function sentenceContext(sentence: string, sentenceStart: number, start: number, end: number): { context: string; mark: [number, number] } {
  const from = Math.max(0, Math.min(sentence.length, start - sentenceStart));
  const to = Math.max(from, Math.min(sentence.length, end - sentenceStart));
  return fold(sentence.slice(0, from), sentence.slice(from, to), sentence.slice(to));
}

/** The value inside its paragraph (the text between blank-free line ends), up to PARAGRAPH_RADIUS either side. */
export function paragraphContext(text: string, start: number, end: number): { context: string; mark: [number, number] } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const left = Math.max(lineStart, start - PARAGRAPH_RADIUS);
  const right = Math.min(lineEnd, end + PARAGRAPH_RADIUS);
  return fold(
    `${left > lineStart ? '…' : ''}${text.slice(left, start)}`,
    text.slice(start, end),
    `${text.slice(end, right)}${right < lineEnd ? '…' : ''}`,
  );
}

function fold(before: string, mark: string, after: string): { context: string; mark: [number, number] } {
  const f = (s: string): string => s.replace(/\s+/g, ' ');
  const b = f(before).trimStart();
  const m = f(mark);
  const a = f(after).trimEnd();
  return { context: `${b}${m}${a}`, mark: [b.length, b.length + m.length] };
}
