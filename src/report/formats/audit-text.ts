import type { AuditReport, AuditRow, Finding } from '../audit.js';

const NO_SECTION = '-';
const NO_INDICATOR = '[?]';

/** `file:line:col  section › path  [indicator]  context` */
export function auditRowToText(row: AuditRow): string {
  const section = row.sectionPath.length ? row.sectionPath.join(' › ') : NO_SECTION;
  const indicator = row.indicatorId ? `[${row.indicatorId}]` : NO_INDICATOR;
  return `${row.file}:${row.line}:${row.column}  ${section}  ${indicator}  ${row.context}`;
}

/** `file:line:col  error rate-over-100  message  context` */
export function findingToText(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}  ${f.severity} ${f.code}  ${f.message}  ${f.context}`;
}

/** Consistency findings first (they need a decision), then one line per placeholder, then a total line. */
export function auditToText(audit: AuditReport): string {
  const findings = audit.reports.flatMap((r) => r.findings.map(findingToText));
  const placeholders = audit.reports.flatMap((r) => r.placeholders.map(auditRowToText));
  const withAny = audit.reports.filter((r) => r.placeholders.length > 0).length;
  const errors = audit.reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const summary = [
    `${audit.total} placeholder(s) in ${withAny} of ${audit.reports.length} report(s)`,
    `${audit.inconsistencies} inconsistency finding(s) (${errors} error(s), ${audit.inconsistencies - errors} warning(s))`,
  ];
  return [...findings, ...placeholders, ...summary].join('\n') + '\n';
}
