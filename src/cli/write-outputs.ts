import { extname } from 'node:path';
import { ZhibiaoError } from '../core/errors.js';
import { openDatabase } from '../store/database.js';
import { writeTables } from '../report/write-tables.js';
import { auditFromDatabase } from '../report/audit.js';
import { formatAudit, type AuditFormat, type TableFormat } from '../report/formats/index.js';
import { writeFileAtomic } from '../report/write-atomic.js';

export type { TableFormat };
export const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'xlsx', 'md', 'html'];
export const AUDIT_FORMAT_NAMES: readonly AuditFormat[] = ['text', 'json', 'html'];

/** Extensions `--audit FILE` knows; anything else (audit.csv) is a usage error, not silently text. */
const AUDIT_EXTENSIONS = new Set(['.json', '.html', '.htm', '.txt', '']);

export function checkAuditFile(file: string): void {
  const ext = extname(file).toLowerCase();
  if (!AUDIT_EXTENSIONS.has(ext)) {
    throw new ZhibiaoError(`--audit ${file}: the audit is written as .html, .json or .txt (by extension), not ${ext}`, 2);
  }
}

/** The audit format a file name asks for: .json, .html/.htm, else text. */
export function auditFormatFor(file: string): AuditFormat {
  const ext = extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.html' || ext === '.htm' ? 'html' : 'text';
}

/** Regenerate tables (and optionally the audit file) from the database alone. */
export async function writeTablesFromDb(
  dbPath: string,
  outDir: string | undefined,
  formats: readonly TableFormat[],
  auditFile: string | undefined,
): Promise<string[]> {
  const db = await openDatabase(dbPath, { readOnly: true });
  try {
    const written = outDir ? await writeTables(db, outDir, formats) : [];
    if (auditFile) {
      await writeFileAtomic(auditFile, formatAudit(await auditFromDatabase(db), auditFormatFor(auditFile)));
      written.push(auditFile);
    }
    return written;
  } finally {
    await db.close();
  }
}
