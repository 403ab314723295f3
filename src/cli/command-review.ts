import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { ZhibiaoError } from '../core/errors.js';
import { openDatabase } from '../store/database.js';
import { buildReviewModel } from '../report/review/model.js';
import { reviewToHtml } from '../report/review/html.js';
import { writeFileAtomic } from '../report/write-atomic.js';
import { DEFAULT_DB } from './options.js';

export const DEFAULT_REVIEW = 'output/review.html';

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('write the review page: one offline HTML file with the audit findings, the indicator table and every value in its sentence')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--out <file>', 'the HTML file to write', DEFAULT_REVIEW)
    .addHelpText('after', '\nOpen the file in any browser; it makes no network requests.\n\nExample:\n  zhibiao review --db output/indicators.db --out output/review.html\n')
    .action(async (flags: { db: string; out: string }) => {
      if (!existsSync(flags.db)) throw new ZhibiaoError(`no database at ${flags.db} (run zhibiao ingest first)`, 2);
      const db = await openDatabase(flags.db, { readOnly: true });
      try {
        await writeFileAtomic(flags.out, reviewToHtml(await buildReviewModel(db)));
      } finally {
        await db.close();
      }
      process.stdout.write(`wrote ${flags.out}\n`);
    });
}
