import type { Command } from 'commander';
import { basename } from 'node:path';
import { requireRules } from '../rules/load.js';
import { readSourceFile } from '../ingest/source-file.js';
import { createSourceText } from '../core/source-text.js';
import { extractReport } from '../pipeline/extract.js';
import type { ExtractedReport } from '../core/document.js';
import { DEFAULT_RULES } from './options.js';
import { InputFileError, ZhibiaoError } from '../core/errors.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show how one line was read: section, tokens the rules saw, quantities and the rules that matched')
    .argument('<file:line[:col]>', 'a report file and a 1-based line, e.g. report.txt:18, or the FILE:LINE:COL that audit prints (just that sentence)')
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .addHelpText('after', '\nExamples:\n  zhibiao explain report.txt:18\n  zhibiao explain report.txt:18:7\n')
    .action(async (target: string, flags: { rules: string }) => {
      const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(target);
      if (!m) throw new ZhibiaoError('expected FILE:LINE or FILE:LINE:COL, e.g. report.txt:18 or report.txt:18:7', 2);
      const [, path, lineText, colText] = m;
      const ruleSet = requireRules(flags.rules);
      const source = await readSourceFile({ path: path!, relPath: basename(path!) }).catch((err: unknown) => {
        throw err instanceof InputFileError ? new ZhibiaoError(`${path}: ${err.reason}`, 1) : err;
      });
      // one real run with a trace: explain shows what the extraction did, it recomputes nothing
      const report = extractReport(
        { file: source.relPath, text: source.text, encoding: source.encoding, sha256: source.sha256 },
        { ruleSet, trace: true },
      );
      const src = createSourceText(source.relPath, source.text);
      const line = Number(lineText);
      if (line < 1 || line > src.lines.lineCount) {
        throw new ZhibiaoError(`${path} has ${src.lines.lineCount} lines; line ${line} is outside it`, 2);
      }
      const column = colText === undefined ? undefined : Number(colText);
      const lineLength = (line < src.lines.lineCount ? src.lines.lineStart(line + 1) - 1 : src.text.length) - src.lines.lineStart(line);
      if (column !== undefined && (column < 1 || column > lineLength + 1)) {
        throw new ZhibiaoError(`${path}:${line} has ${lineLength} characters; column ${column} is outside it`, 2);
      }
      const at = column === undefined ? undefined : { column, offset: src.lines.lineStart(line) + column - 1 };
      const dropped = (report.trace?.excluded ?? []).filter((c) => src.lines.position(c.start).line === line);
      const notes = dropped.map((c) => `  not a quantity: ${c.text} (${c.reason})`);
      process.stdout.write(`${[...explainLine(report, line, at), ...notes].join('\n')}\n`);
    });
}

/**
 * The lines `explain` prints for one line of a report extracted with `trace: true`; with a position
 * (FILE:LINE:COL, as the audit prints it), only the sentence holding it, when a quantity of the
 * line stands in that sentence.
 */
export function explainLine(report: ExtractedReport, line: number, at?: { column: number; offset: number }): string[] {
  const out = [`${report.file}:${line}${at ? `:${at.column}` : ''}`];
  const all = report.quantities.filter((q) => q.span.line === line);
  const inSentence = at ? all.filter((q) => q.sentence.start <= at.offset && at.offset < Math.max(q.sentence.end, q.span.end)) : [];
  const onLine = inSentence.length > 0 ? inSentence : all;
  if (onLine.length === 0) out.push('  no quantities on this line');
  const shown = (text: string) => text.replace(/\s*\n\s*/g, '⏎'); // a token read across a soft line break
  const windows = (report.trace?.windows ?? []).filter((w) => w.tokens.some((t) => t.quantity?.span.line === line));
  for (const w of windows) {
    const group = onLine.filter((q) => w.tokens.some((t) => t.quantity === q || t.quantity?.index === q.index));
    const first = group[0];
    if (!first) continue;
    out.push(`  section: ${first.sectionPath.join(' › ') || '—'}  [${first.role}]${first.item ? `  item ${first.item}` : ''}`);
    out.push(`  tokens: ${w.tokens.map((t) => (t.role === 'word' ? shown(t.text) : `[${shown(t.text)}:${t.role}]`)).join(' ')}`);
    if (!w.triable) out.push('  rules tried: none (no rule finds the words and tags it needs here)');
    else out.push(`  rules tried: ${w.tried.length} (${w.tried.join(', ')})`);
    for (const q of group) {
      out.push(`  ${q.span.line}:${q.span.column} ${shown(q.text)} = ${q.placeholder ? '(placeholder)' : q.value} ${q.unit}`);
      for (const o of report.observations.filter((x) => x.quantityIndex === q.index)) {
        out.push(`      → ${o.indicatorId}${o.plan ? ' (plan)' : ''}  by ${o.ruleId}`);
      }
      for (const hit of w.hits.filter((h) => h.quantityIndex === q.index && h.outcome !== 'observation')) {
        out.push(`      × ${hit.ruleId}: pattern "${hit.pattern}" matched; ${hit.outcome}`);
      }
    }
  }
  return out;
}
