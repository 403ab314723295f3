import type { Command } from 'commander';
import { ingest, defaultJobs, type RunSummary } from '../pipeline/run-batch.js';
import { writeTablesFromDb } from './write-outputs.js';
import { createProgress } from './progress.js';
import { DEFAULT_DB, DEFAULT_RULES, listOf, positiveInt, positiveSeconds } from './options.js';
import { DEFAULT_FILE_SECONDS } from '../pipeline/extract-pool.js';
import { TABLE_FORMATS, type TableFormat } from './write-outputs.js';

interface IngestFlags {
  db: string;
  rules: string;
  jobs: number;
  maxFileSeconds: number;
  force?: boolean;
  progress: boolean;
  tables?: string;
  format: TableFormat[];
  audit?: string;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read report files (folders, files or globs) into the database')
    .argument('<inputs...>', 'folders, files or glob patterns (.txt, .md)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .option('--jobs <n>', 'parallel extraction workers', positiveInt, defaultJobs())
    .option('--max-file-seconds <s>', 'a file whose extraction takes longer fails (its worker is replaced)', positiveSeconds, DEFAULT_FILE_SECONDS)
    .option('--force', 're-extract files whose content is already stored')
    .option('--no-progress', 'no progress bar or per-file lines')
    .option('--tables <dir>', 'also regenerate the indicator tables into this folder')
    .option('--format <list>', `table formats with --tables (${TABLE_FORMATS.join(',')})`, listOf(TABLE_FORMATS), [...TABLE_FORMATS])
    .option('--audit <file>', 'also write the placeholder audit (.html, .json or .txt by extension)')
    .addHelpText('after', '\nExample:\n  zhibiao ingest corpus --db output/indicators.db --tables output\n')
    .action(async (inputs: string[], flags: IngestFlags) => {
      const progress = createProgress(flags.progress);
      const summary = await ingest({
        inputs,
        dbPath: flags.db,
        rulesDir: flags.rules,
        jobs: flags.jobs,
        maxFileSeconds: flags.maxFileSeconds,
        force: flags.force,
        onStart: (n) => progress.start(n),
        onFile: (r) => progress.file(r),
      });
      progress.stop();
      printSummary(summary, flags.db);
      if (flags.tables || flags.audit) {
        const written = await writeTablesFromDb(flags.db, flags.tables, flags.format, flags.audit);
        for (const file of written) process.stderr.write(`wrote ${file}\n`);
      }
      if (summary.failed > 0) process.exitCode = 1;
    });
}

function printSummary(s: RunSummary, db: string): void {
  const lines = [
    `${s.seen} files seen: ${s.ingested} ingested, ${s.unchanged} unchanged, ${s.failed} failed (${(s.elapsedMs / 1000).toFixed(1)} s) → ${db}`,
  ];
  if (s.ingested + s.unchanged > 0 && s.ingested === 0 && s.failed === 0) lines.push('all files were unchanged since the last ingest (use --force to redo them)');
  for (const r of s.results) if (r.status === 'failed') lines.push(`  failed: ${r.path}: ${r.reason}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}
