import { createRequire } from 'node:module';
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
import { dbPathOf, systemErrorLine } from './system-error.js';
import { DEFAULT_DB } from './options.js';

/** The version in package.json (two folders up from src/cli and from dist/cli alike). */
export const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export function buildProgram(): Command {
  const program = new Command('zhibiao')
    .description('Chinese government report texts → a SQLite database of indicators, tables and a placeholder audit')
    .version(VERSION, '-V, --version', 'print the version and exit')
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
    const e = toError(systemErrorLine(err, dbPathOf(argv, DEFAULT_DB)));
    process.stderr.write(`zhibiao: ${e.message}\n`);
    const stack = toError(err).stack;
    if (argv.includes('--debug') && stack) process.stderr.write(`${stack}\n`);
    return e instanceof ZhibiaoError ? e.exitCode : 2;
  }
}
