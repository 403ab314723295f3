import type { Command } from 'commander';
import { basename } from 'node:path';
import { requireRules } from '../rules/load.js';
import { readSourceFile } from '../ingest/source-file.js';
import { createSourceText } from '../core/source-text.js';
import { sentenceTokens } from '../rules/clause-tokens.js';
import { extractReport } from '../pipeline/extract.js';
import { traceQuantities } from '../quantities/index.js';
import type { ExtractedReport, PlacedQuantity } from '../core/document.js';
import type { SourceText } from '../core/source-text.js';
import { DEFAULT_RULES } from './options.js';
import { InputFileError, ZhibiaoError } from '../core/errors.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show how one line was read: section, tokens the rules saw, quantities and the rules that matched')
    .argument('<file:line>', 'a report file and a 1-based line, e.g. report.txt:18')
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .addHelpText('after', '\nExample:\n  zhibiao explain report.txt:18\n')
    .action(async (target: string, flags: { rules: string }) => {
      const m = /^(.*):(\d+)$/.exec(target);
      if (!m) throw new ZhibiaoError('expected FILE:LINE, e.g. report.txt:18', 2);
      const [, path, lineText] = m;
      const ruleSet = requireRules(flags.rules);
      const source = await readSourceFile({ path: path!, relPath: basename(path!) }).catch((err: unknown) => {
        throw err instanceof InputFileError ? new ZhibiaoError(`${path}: ${err.reason}`, 1) : err;
      });
      const report = extractReport({ file: source.relPath, text: source.text, encoding: source.encoding, sha256: source.sha256 }, { ruleSet });
      const src = createSourceText(source.relPath, source.text);
      const line = Number(lineText);
      if (line < 1 || line > src.lines.lineCount) {
        throw new ZhibiaoError(`${path} has ${src.lines.lineCount} lines; line ${line} is outside it`, 2);
      }
      const dropped = traceQuantities(src, ruleSet.lexicon).filter((c) => c.excluded && src.lines.position(c.start).line === line);
      const notes = dropped.map((c) => `  not a quantity: ${c.text} (${c.excluded})`);
      process.stdout.write(`${[...explainLine(src, report, line), ...notes].join('\n')}\n`);
    });
}

/** The lines `explain` prints for one line of a report. */
export function explainLine(src: SourceText, report: ExtractedReport, line: number): string[] {
  const out = [`${report.file}:${line}`];
  const onLine = report.quantities.filter((q) => q.span.line === line);
  if (onLine.length === 0) out.push('  no quantities on this line');
  const bySentence = new Map<number, PlacedQuantity[]>();
  for (const q of onLine) bySentence.set(q.sentence.start, [...(bySentence.get(q.sentence.start) ?? []), q]);
  for (const group of bySentence.values()) {
    const first = group[0]!;
    out.push(`  section: ${first.sectionPath.join(' › ') || '—'}  [${first.role}]${first.item ? `  item ${first.item}` : ''}`);
    const tokens = sentenceTokens(src, report.quantities.filter((q) => q.sentence.start === first.sentence.start));
    const shown = (text: string) => text.replace(/\s*\n\s*/g, '⏎'); // a token read across a soft line break
    out.push(`  tokens: ${tokens.map((t) => (t.role === 'word' ? shown(t.text) : `[${shown(t.text)}:${t.role}]`)).join(' ')}`);
    for (const q of group) {
      out.push(`  ${q.span.line}:${q.span.column} ${q.text.replace(/\s*\n\s*/g, '⏎')} = ${q.placeholder ? '(placeholder)' : q.value} ${q.unit}`);
      for (const o of report.observations.filter((x) => x.quantityIndex === q.index)) {
        out.push(`      → ${o.indicatorId}${o.plan ? ' (plan)' : ''}  by ${o.ruleId}`);
      }
    }
  }
  return out;
}
