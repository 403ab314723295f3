import type { ExtractedReport } from '../core/document.js';
import type { IndicatorDef } from '../rules/indicator.js';
import type { Database } from '../store/database.js';
import { listPlaceholders, listReports } from '../store/queries.js';
import { splitSectionPath } from '../store/write-report.js';
import { contextSnippet } from './context.js';

/** One placeholder (`*`, `X`, `某`…) standing where a number should be. */
export interface AuditRow {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** enclosing heading titles, outermost first */
  readonly sectionPath: string[];
  /** the first indicator a rule matched to it, null when none did */
  readonly indicatorId: string | null;
  readonly indicatorName: string | null;
  readonly unit: string;
  /** the quantity's surface text, e.g. `*件` */
  readonly text: string;
  /** its sentence, trimmed to ~40 characters either side */
  readonly context: string;
}

/** Every checked report appears, those without placeholders with an empty list. */
export interface AuditReport {
  readonly total: number;
  readonly reports: Array<{ file: string; placeholders: AuditRow[] }>;
}

const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Audit of reports extracted in this run (files given directly, no database). */
export function auditFromReports(reports: readonly ExtractedReport[], indicators: readonly IndicatorDef[]): AuditReport {
  const names = new Map(indicators.map((d) => [d.id, d.name]));
  const entries = [...reports].sort(byFile).map((report) => {
    const firstIndicator = new Map<number, string>();
    for (const o of report.observations) {
      if (!firstIndicator.has(o.quantityIndex)) firstIndicator.set(o.quantityIndex, o.indicatorId);
    }
    const placeholders = report.quantities
      .filter((q) => q.placeholder)
      .sort((a, b) => a.span.start - b.span.start || a.index - b.index)
      .map((q): AuditRow => {
        const indicatorId = firstIndicator.get(q.index) ?? null;
        return {
          file: report.file,
          line: q.span.line,
          column: q.span.column,
          sectionPath: [...q.sectionPath],
          indicatorId,
          indicatorName: indicatorId === null ? null : (names.get(indicatorId) ?? null),
          unit: q.unit,
          text: q.text,
          context: contextSnippet(q.sentenceText, q.sentence.start, q.span.start, q.span.end),
        };
      });
    return { file: report.file, placeholders };
  });
  return withTotal(entries);
}

/** The same audit over everything stored in the database. */
export async function auditFromDatabase(db: Database): Promise<AuditReport> {
  const [reports, rows] = await Promise.all([listReports(db), listPlaceholders(db)]);
  const byReport = new Map<string, AuditRow[]>(reports.map((r) => [r.file, []]));
  for (const r of rows) {
    byReport.get(r.file)?.push({
      file: r.file,
      line: r.line,
      column: r.column,
      sectionPath: splitSectionPath(r.sectionPath),
      indicatorId: r.indicatorId,
      indicatorName: r.indicatorName,
      unit: r.unit,
      text: r.text,
      context: contextSnippet(r.sentence, r.sentenceStart, r.startOffset, r.endOffset),
    });
  }
  return withTotal([...byReport].map(([file, placeholders]) => ({ file, placeholders })).sort(byFile));
}

function withTotal(reports: AuditReport['reports']): AuditReport {
  return { total: reports.reduce((n, r) => n + r.placeholders.length, 0), reports };
}
