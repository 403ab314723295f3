import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { ZhibiaoError } from '../core/errors.js';
import { requireRules } from '../rules/load.js';
import { openDatabase } from '../store/database.js';
import { auditFromDatabase, auditFromReports, type AuditReport } from '../report/audit.js';
import { formatAudit, type AuditFormat } from '../report/formats/index.js';
import type { ExtractedReport } from '../core/document.js';
import { extractFiles } from './read-reports.js';
import { DEFAULT_DB, DEFAULT_RULES, oneOf } from './options.js';
import { AUDIT_FORMAT_NAMES } from './write-outputs.js';

interface AuditFlags {
  db: string;
  rules: string;
  format: AuditFormat;
  failOnPlaceholder?: boolean;
}

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('list every placeholder value (*, ＊, ×, X, XX, 某) with file:line:column, section and context')
    .argument('[files...]', 'report files or folders to read directly; without them, the database is read')
    .option('--db <file>', 'SQLite database (when no files are given)', DEFAULT_DB)
    .option('--rules <dir>', 'rules directory (when files are given)', DEFAULT_RULES)
    .option('--format <format>', AUDIT_FORMAT_NAMES.join(' | '), oneOf(AUDIT_FORMAT_NAMES), 'text')
    .option('--fail-on-placeholder', 'exit 1 when any placeholder is found (0 when none)')
    .addHelpText('after', '\nExamples:\n  zhibiao audit drafts/ --fail-on-placeholder\n  zhibiao audit --db output/indicators.db --format json\n')
    .action(async (files: string[], flags: AuditFlags) => {
      let failed = 0;
      let audit: AuditReport;
      if (files.length > 0) {
        const ruleSet = requireRules(flags.rules);
        const reports: ExtractedReport[] = [];
        for await (const outcome of extractFiles(files, ruleSet)) {
          if (outcome.report) reports.push(outcome.report);
          else {
            failed++;
            process.stderr.write(`failed  ${outcome.path}: ${outcome.error}\n`);
          }
        }
        audit = auditFromReports(reports, ruleSet.indicators);
      } else {
        if (!existsSync(flags.db)) throw new ZhibiaoError(`no database at ${flags.db} (give files, or run zhibiao ingest first)`, 2);
        const db = await openDatabase(flags.db);
        try {
          audit = await auditFromDatabase(db);
        } finally {
          await db.close();
        }
      }
      process.stdout.write(formatAudit(audit, flags.format));
      if ((flags.failOnPlaceholder && audit.total > 0) || failed > 0) process.exitCode = 1;
    });
}
