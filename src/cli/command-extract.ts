import type { Command } from 'commander';
import { mkdirSync } from 'node:fs';
import { writeFileAtomic } from '../report/write-atomic.js';
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
    .option('--out <dir>', 'write NAME.json (or NAME.txt for text) per input into this folder (else stdout: one JSON object, or an array for several files)')
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .addHelpText('after', '\nExamples:\n  zhibiao extract report.txt --format json\n  zhibiao extract reports/ --format json --out extracted/\n')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      const ruleSet = requireRules(flags.rules);
      if (flags.out) mkdirSync(flags.out, { recursive: true });
      let failed = 0;
      let printed = 0;
      const jsonOut: unknown[] = [];
      for await (const outcome of extractFiles(inputs, ruleSet)) {
        if (!outcome.report) {
          failed++;
          process.stderr.write(`failed  ${outcome.path}: ${outcome.error}\n`);
          continue;
        }
        const json = flags.format === 'json' ? toReportJson(outcome.report) : null;
        const body = json ? `${JSON.stringify(json, null, 2)}\n` : formatReportText(outcome.report);
        if (flags.out) {
          const name = basename(outcome.path, extname(outcome.path)) + (json ? '.json' : '.txt');
          await writeFileAtomic(join(flags.out, name), body);
        } else if (json) {
          jsonOut.push(json);
        } else {
          if (printed++ > 0 && flags.format === 'text') process.stdout.write('\n');
          process.stdout.write(body);
        }
      }
      // one file: its object; several: an array of them
      if (jsonOut.length === 1) process.stdout.write(`${JSON.stringify(jsonOut[0], null, 2)}\n`);
      else if (jsonOut.length > 1) process.stdout.write(`${JSON.stringify(jsonOut, null, 2)}\n`);
      if (failed > 0) process.exitCode = 1;
    });
}
