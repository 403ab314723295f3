import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { ZhibiaoError } from '../core/errors.js';
import { DEFAULT_DB, listOf } from './options.js';
import { TABLE_FORMATS, writeTablesFromDb, type TableFormat } from './write-outputs.js';

export function registerTables(program: Command): void {
  program
    .command('tables')
    .description('regenerate the indicator tables from the database (no texts are re-read)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--out <dir>', 'output folder', 'output')
    .option('--format <list>', `comma-separated: ${TABLE_FORMATS.join(',')}`, listOf(TABLE_FORMATS), [...TABLE_FORMATS])
    .addHelpText('after', '\nWrites indicators.<format> (one row per report, one column per indicator) and\nindicator_values.csv (one row per value with file, line, section and sentence).\n\nExample:\n  zhibiao tables --db output/indicators.db --out output --format csv,xlsx\n')
    .action(async (flags: { db: string; out: string; format: TableFormat[] }) => {
      if (!existsSync(flags.db)) throw new ZhibiaoError(`no database at ${flags.db} (run zhibiao ingest first)`, 2);
      const written = await writeTablesFromDb(flags.db, flags.out, flags.format, undefined);
      for (const file of written) process.stdout.write(`wrote ${file}\n`);
    });
}
