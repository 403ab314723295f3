import type { AuditReport, AuditRow } from '../audit.js';

const NO_SECTION = '-';
const NO_INDICATOR = '[?]';

/** `file:line:col  section › path  [indicator]  context` */
export function auditRowToText(row: AuditRow): string {
  const section = row.sectionPath.length ? row.sectionPath.join(' › ') : NO_SECTION;
  const indicator = row.indicatorId ? `[${row.indicatorId}]` : NO_INDICATOR;
  return `${row.file}:${row.line}:${row.column}  ${section}  ${indicator}  ${row.context}`;
}

/** One line per placeholder, then a total line. */
export function auditToText(audit: AuditReport): string {
  const lines = audit.reports.flatMap((r) => r.placeholders.map(auditRowToText));
  const withAny = audit.reports.filter((r) => r.placeholders.length > 0).length;
  lines.push(`${audit.total} placeholder(s) in ${withAny} of ${audit.reports.length} report(s)`);
  return lines.join('\n') + '\n';
}
