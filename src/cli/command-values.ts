import type { Command } from 'commander';
import { queryValues } from '../report/values.js';
import { formatValues, VALUES_FORMATS, type ValuesFormat } from '../report/formats/values.js';
import { DEFAULT_DB, oneOf, positiveInt } from './options.js';
import { openExistingDatabase } from './open-store.js';
import { stripControl } from './terminal-text.js';
import { displayNames } from './display-names.js';

interface ValuesFlags {
  db: string;
  org?: string;
  year?: number;
  all?: boolean;
  format: ValuesFormat;
}

export function registerValues(program: Command): void {
  program
    .command('values')
    .description('one indicator across the reports of the database: value, unit, organisation, year, file:line and sentence')
    .argument('<indicator>', 'an indicator id (disputes.success_rate) or Chinese name (调解成功率), or a unique part of one')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--org <text>', 'only organisations whose name contains this')
    .option('--year <year>', 'only this year', positiveInt)
    .option('--all', 'every statement, not only the value the tables show')
    .option('--format <format>', VALUES_FORMATS.join(' | '), oneOf(VALUES_FORMATS), 'table')
    .addHelpText('after', '\nExamples:\n  zhibiao values 调解成功率 --year 2023\n  zhibiao values reconsideration.received --org 青石镇 --format csv > received.csv\n')
    .action(async (indicator: string, flags: ValuesFlags) => {
      const db = await openExistingDatabase(flags.db, { readOnly: true });
      try {
        const { rows } = await queryValues(db, { indicator, org: flags.org, year: flags.year, all: flags.all });
        // the table is read on a terminal: paths from the current folder; data formats keep the stored keys
        const names = flags.format === 'table' ? await displayNames(db) : new Map<string, string>();
        const out = formatValues(rows.map((r) => ({ ...r, file: names.get(r.file) ?? r.file })), flags.format);
        // CSV keeps its CRLF record ends (the terminal guard would strip the CR): control characters
        // are removed here, per record, and the text goes out as bytes
        if (flags.format === 'csv') process.stdout.write(Buffer.from(out.split('\r\n').map(stripControl).join('\r\n')));
        else process.stdout.write(out);
      } finally {
        await db.close();
      }
    });
}
