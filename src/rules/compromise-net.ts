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
