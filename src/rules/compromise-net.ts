import { createRequire } from 'node:module';
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

/** A net entry after compromise's buildNet: what a sentence must hold for the pattern to be tried. */
interface NetEntry {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
}

interface Nlp {
  parseMatch(pattern: string): ParsedMatch;
  tokenize(input: string[][]): NlpDoc & { compute(names: string[]): void };
  world(): { compute: Record<string, unknown> };
  buildNet(matches: Array<{ match: string; rules: readonly CompiledRule[]; pattern: string }>): { hooks: Record<string, NetEntry[]>; always: NetEntry[] };
  addTags(tags: Record<string, object>): void;
}

const require = createRequire(import.meta.url);
let loaded: Nlp | null = null;

/** compromise, loaded on first use: commands that match nothing (`--help`, `tables`) never pay for it. */
export function compromise(): Nlp {
  loaded ??= require('compromise/one') as Nlp;
  return loaded;
}

/**
 * A compromise document of pre-cut sentences with only the `normal` form computed (what word
 * patterns compare with). `nlp.tokenize` would also run English-only steps (contractions, aliases
 * for slashed words, machine forms for apostrophes and hyphens) that Chinese tokens never need and
 * that cost a third of building the document; it runs them only when the world has a
 * `contractions` step, so that step is set aside for the call.
 */
export function tokenizeDocument(sentences: string[][]): NlpDoc {
  const compute = compromise().world().compute;
  const contractions = compute.contractions;
  delete compute.contractions;
  try {
    const doc = compromise().tokenize(sentences);
    doc.compute(['normal']);
    return doc;
  } finally {
    compute.contractions = contractions;
  }
}

const registered = new Set<string>();

/** compromise's tag set is global to the thread: add the rule vocabulary's tags once. */
export function registerTags(names: readonly string[]): void {
  const missing = [...PIPELINE_TAGS, ...names].filter((n) => !registered.has(n));
  if (missing.length === 0) return;
  compromise().addTags(Object.fromEntries(missing.map((n) => [n, {}])));
  for (const n of missing) registered.add(n);
}

/** Everything the matcher needs from a rule set, compiled once per rule set and thread. */
export interface Matcher {
  /** all rule patterns as one compromise match-net (`sweep` tries only the patterns a sentence can satisfy) */
  readonly net: unknown;
  /** every pattern (match, context, unless, notAfter) parsed once */
  parsed(pattern: string): ParsedMatch;
  /** a rule's position in file order (the first rule in file order wins a quantity) */
  order(rule: CompiledRule): number;
  /**
   * Whether some pattern could be tried on a sentence holding `haves` (its words and `#Tags`) and
   * `length` terms: the same needs/wants/length test compromise's sweep applies, done before the
   * sentence is built into a compromise document, so a sentence that can match nothing costs nothing.
   */
  couldMatch(haves: ReadonlySet<string>, length: number): boolean;
  /** ids of the rules with a pattern that passes that test (for traces; slower than couldMatch) */
  triedRules(haves: ReadonlySet<string>, length: number): string[];
}

const matchers = new WeakMap<RuleSet, Matcher>();

export function compileMatcher(ruleSet: RuleSet): Matcher {
  const known = matchers.get(ruleSet);
  if (known) return known;
  registerTags(ruleSet.tagNames);
  // one entry per distinct pattern: sweep keeps only one net entry per match string
  const byPattern = new Map<string, CompiledRule[]>();
  for (const rule of ruleSet.rules) for (const p of rule.match) byPattern.set(p, [...(byPattern.get(p) ?? []), rule]);
  const net = compromise().buildNet([...byPattern].map(([pattern, rules]) => ({ match: pattern, rules, pattern })));
  const entries = [...new Set([...Object.values(net.hooks).flat(), ...net.always])] as Array<NetEntry & { rules: readonly CompiledRule[] }>;
  const parsedPatterns = new Map<string, ParsedMatch>();
  const parsed = (pattern: string) => {
    let p = parsedPatterns.get(pattern);
    if (!p) parsedPatterns.set(pattern, (p = compromise().parseMatch(pattern)));
    return p;
  };
  for (const rule of ruleSet.rules) for (const p of [...rule.match, rule.context, rule.unless, rule.notAfter]) if (p) parsed(p);
  const orders = new Map(ruleSet.rules.map((r, i) => [r, i]));
  const hookKeys = Object.keys(net.hooks);
  const triable = (e: NetEntry, haves: ReadonlySet<string>, length: number) =>
    length >= e.minWords && e.needs.every((n) => haves.has(n)) && (e.wants.length === 0 || e.wants.filter((w) => haves.has(w)).length >= e.minWant);
  const matcher: Matcher = {
    net,
    parsed,
    order: (rule) => orders.get(rule) ?? 0,
    couldMatch(haves, length) {
      if (net.always.some((e) => length >= e.minWords)) return true;
      const small = haves.size < hookKeys.length;
      for (const key of small ? haves : hookKeys) {
        if (!small && !haves.has(key)) continue;
        for (const e of Object.hasOwn(net.hooks, key) ? net.hooks[key]! : []) if (triable(e, haves, length)) return true;
      }
      return false;
    },
    triedRules(haves, length) {
      const ids = entries.filter((e) => triable(e, haves, length)).flatMap((e) => e.rules.map((r) => r.id));
      return [...new Set(ids)];
    },
  };
  matchers.set(ruleSet, matcher);
  return matcher;
}
