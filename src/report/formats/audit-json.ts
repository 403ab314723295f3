import type { AuditReport } from '../audit.js';

/**
 * The AuditReport as pretty JSON: top-level `total` (placeholders) and `inconsistencies`, then
 * `reports` (each checked file, even with none) with `placeholders` and `findings`.
 */
export const auditToJson = (audit: AuditReport): string => JSON.stringify(audit, null, 2) + '\n';
