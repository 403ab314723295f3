import type { AuditReport } from '../audit.js';
import type { IndicatorTable } from '../indicator-table.js';
import { auditToHtml } from './audit-html.js';
import { auditToJson } from './audit-json.js';
import { auditToText } from './audit-text.js';
import { indicatorTableToCsv } from './csv.js';
import { indicatorTableToHtml } from './html.js';
import { indicatorTableToMarkdown } from './markdown.js';
import { indicatorTableToXlsx } from './xlsx.js';

export type TableFormat = 'csv' | 'xlsx' | 'md' | 'html';
export type AuditFormat = 'text' | 'json' | 'html';

export interface TableFormatter {
  /** file extension without the dot */
  readonly extension: string;
  readonly format: (table: IndicatorTable) => string | Promise<Buffer>;
}

export const TABLE_FORMATS: Readonly<Record<TableFormat, TableFormatter>> = {
  csv: { extension: 'csv', format: indicatorTableToCsv },
  xlsx: { extension: 'xlsx', format: indicatorTableToXlsx },
  md: { extension: 'md', format: indicatorTableToMarkdown },
  html: { extension: 'html', format: indicatorTableToHtml },
};

export const AUDIT_FORMATS: Readonly<Record<AuditFormat, (audit: AuditReport) => string>> = {
  text: auditToText,
  json: auditToJson,
  html: auditToHtml,
};

export const isTableFormat = (name: string): name is TableFormat => Object.hasOwn(TABLE_FORMATS, name);
export const isAuditFormat = (name: string): name is AuditFormat => Object.hasOwn(AUDIT_FORMATS, name);

export async function formatTable(table: IndicatorTable, format: TableFormat): Promise<string | Buffer> {
  return TABLE_FORMATS[format].format(table);
}

export function formatAudit(audit: AuditReport, format: AuditFormat): string {
  return AUDIT_FORMATS[format](audit);
}
