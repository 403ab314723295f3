import type { Command } from 'commander';
import { requireRules } from '../rules/load.js';
import { extractFiles } from './read-reports.js';
import { createSourceText } from '../core/source-text.js';
import { sentenceTokens } from '../rules/clause-tokens.js';
import { useUserWords } from '../segment/tokenize.js';
import { DEFAULT_RULES } from './options.js';
import { ZhibiaoError } from '../core/errors.js';
import { readFileSync } from 'node:fs';
import { decodeReport } from '../ingest/decode.js';
import { cleanText } from '../ingest/clean.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show how one line was read: section, tokens the rules saw, quantities and the rules that matched')
    .argument('<file:line>', 'a report file and a 1-based line, e.g. report.txt:18')
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .action(async (target: string, flags: { rules: string }) => {
      const m = /^(.*):(\d+)$/.exec(target);
      if (!m) throw new ZhibiaoError('expected FILE:LINE, e.g. report.txt:18', 2);
      const [, file, lineText] = m;
      const line = Number(lineText);
      const ruleSet = requireRules(flags.rules);
      useUserWords(ruleSet.userWords);
      for await (const outcome of extractFiles([file!], ruleSet)) {
        if (!outcome.report) throw new ZhibiaoError(`${outcome.path}: ${outcome.error}`, 1);
        const r = outcome.report;
        const src = createSourceText(r.file, cleanText(decodeReport(readFileSync(file!), file!).text));
        const qs = r.quantities.filter((q) => q.span.line === line);
        const out: string[] = [`${r.file}:${line}`];
        if (qs.length === 0) out.push('  no quantities on this line');
        const bySentence = new Map<number, typeof qs>();
        for (const q of qs) bySentence.set(q.sentence.start, [...(bySentence.get(q.sentence.start) ?? []), q]);
        for (const group of bySentence.values()) {
          const first = group[0]!;
          out.push(`  section: ${first.sectionPath.join(' › ') || '—'}  [${first.role}]${first.item ? `  item ${first.item}` : ''}`);
          const tokens = sentenceTokens(src, r.quantities.filter((q) => q.sentence.start === first.sentence.start));
          out.push(`  tokens: ${tokens.map((t) => (t.role === 'word' ? t.text : `[${t.text}:${t.role}]`)).join(' ')}`);
          for (const q of group) {
            out.push(`  ${q.span.line}:${q.span.column} ${q.text} = ${q.placeholder ? '(placeholder)' : q.value} ${q.unit}`);
            for (const o of r.observations.filter((x) => x.quantityIndex === q.index)) out.push(`      → ${o.indicatorId}  by ${o.ruleId}`);
          }
        }
        process.stdout.write(`${out.join('\n')}\n`);
      }
    });
}
