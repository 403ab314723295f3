import type { Command } from 'commander';
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZhibiaoError } from '../core/errors.js';
import { mergeDatabase, MergeConflictError, MergeSchemaError } from '../store/merge.js';
import { finishDatabase } from './after-ingest.js';
import { openStore } from './open-store.js';
import { shownPath } from './paths.js';
import { DEFAULT_RULES } from './options.js';

const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('combine databases ingested on different machines or by different offices into one')
    .argument('<sources...>', 'databases to copy from (same schema version)')
    .requiredOption('--into <file>', 'the database to copy into (created when missing; may already hold reports)')
    .option('--rules <dir>', 'rules whose words the search index keeps whole', DEFAULT_RULES)
    .addHelpText('after', '\nExample:\n  zhibiao merge beijing.db shanghai.db --into national.db\n')
    .action(async (sources: string[], flags: { into: string; rules: string }) => {
      const into = real(flags.into);
      for (const s of sources) {
        if (!existsSync(s)) throw new ZhibiaoError(`no database at ${shownPath(s)}`, 2);
        if (real(s) === into) throw new ZhibiaoError(`${shownPath(s)} is the target itself (--into): give it only once, as --into`, 2);
      }
      const db = await openStore(flags.into);
      let failed = 0;
      try {
        for (const source of sources) {
          try {
            const r = await mergeDatabase(db, source, shownPath(source));
            process.stderr.write(`${r.source}: ${r.added} report(s) added, ${r.present} already present\n`);
          } catch (err) {
            if (err instanceof MergeSchemaError) {
              throw new ZhibiaoError(`${err.message}: open it once with this zhibiao (zhibiao audit --db ${err.source}) to upgrade it, then merge`, 2);
            }
            if (!(err instanceof MergeConflictError)) throw err;
            failed++;
            process.stderr.write(`${err.message} (nothing of it was copied; re-ingest one side, or merge it into another target)\n`);
          }
        }
      } finally {
        await db.close();
      }
      await finishDatabase(flags.into, { rulesDir: flags.rules });
      process.stderr.write(`→ ${shownPath(flags.into)}\n`);
      if (failed > 0) process.exitCode = 1;
    });
}
