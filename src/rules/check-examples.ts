import { readFileSync } from 'node:fs';
import { withOnlyRules, type CompiledRule, type RuleSet } from './compile.js';
import { extractReport } from '../pipeline/extract.js';
import { escapeRegExp } from '../core/word-pattern.js';

export interface ExampleFailure {
  readonly file: string;
  /** line of the rule's `id:` in its file, when found */
  readonly line: number | null;
  readonly ruleId: string;
  readonly sentence: string;
  readonly problem: string;
}

/**
 * Run every rule's examples (must yield its indicator as a total) and counterexamples (must not: a
 * sub-count such as 其中村级调委会25个 may still be found, with its scope, but never as the total), and check
 * that each rule's own pattern matches at least one of its examples: an example that another rule
 * of the same indicator answers proves nothing about this one, so a rule that can never match is
 * found here, not in the tables of a thousand reports.
 */
export function checkExamples(ruleSet: RuleSet): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  const run = (set: RuleSet, sentence: string) =>
    extractReport({ file: 'example', text: sentence, encoding: 'utf-8', sha256: '' }, { ruleSet: set }).observations.filter((o) => !o.scope);
  const fail = (rule: CompiledRule, sentence: string, problem: string) =>
    failures.push({ file: rule.file, line: ruleLine(rule), ruleId: rule.id, sentence, problem });
  for (const rule of ruleSet.rules) {
    for (const sentence of rule.examples) {
      if (!run(ruleSet, sentence).some((o) => o.indicatorId === rule.indicatorId)) fail(rule, sentence, `example does not yield ${rule.indicatorId}`);
    }
    for (const sentence of rule.counterexamples) {
      if (run(ruleSet, sentence).some((o) => o.indicatorId === rule.indicatorId)) fail(rule, sentence, `counterexample yields ${rule.indicatorId}`);
    }
    if (rule.examples.length > 0) {
      const alone = withOnlyRules(ruleSet, [rule]);
      if (!rule.examples.some((sentence) => run(alone, sentence).some((o) => o.ruleId === rule.id))) {
        fail(rule, rule.examples.join(' | '), 'its pattern matches none of its own examples');
      }
    }
  }
  return failures;
}

const texts = new Map<string, string[]>();

/** 1-based line of `id: <rule id>` in the rule's file (for messages), else null. */
function ruleLine(rule: CompiledRule): number | null {
  let lines = texts.get(rule.file);
  if (!lines) {
    try {
      lines = readFileSync(rule.file, 'utf8').split('\n');
    } catch {
      lines = [];
    }
    texts.set(rule.file, lines);
  }
  const at = lines.findIndex((l) => new RegExp(`\\bid:\\s*['"]?${escapeRegExp(rule.id)}['"]?\\s*$`).test(l));
  return at === -1 ? null : at + 1;
}
