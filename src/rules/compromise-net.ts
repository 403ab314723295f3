import nlp from 'compromise';
import type { CompiledRule, RuleSet } from './compile.js';
import { PIPELINE_TAGS } from './compile.js';

/** compromise's pre-tokenized input (string[][]), sweep and pointers; its TS types lack them. */
export interface NlpDoc {
  update(pointers: number[][]): NlpDoc;
  tag(tag: string): NlpDoc;
  match(pattern: string | ParsedMatch): NlpDoc;
  groups(name: string): NlpDoc;
  readonly fullPointer: number[][];
  sweep(net: unknown, opts: { tagger: false }): { found: Array<{ rules: readonly CompiledRule[]; pattern: string; view: NlpDoc }> };
}

/** A match pattern compromise has parsed already. */
export type ParsedMatch = object[];

interface Nlp {
  parseMatch(pattern: string): ParsedMatch;
  tokenize(input: string[][]): NlpDoc;
  buildNet(matches: Array<{ match: string; rules: readonly CompiledRule[]; pattern: string }>): unknown;
  addTags(tags: Record<string, object>): void;
}

export const compromise = nlp as unknown as Nlp;

const registered = new Set<string>();

/** compromise's tag set is global to the thread: add the rule vocabulary's tags once. */
export function registerTags(names: readonly string[]): void {
  const missing = [...PIPELINE_TAGS, ...names].filter((n) => !registered.has(n));
  if (missing.length === 0) return;
  compromise.addTags(Object.fromEntries(missing.map((n) => [n, {}])));
  for (const n of missing) registered.add(n);
}

const parsed = new Map<string, ParsedMatch>();

/** compromise parses a string pattern on every `match` call; parse each one once per thread. */
export function parsedPattern(pattern: string): ParsedMatch {
  let p = parsed.get(pattern);
  if (!p) parsed.set(pattern, (p = compromise.parseMatch(pattern)));
  return p;
}

const nets = new WeakMap<RuleSet, unknown>();

/**
 * All rule patterns as one compromise match-net, built once per rule set and thread: `sweep` indexes
 * the patterns by the words and tags they need, so each sentence tries only the rules it can satisfy.
 */
export function ruleNet(ruleSet: RuleSet): unknown {
  let net = nets.get(ruleSet);
  if (!net) {
    registerTags(ruleSet.tagNames);
    // one entry per distinct pattern: sweep keeps only one net entry per match string
    const byPattern = new Map<string, CompiledRule[]>();
    for (const rule of ruleSet.rules) for (const p of rule.match) byPattern.set(p, [...(byPattern.get(p) ?? []), rule]);
    net = compromise.buildNet([...byPattern].map(([pattern, rules]) => ({ match: pattern, rules, pattern })));
    nets.set(ruleSet, net);
  }
  return net;
}

interface ParsedTerm {
  tag?: string;
  word?: string;
  optional?: boolean;
  negative?: boolean;
  choices?: ParsedTerm[][];
}

const anchors = new WeakMap<RuleSet, ReadonlySet<string> | null>();

/**
 * The literal words that some pattern requires (`解答 [<num>#Value]`), when every pattern of every
 * rule requires a vocabulary word or a literal word (a term neither optional nor negated). A
 * sentence with none of them, and no vocabulary word, can match nothing and need not go into the
 * compromise document. Null when some pattern requires neither: then every sentence goes in.
 */
export function requiredLiterals(ruleSet: RuleSet): ReadonlySet<string> | null {
  if (anchors.has(ruleSet)) return anchors.get(ruleSet)!;
  const custom = new Set(ruleSet.tagNames);
  const literals = new Set<string>();
  const anchored = (terms: readonly ParsedTerm[]): boolean =>
    terms.some((t) => {
      if (t.optional || t.negative) return false;
      if (t.tag !== undefined && custom.has(t.tag)) return true;
      if (t.word !== undefined) return literals.add(t.word), true;
      return t.choices !== undefined && t.choices.every((c) => anchored(c));
    });
  const ok = ruleSet.rules.every((r) => r.match.every((p) => anchored(parsedPattern(p) as ParsedTerm[])));
  const result = ok ? literals : null;
  anchors.set(ruleSet, result);
  return result;
}
