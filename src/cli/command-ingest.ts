import type { Command } from 'commander';
import { ingest, defaultJobs, type RunSummary } from '../pipeline/run-batch.js';
import { formatIngestSummary } from './ingest-summary.js';
import { checkAuditFile, writeTablesFromDb } from './write-outputs.js';
import { ZhibiaoError } from '../core/errors.js';
import { finishDatabase } from './after-ingest.js';
import { createProgress } from './progress.js';
import { DEFAULT_DB, DEFAULT_RULES, listOf, positiveInt, positiveMegabytes, positiveSeconds } from './options.js';
import { DEFAULT_FILE_SECONDS } from '../pipeline/extract-pool.js';
import { DEFAULT_MAX_FILE_MB } from '../pipeline/file-size-budget.js';
import { INTERRUPTED_EXIT, catchInterrupts } from './interrupt.js';
import { TABLE_FORMATS, type TableFormat } from './write-outputs.js';

interface IngestFlags {
  db: string;
  rules: string;
  jobs: number;
  maxFileSeconds: number;
  maxFileMb: number;
  force?: boolean;
  progress: boolean;
  tables?: string;
  format: TableFormat[];
  audit?: string;
  root?: string;
  verbose?: boolean;
  searchIndex: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read report files (folders, files or globs) into the database')
    .argument('<inputs...>', 'folders, files or glob patterns (.txt .md .html .htm .shtml .docx .doc .wps .pdf)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .option('--jobs <n>', 'parallel extraction workers', positiveInt, defaultJobs())
    .option('--max-file-seconds <s>', 'a file whose extraction takes longer fails (its worker is replaced)', positiveSeconds, DEFAULT_FILE_SECONDS)
    .option('--max-file-mb <mb>', 'a file larger than this fails without being read', positiveMegabytes, DEFAULT_MAX_FILE_MB)
    .option('--force', 're-extract files whose content is already stored')
    .option('--no-progress', 'no progress bar or per-file lines')
    .option('--tables <dir>', 'also regenerate the indicator tables into this folder')
    .option('--format <list>', `table formats with --tables (${TABLE_FORMATS.join(',')})`, listOf(TABLE_FORMATS), [...TABLE_FORMATS])
    .option('--audit <file>', 'also write the placeholder audit (.html, .json or .txt by extension)')
    .option('--root <dir>', 'store and show report keys relative to this folder (default: relative to the parent of each folder given)')
    .option('--verbose', 'name every skipped file and its reason')
    .option('--no-search-index', 'do not index the sentences for `zhibiao search` now (about a third faster; the first search indexes them)')
    .addHelpText('after', '\nExample:\n  zhibiao ingest corpus --db output/indicators.db --tables output\n')
    .action(async (inputs: string[], flags: IngestFlags, command: Command) => {
      if (command.getOptionValueSource('format') === 'cli' && !flags.tables) {
        throw new ZhibiaoError('ingest: --format applies to the tables: give --tables DIR with it', 2);
      }
      if (flags.audit) checkAuditFile(flags.audit);
      const progress = createProgress(flags.progress);
      const interrupts = catchInterrupts(() => progress.stop());
      let summary: RunSummary;
      try {
        summary = await ingest({
          inputs,
          dbPath: flags.db,
          rulesDir: flags.rules,
          jobs: flags.jobs,
          maxFileSeconds: flags.maxFileSeconds,
          maxFileMb: flags.maxFileMb,
          signal: interrupts.signal,
          force: flags.force,
          searchIndex: flags.searchIndex,
          ...(flags.root ? { root: flags.root } : {}),
          onStart: (n) => progress.start(n),
          onFile: (r) => progress.file(r),
        });
      } finally {
        progress.stop();
        interrupts.dispose();
      }
      process.stderr.write(`${formatIngestSummary(summary, flags.db, Boolean(flags.verbose)).join('\n')}\n`);
      if (summary.stopped) {
        // the summary so far, then why it stopped; no tables from a batch cut short
        const resume = summary.stopped.kind === 'interrupted' ? '; stored reports are intact, run the same command again to go on' : '';
        process.stderr.write(`${summary.stopped.message}${resume}\n`);
        process.exitCode = summary.stopped.kind === 'interrupted' ? INTERRUPTED_EXIT : 2;
        return;
      }
      if (summary.ingested + summary.unchanged > 0) await finishDatabase(flags.db, { rulesDir: flags.rules, searchIndex: flags.searchIndex });
      if (flags.tables || flags.audit) {
        const written = await writeTablesFromDb(flags.db, flags.tables, flags.format, flags.audit);
        for (const file of written) process.stderr.write(`wrote ${file}\n`);
      }
      if (summary.failed > 0 || summary.found === 0) process.exitCode = 1;
    });
}
