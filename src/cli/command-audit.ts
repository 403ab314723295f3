import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { ZhibiaoError } from '../core/errors.js';
import { requireRules } from '../rules/load.js';
import { openDatabase } from '../store/database.js';
import { auditFromDatabase, auditFromReports, renameFiles, type AuditReport } from '../report/audit.js';
import { displayNames } from './display-names.js';
import { formatAudit, type AuditFormat } from '../report/formats/index.js';
import type { ExtractedReport } from '../core/document.js';
import { extractFiles } from './read-reports.js';
import { DEFAULT_DB, DEFAULT_RULES, listOf, oneOf } from './options.js';
import { AUDIT_FORMAT_NAMES } from './write-outputs.js';

const FAIL_ON = ['placeholder', 'inconsistent'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface AuditFlags {
  db: string;
  rules: string;
  format: AuditFormat;
  failOn?: FailOn[];
  failOnPlaceholder?: boolean;
}

/** Exit 1 when the audit has what `failOn` names (placeholders, consistency findings). */
export function auditFails(audit: AuditReport, failOn: readonly FailOn[]): boolean {
  return (failOn.includes('placeholder') && audit.total > 0) || (failOn.includes('inconsistent') && audit.inconsistencies > 0);
}

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('list consistency findings (closed > received, part > total, rate > 100%, conflicting values, 10× last year) and every placeholder (*, ＊, ×, X, XX, 某)')
    .argument('[files...]', 'report files or folders to read directly; without them, the database is read')
    .option('--db <file>', 'SQLite database (only when no files are given)', DEFAULT_DB)
    .option('--rules <dir>', 'rules directory (only when files are given)', DEFAULT_RULES)
    .option('--format <format>', AUDIT_FORMAT_NAMES.join(' | '), oneOf(AUDIT_FORMAT_NAMES), 'text')
    .option('--fail-on <list>', `exit 1 when any of these is found: ${FAIL_ON.join(',')}`, listOf(FAIL_ON))
    .option('--fail-on-placeholder', 'the same as --fail-on placeholder')
    .addHelpText('after', '\nExamples:\n  zhibiao audit drafts/ --fail-on placeholder,inconsistent\n  zhibiao audit --db output/indicators.db --format json\n')
    .action(async (files: string[], flags: AuditFlags, command: Command) => {
      const fromCli = (name: string): boolean => command.getOptionValueSource(name) === 'cli';
      if (files.length > 0 && fromCli('db')) throw new ZhibiaoError('audit: --db reads the database, files are read directly: give one or the other', 2);
      if (files.length === 0 && fromCli('rules')) throw new ZhibiaoError('audit: --rules applies only when files are given (the database was extracted with its own rules)', 2);
      const failOn = new Set<FailOn>([...(flags.failOn ?? []), ...(flags.failOnPlaceholder ? (['placeholder'] as const) : [])]);
      let failed = 0;
      let audit: AuditReport;
      if (files.length > 0) {
        const ruleSet = requireRules(flags.rules);
        const reports: ExtractedReport[] = [];
        const shown = new Map<string, string>();
        for await (const outcome of extractFiles(files, ruleSet)) {
          if (outcome.report) {
            reports.push(outcome.report);
            shown.set(outcome.path, outcome.shown);
          } else {
            failed++;
            process.stderr.write(`failed  ${outcome.shown}: ${outcome.error}\n`);
          }
        }
        audit = auditFromReports(reports, ruleSet.indicators);
        // the text lines show paths from the current folder, so an editor (or explain) opens what audit prints
        if (flags.format === 'text') audit = renameFiles(audit, shown);
      } else {
        if (!existsSync(flags.db)) throw new ZhibiaoError(`no database at ${flags.db} (give files, or run zhibiao ingest first)`, 2);
        const db = await openDatabase(flags.db, { readOnly: true });
        try {
          audit = await auditFromDatabase(db);
          if (flags.format === 'text') audit = renameFiles(audit, await displayNames(db));
        } finally {
          await db.close();
        }
      }
      process.stdout.write(formatAudit(audit, flags.format));
      if (auditFails(audit, [...failOn]) || failed > 0) process.exitCode = 1;
    });
}
