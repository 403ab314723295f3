import { RuleFileError } from '../core/errors.js';
import type { RuleSource } from './compile.js';
import type { CompiledLexicon } from '../quantities/compile-lexicon.js';
import { PIPELINE_TAGS } from './pipeline-tags.js';
import { yamlLineOf } from './load-yaml.js';
import { patternProblems } from './check-pattern.js';

/** Checks across files that zod cannot see: unique ids, known units, known tags. */
export function checkRuleSources(sources: readonly RuleSource[], lexicon: CompiledLexicon): RuleFileError[] {
  const errors: RuleFileError[] = [];
  const indicatorIds = new Map<string, string>();
  const ruleIds = new Map<string, string>();
  const tags = new Set<string>(PIPELINE_TAGS);
  for (const { parsed } of sources) for (const tag of Object.keys(parsed.vocabulary)) tags.add(tag);
  const knownUnits = new Set(lexicon.units.map((u) => u.unit));
  for (const { file, text, parsed } of sources) {
    const fail = (field: string, reason: string) =>
      errors.push(new RuleFileError(file, yamlLineOf(text, field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))), field, reason));
    parsed.indicators.forEach((ind, i) => {
      const seen = indicatorIds.get(ind.id);
      if (seen) fail(`indicators.${i}.id`, `indicator ${ind.id} is already declared in ${seen}`);
      indicatorIds.set(ind.id, file);
      for (const unit of ind.units) {
        if (!knownUnits.has(unit)) fail(`indicators.${i}.units`, `unit ${unit} is not a canonical unit of lexicon.yaml`);
      }
      ind.rules.forEach((rule, j) => {
        const field = `indicators.${i}.rules.${j}`;
        const seenRule = ruleIds.get(rule.id);
        if (seenRule) fail(`${field}.id`, `rule ${rule.id} is already declared in ${seenRule}`);
        ruleIds.set(rule.id, file);
        if (!rule.id.startsWith(`${ind.id}.`)) fail(`${field}.id`, `rule id must start with its indicator id ${ind.id}.`);
        const patterns: Array<[string, string, boolean]> = rule.match.map((p, k) => [rule.match.length > 1 ? `match.${k}` : 'match', p, true]);
        for (const key of ['context', 'unless', 'notAfter'] as const) if (rule[key]) patterns.push([key, rule[key], false]);
        for (const [key, pattern, capture] of patterns) {
          for (const problem of patternProblems(pattern, tags, { capture })) fail(`${field}.${key}`, `${problem}: '${pattern}'`);
        }
        for (const unit of rule.units ?? []) {
          if (!knownUnits.has(unit)) fail(`${field}.units`, `unit ${unit} is not a canonical unit of lexicon.yaml`);
        }
      });
    });
  }
  return errors;
}

/** Rules without `examples`: nothing shows that they can match (a warning, not an error). */
export function rulesWithoutExamples(sources: readonly RuleSource[]): RuleFileError[] {
  const out: RuleFileError[] = [];
  for (const { file, text, parsed } of sources) {
    parsed.indicators.forEach((ind, i) =>
      ind.rules.forEach((rule, j) => {
        if (rule.examples.length > 0) return;
        const line = yamlLineOf(text, ['indicators', i, 'rules', j, 'id']);
        out.push(new RuleFileError(file, line, `indicators.${i}.rules.${j}`, `rule ${rule.id} has no examples: nothing shows it can match`));
      }),
    );
  }
  return out;
}

/** rules/catalog.yaml may name only declared indicators, each once. */
export function checkCatalog(file: string, text: string, columns: readonly string[], sources: readonly RuleSource[]): RuleFileError[] {
  const declared = new Set(sources.flatMap((s) => s.parsed.indicators.map((i) => i.id)));
  const errors: RuleFileError[] = [];
  const seen = new Set<string>();
  columns.forEach((id, i) => {
    // the line is looked up only for an error (each lookup parses the file again)
    if (!declared.has(id)) errors.push(new RuleFileError(file, yamlLineOf(text, ['columns', i]), `columns.${i}`, `unknown indicator ${id}`));
    if (seen.has(id)) errors.push(new RuleFileError(file, yamlLineOf(text, ['columns', i]), `columns.${i}`, `${id} is listed twice`));
    seen.add(id);
  });
  return errors;
}
