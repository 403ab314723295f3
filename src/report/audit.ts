import type { ExtractedReport } from '../core/document.js';
import type { IndicatorDef } from '../rules/indicator.js';
import type { Database } from '../store/database.js';
import { listIndicators, listPlaceholders, listReports } from '../store/queries.js';
import { splitSectionPath } from '../store/write-report.js';
import { findInconsistencies, rateIndicatorIds, type Finding } from './consistency/index.js';
import { checkReportFromExtracted } from './consistency/model.js';
import { findingsFromDatabase } from './consistency/from-database.js';
import { markedContext } from './context.js';
import { shownIndexes } from './shown.js';

export type { Finding } from './consistency/index.js';

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
  /** where the placeholder stands in `context`: half-open [start, end) */
  readonly mark: readonly [number, number];
}

/**
 * Every checked report appears, those without placeholders or findings with empty lists.
 * `total` counts placeholders, `inconsistencies` consistency findings (see consistency/).
 */
export interface AuditReport {
  readonly total: number;
  readonly inconsistencies: number;
  readonly reports: Array<{ file: string; placeholders: AuditRow[]; findings: Finding[] }>;
}

const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Audit of reports extracted in this run (files given directly, no database). */
export function auditFromReports(reports: readonly ExtractedReport[], indicators: readonly IndicatorDef[]): AuditReport {
  const names = new Map(indicators.map((d) => [d.id, d.name]));
  const checks = reports.map((r) =>
    checkReportFromExtracted(r, shownIndexes(r.observations.map((o, index) => ({ indicatorId: o.indicatorId, plan: o.plan, start: o.span.start, index, scope: o.scope })))),
  );
  const findings = groupByFile(findInconsistencies(checks, rateIndicatorIds(indicators)));
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
          ...markedContext(q.sentenceText, q.sentence.start, q.span.start, q.span.end),
        };
      });
    return { file: report.file, placeholders, findings: findings.get(report.file) ?? [] };
  });
  return withTotals(entries);
}

/** The same audit over everything stored in the database. */
export async function auditFromDatabase(db: Database): Promise<AuditReport> {
  const indicators = await listIndicators(db);
  const [reports, rows, found] = await Promise.all([listReports(db), listPlaceholders(db), findingsFromDatabase(db, rateIndicatorIds(indicators))]);
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
      ...markedContext(r.sentence, r.sentenceStart, r.startOffset, r.endOffset),
    });
  }
  const findings = groupByFile(found);
  return withTotals(
    [...byReport].map(([file, placeholders]) => ({ file, placeholders, findings: findings.get(file) ?? [] })).sort(byFile),
  );
}

/**
 * The same audit with each file shown under another name (`names`: key → shown path; files not in
 * it keep their key), for messages that an editor should open from the current folder.
 */
export function renameFiles(audit: AuditReport, names: ReadonlyMap<string, string>): AuditReport {
  if (names.size === 0) return audit;
  const name = (f: string): string => names.get(f) ?? f;
  return {
    ...audit,
    reports: audit.reports.map((r) => ({
      file: name(r.file),
      placeholders: r.placeholders.map((p) => ({ ...p, file: name(p.file) })),
      findings: r.findings.map((f) => ({ ...f, file: name(f.file), related: f.related ? { ...f.related, file: name(f.related.file) } : null })),
    })),
  };
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.file);
    if (list) list.push(f);
    else out.set(f.file, [f]);
  }
  return out;
}

function withTotals(reports: AuditReport['reports']): AuditReport {
  return {
    total: reports.reduce((n, r) => n + r.placeholders.length, 0),
    inconsistencies: reports.reduce((n, r) => n + r.findings.length, 0),
    reports,
  };
}
