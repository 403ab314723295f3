import type { RuleSet } from './compile.js';
import { extractReport } from '../pipeline/extract.js';

export interface ExampleFailure {
  readonly file: string;
  readonly ruleId: string;
  readonly sentence: string;
  readonly problem: string;
}

/** Run every rule's examples (must yield its indicator) and counterexamples (must not). */
export function checkExamples(ruleSet: RuleSet): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  const run = (sentence: string) =>
    extractReport({ file: 'example', text: sentence, encoding: 'utf-8', sha256: '' }, { ruleSet }).observations;
  for (const rule of ruleSet.rules) {
    for (const sentence of rule.examples) {
      if (!run(sentence).some((o) => o.indicatorId === rule.indicatorId)) {
        failures.push({ file: rule.file, ruleId: rule.id, sentence, problem: `example does not yield ${rule.indicatorId}` });
      }
    }
    for (const sentence of rule.counterexamples) {
      if (run(sentence).some((o) => o.indicatorId === rule.indicatorId)) {
        failures.push({ file: rule.file, ruleId: rule.id, sentence, problem: `counterexample yields ${rule.indicatorId}` });
      }
    }
  }
  return failures;
}
