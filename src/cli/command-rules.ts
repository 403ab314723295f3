import type { Command } from 'commander';
import { loadRules } from '../rules/load.js';
import { checkExamples } from '../rules/check-examples.js';
import { DEFAULT_RULES } from './options.js';

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('work with the rule files');
  rules
    .command('check')
    .description('validate rules/ (schema, ids, units, tags) and run every rule example; touches no data')
    .option('--rules <dir>', 'rules directory', DEFAULT_RULES)
    .option('--no-examples', 'check the files only (schema, patterns, ids, units, tags), without running the examples: no dictionary is loaded')
    .addHelpText('after', '\nExamples:\n  zhibiao rules check --rules rules\n  zhibiao rules check --no-examples   # while editing: well under a second\n')
    .action((flags: { rules: string; examples: boolean }) => {
      const { ruleSet, errors, warnings, files } = loadRules(flags.rules);
      for (const e of errors) process.stderr.write(`${e.message}\n`);
      for (const w of warnings) process.stderr.write(`warning: ${w.message}\n`);
      if (!ruleSet) {
        process.stderr.write(`${errors.length} error(s) in ${files.length} rule file(s)\n`);
        process.exitCode = 2;
        return;
      }
      if (!flags.examples) {
        process.stdout.write(
          `${files.length} files, ${ruleSet.indicators.length} indicators, ${ruleSet.rules.length} rules: valid, examples not run` +
            `${warnings.length ? `, ${warnings.length} warning(s)` : ''} (ruleset ${ruleSet.hash})\n`,
        );
        return;
      }
      const failures = checkExamples(ruleSet);
      for (const f of failures) process.stderr.write(`${f.file}${f.line ? `:${f.line}` : ''}: ${f.ruleId}: ${f.problem}: ${f.sentence}\n`);
      const examples = ruleSet.rules.reduce((n, r) => n + r.examples.length + r.counterexamples.length, 0);
      process.stdout.write(
        `${files.length} files, ${ruleSet.indicators.length} indicators, ${ruleSet.rules.length} rules, ${examples} examples: ` +
          `${failures.length ? `${failures.length} failing` : 'all pass'}${warnings.length ? `, ${warnings.length} warning(s)` : ''} (ruleset ${ruleSet.hash})\n`,
      );
      if (failures.length) process.exitCode = 2;
    });
}
