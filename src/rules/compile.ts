import { createHash } from 'node:crypto';
import type { IndicatorDef } from './indicator.js';
import type { RuleFile } from './schema.js';
import type { CompiledLexicon } from '../quantities/compile-lexicon.js';
import { NO_SCOPE, type CompiledScope } from './scope.js';
import { compileMatcher, type Matcher } from './compromise-net.js';

/** One indicator rule, ready for the matcher. */
export interface CompiledRule {
  readonly id: string;
  readonly indicatorId: string;
  /** compromise match patterns (alternatives) */
  readonly match: readonly string[];
  readonly units: ReadonlySet<string>;
  /** a pattern that must match earlier in the same sentence, else null */
  readonly context: string | null;
  /** a pattern that cancels the match when it stands between the match start (or context) and the value */
  readonly unless: string | null;
  /** a pattern that cancels the match when it ends right where the match (or context) starts */
  readonly notAfter: string | null;
  readonly continues: boolean;
  readonly examples: readonly string[];
  readonly counterexamples: readonly string[];
  /** where it was declared, for messages */
  readonly file: string;
}

/** Everything the extraction needs from rules/, compiled once per process. */
export interface RuleSet {
  readonly indicators: readonly IndicatorDef[];
  readonly rules: readonly CompiledRule[];
  /**
   * the rules' patterns parsed once, with compromise's match-net over them: compiled on first use
   * and then kept with the rule set, so a thread that never matches (the ingest's main thread, a
   * re-run, `tables`) does not load compromise for it (validating the YAML, when the rules are not
   * in the cache, still parses each pattern with compromise)
   */
  readonly matcher: Matcher;
  /**
   * word → custom tags (set on tokens by position before the rule net runs). A Map, not an object:
   * a token is any text (`constructor`, `__proto__`), and a lookup must never find a prototype's member.
   */
  readonly vocabulary: ReadonlyMap<string, readonly string[]>;
  /** every custom tag name */
  readonly tagNames: readonly string[];
  readonly lexicon: CompiledLexicon;
  /** status words and sub-count cues (rules/scope.yaml) */
  readonly scope: CompiledScope;
  /** words jieba must keep whole */
  readonly userWords: readonly string[];
  /** sha256 of every rule file's content and of the extraction code: a change re-extracts stored reports */
  readonly hash: string;
}

export interface RuleSource {
  readonly file: string;
  readonly text: string;
  readonly parsed: RuleFile;
}


export function compileRuleSet(
  sources: readonly RuleSource[],
  lexicon: CompiledLexicon,
  userWords: readonly string[],
  hashInputs: readonly string[],
  columnOrder: readonly string[] = [],
  scope: CompiledScope = NO_SCOPE,
): RuleSet {
  const vocabulary = new Map<string, string[]>();
  const tagNames = new Set<string>();
  for (const { parsed } of sources) {
    for (const [tag, words] of Object.entries(parsed.vocabulary)) {
      tagNames.add(tag);
      for (const word of words) {
        const tags = vocabulary.get(word);
        if (!tags) vocabulary.set(word, [tag]);
        else if (!tags.includes(tag)) tags.push(tag);
      }
    }
  }
  const indicators: IndicatorDef[] = [];
  const rules: CompiledRule[] = [];
  for (const { file, parsed } of sources) {
    for (const ind of parsed.indicators) {
      indicators.push({ id: ind.id, name: ind.name, group: parsed.group, units: ind.units });
      for (const rule of ind.rules) {
        rules.push({
          id: rule.id,
          indicatorId: ind.id,
          match: rule.match,
          units: new Set(rule.units ?? ind.units),
          context: rule.context ?? null,
          unless: rule.unless ?? null,
          notAfter: rule.notAfter ?? null,
          continues: ind.continues,
          examples: rule.examples,
          counterexamples: rule.counterexamples,
          file,
        });
      }
    }
  }
  const rank = (id: string) => {
    const at = columnOrder.indexOf(id);
    return at === -1 ? columnOrder.length : at;
  };
  indicators.sort((a, b) => rank(a.id) - rank(b.id)); // stable: unlisted ones keep file order
  const hash = createHash('sha256');
  for (const input of hashInputs) hash.update(input).update('\0');
  return withMatcher({
    indicators,
    rules,
    vocabulary,
    tagNames: [...tagNames],
    lexicon,
    scope,
    userWords: [...new Set([...userWords, ...vocabulary.keys()])],
    hash: hash.digest('hex').slice(0, 16),
  });
}

/** The same rule set with only `rules` (its own matcher compiled for them): to try one rule on its own. */
export function withOnlyRules(ruleSet: RuleSet, rules: readonly CompiledRule[]): RuleSet {
  const { indicators, vocabulary, tagNames, lexicon, scope, userWords, hash } = ruleSet;
  return withMatcher({ indicators, rules, vocabulary, tagNames, lexicon, scope, userWords, hash });
}

/** `parts` as a rule set whose matcher is compiled once, on first use (see RuleSet.matcher). */
function withMatcher(parts: Omit<RuleSet, 'matcher'>): RuleSet {
  let matcher: Matcher | null = null;
  return Object.defineProperty({ ...parts } as RuleSet, 'matcher', {
    get: () => (matcher ??= compileMatcher(parts.rules, parts.vocabulary)),
    enumerable: true,
  });
}
