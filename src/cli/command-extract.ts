import type { Command } from 'commander';
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { basename, join, extname } from 'node:path';
import { requireRules } from '../rules/load.js';
import { toReportJson } from '../pipeline/report-json.js';
import { formatReportText } from './format-report-text.js';
import { extractFiles } from './read-reports.js';
import { DEFAULT_RULES, oneOf } from './options.js';

interface ExtractFlags {
  format: 'json' | 'text';
  out?: string;
  rules: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract headings, quantities and indicators from files, without a database')
    .argument('<inputs...>', 'files, folders or glob patterns')
    .option('--format <format>', 'json (the gold FORMAT.md shape) or text', oneOf(['json', 'text'] as const), 'text')
    .option('--out <dir>', 'write NAME.json (or NAME.txt for text) per input into this folder')
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .addHelpText('after', '\nExamples:\n  zhibiao extract report.txt --format json\n  zhibiao extract reports/ --format json --out extracted/\n')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      const ruleSet = requireRules(flags.rules);
      if (flags.out) mkdirSync(flags.out, { recursive: true });
      let failed = 0;
      let printed = 0;
      for await (const outcome of extractFiles(inputs, ruleSet)) {
        if (!outcome.report) {
          failed++;
          process.stderr.write(`failed  ${outcome.path}: ${outcome.error}\n`);
          continue;
        }
        const body =
          flags.format === 'json' ? `${JSON.stringify(toReportJson(outcome.report), null, 2)}\n` : formatReportText(outcome.report);
        if (flags.out) {
          const name = basename(outcome.path, extname(outcome.path)) + (flags.format === 'json' ? '.json' : '.txt');
          const target = join(flags.out, name);
          writeFileSync(`${target}.tmp`, body);
          renameSync(`${target}.tmp`, target);
        } else {
          if (printed++ > 0 && flags.format === 'text') process.stdout.write('\n');
          process.stdout.write(body);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
