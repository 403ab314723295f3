import { Command, CommanderError } from 'commander';
import { ZhibiaoError, toError } from '../core/errors.js';
import { registerIngest } from './command-ingest.js';
import { registerExtract } from './command-extract.js';
import { registerTables } from './command-tables.js';
import { registerAudit } from './command-audit.js';
import { registerRules } from './command-rules.js';
import { registerExplain } from './command-explain.js';
import { registerReview } from './command-review.js';
import { guardTerminalOutput } from './terminal-text.js';
import { registerValues } from './command-values.js';
import { registerSearch } from './command-search.js';
import { registerMerge } from './command-merge.js';

export function buildProgram(): Command {
  const program = new Command('zhibiao')
    .description('Chinese government report texts → a SQLite database of indicators, tables and a placeholder audit')
    .option('--debug', 'print stack traces of errors')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  registerIngest(program);
  registerExtract(program);
  registerTables(program);
  registerAudit(program);
  registerRules(program);
  registerExplain(program);
  registerReview(program);
  registerValues(program);
  registerSearch(program);
  registerMerge(program);
  return program;
}

/**
 * Runs the CLI and returns the exit code: 0 success, 1 findings or failed files, 2 usage/configuration.
 * Commands report findings by setting process.exitCode; errors are mapped here, at the boundary.
 */
export async function main(argv: readonly string[]): Promise<number> {
  guardTerminalOutput();
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? 0 : 2;
    }
    const e = toError(err);
    process.stderr.write(`zhibiao: ${e.message}\n`);
    if (argv.includes('--debug') && e.stack) process.stderr.write(`${e.stack}\n`);
    return e instanceof ZhibiaoError ? e.exitCode : 2;
  }
}
