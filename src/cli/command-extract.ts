import type { Command } from 'commander';
import { writeFileAtomic } from '../report/write-atomic.js';
import { checkOutDir, commonFolder, mirroredOutput, refuseInputOverwrite } from './extract-out.js';
import { requireRules } from '../rules/load.js';
import { toReportJson } from '../pipeline/report-json.js';
import { formatReportText } from './format-report-text.js';
import { extractFiles, type ReadOutcome } from './read-reports.js';
import { DEFAULT_RULES, oneOf } from './options.js';

const EXTRACT_FORMATS = ['listing', 'json', 'text'] as const;
type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

interface ExtractFlags {
  format: ExtractFormat;
  out?: string;
  rules: string;
}

/** The file name suffix each format writes with --out. */
const SUFFIX: Readonly<Record<ExtractFormat, string>> = { json: '.json', text: '.text.txt', listing: '.listing.txt' };

/** What each format writes for one report, and the file name suffix with --out. */
function render(outcome: Required<Pick<ReadOutcome, 'report' | 'source'>>, format: ExtractFormat): { body: string; suffix: string } {
  if (format === 'json') return { body: `${JSON.stringify(toReportJson(outcome.report), null, 2)}\n`, suffix: '.json' };
  if (format === 'text') return { body: outcome.source.text, suffix: '.text.txt' };
  return { body: formatReportText(outcome.report), suffix: '.listing.txt' };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract headings, quantities and indicators from files, without a database')
    .argument('<inputs...>', 'files, folders or glob patterns')
    .option(
      '--format <format>',
      'listing (readable: headings, quantities, indicators), json (the gold FORMAT.md shape), or text (the plain text the reader extracted, which line:column refer to)',
      oneOf(EXTRACT_FORMATS),
      'listing',
    )
    .option('--out <dir>', 'write one file per input into this folder, mirroring the input folders: NAME.json, NAME.text.txt or NAME.listing.txt (else stdout: one JSON object, or an array for several files); never over a file the run reads')
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .addHelpText('after', '\nExamples:\n  zhibiao extract report.txt --format json\n  zhibiao extract report.docx --format text\n  zhibiao extract reports/ --format json --out extracted/\n')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      const ruleSet = requireRules(flags.rules);
      const out = flags.out;
      if (out) checkOutDir(out);
      // every output path is known once the files are found: refuse before anything is written
      let common = '';
      const guard = (files: ReadonlyArray<{ path: string; relPath: string }>): void => {
        common = commonFolder(files.map((f) => f.relPath));
        if (out) refuseInputOverwrite(files.map((f) => f.path), files.map((f) => mirroredOutput(out, f.relPath, SUFFIX[flags.format], common)));
      };
      let failed = 0;
      let printed = 0;
      const jsonOut: unknown[] = [];
      for await (const outcome of extractFiles(inputs, ruleSet, { onDiscovered: guard })) {
        if (!outcome.report || !outcome.source) {
          failed++;
          process.stderr.write(`failed  ${outcome.shown}: ${outcome.error}\n`);
          continue;
        }
        const { body, suffix } = render({ report: outcome.report, source: outcome.source }, flags.format);
        if (out) {
          await writeFileAtomic(mirroredOutput(out, outcome.path, suffix, common), body);
        } else if (flags.format === 'json') {
          jsonOut.push(JSON.parse(body));
        } else {
          if (printed++ > 0 && flags.format === 'listing') process.stdout.write('\n');
          process.stdout.write(body);
        }
      }
      // one file: its object; several: an array of them
      if (jsonOut.length === 1) process.stdout.write(`${JSON.stringify(jsonOut[0], null, 2)}\n`);
      else if (jsonOut.length > 1) process.stdout.write(`${JSON.stringify(jsonOut, null, 2)}\n`);
      if (failed > 0) process.exitCode = 1;
    });
}
