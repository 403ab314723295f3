import type { AuditReport } from '../audit.js';

/** The AuditReport as pretty JSON: top-level `total`, then `reports` (each checked file, even with none). */
export const auditToJson = (audit: AuditReport): string => JSON.stringify(audit, null, 2) + '\n';
