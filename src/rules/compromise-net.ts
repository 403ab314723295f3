import { createRequire } from 'node:module';
import type { CompiledRule } from './compile.js';
import { compileTextPrefilter, type TextPrefilter } from './text-prefilter.js';

/** A match pattern compromise has parsed already (its `regs`). */
export type ParsedMatch = object[];

/**
 * A compromise term, as compromise's own tokenizer makes it for a pre-cut token: the matcher reads
 * `text`, `normal` (word patterns), `tags` (#Tag patterns), `pre`/`post` and `id`.
 */
export interface NlpTerm {
  readonly text: string;
  readonly normal: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: Set<string>;
  readonly id: string;
}

/** compromise's match result: [sentence, start, end] pointers, and per named group the pointers of each match. */
interface MatchResult {
  readonly ptrs: Array<[number, number, number]>;
  readonly byGroup: Record<string, Array<[number, number, number]>>;
}

/** A net entry after compromise's buildNet: what a sentence must hold for the pattern to be tried. */
interface NetEntry {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  readonly rules: readonly CompiledRule[];
  readonly pattern: string;
  /** the units the entry's rules accept for the value they capture */
  readonly units: ReadonlySet<string>;
}

interface Nlp {
  parseMatch(pattern: string): ParsedMatch;
  tokenize(input: string[][]): { docs: Array<Array<{ normal: string }>>; compute(names: string[]): void };
  world(): { compute: Record<string, unknown> };
  methods(): { one: { match(docs: NlpTerm[][], todo: { regs: ParsedMatch }, cache: Array<ReadonlySet<string>>): MatchResult } };
  buildNet(matches: Array<{ match: string }>): { hooks: Record<string, Array<{ match: string } & Omit<NetEntry, 'rules' | 'pattern' | 'units'>>>; always: Array<{ match: string } & Omit<NetEntry, 'rules' | 'pattern' | 'units'>> };
}

const require = createRequire(import.meta.url);
let loaded: Nlp | null = null;

/** compromise, loaded on first use: commands that match nothing (`--help`, `tables`) never pay for it. */
export function compromise(): Nlp {
  loaded ??= require('compromise/one') as Nlp;
  return loaded;
}

/** One place where a pattern matched in a window: its term range and the `num` group's term. */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  /** index of the term captured as `[<num>…]`, or -1 */
  readonly num: number;
}

/** Everything the matcher needs from a rule set, compiled once with the rule set (compile.ts). */
export interface Matcher {
  /** a rule's position in file order (the first rule in file order wins a quantity) */
  order(rule: CompiledRule): number;
  /**
   * The patterns (each with the rules that list it) worth trying on a window holding `haves` (its
   * words' normal forms and `#Tags`, as compromise caches a sentence) and `length` terms: compromise's
   * own needs/wants/length test from its match-net, plus, when `units` is given, a unit that one of
   * the pattern's rules accepts. A pattern outside this list cannot give an observation there.
   */
  candidates(haves: ReadonlySet<string>, length: number, units: ReadonlySet<string> | null): ReadonlyArray<{ readonly pattern: string; readonly rules: readonly CompiledRule[] }>;
  /** whether a window's raw text could satisfy a pattern with a value of one of `units` (before segmenting it) */
  readonly text: TextPrefilter;
  /** Every match of `pattern` in one window's terms, by compromise's match engine. */
  find(terms: NlpTerm[], haves: ReadonlySet<string>, pattern: string): PatternMatch[];
}

/**
 * Compile the rules' patterns: each distinct pattern parsed once, and compromise's match-net built
 * over them (its needs/wants tell which patterns a window can satisfy before anything runs).
 */
export function compileMatcher(rules: readonly CompiledRule[], vocabulary: ReadonlyMap<string, readonly string[]>): Matcher {
  const nlp = compromise();
  const byPattern = new Map<string, CompiledRule[]>();
  for (const rule of rules) for (const p of rule.match) byPattern.set(p, [...(byPattern.get(p) ?? []), rule]);
  const net = nlp.buildNet([...byPattern.keys()].map((pattern) => ({ match: pattern })));
  const seen = new Set<object>();
  const entries: NetEntry[] = [];
  for (const raw of [...Object.values(net.hooks).flat(), ...net.always]) {
    if (seen.has(raw)) continue;
    seen.add(raw);
    const owners = byPattern.get(raw.match) ?? [];
    entries.push({ ...raw, rules: owners, pattern: raw.match, units: new Set(owners.flatMap((r) => [...r.units])) });
  }
  const compiled = new Map<string, CompiledPattern>();
  const pattern = (p: string): CompiledPattern => {
    let c = compiled.get(p);
    if (!c) compiled.set(p, (c = compilePattern(nlp.parseMatch(p))));
    return c;
  };
  for (const rule of rules) for (const p of [...rule.match, rule.context, rule.unless, rule.notAfter]) if (p) pattern(p);
  const orders = new Map(rules.map((r, i) => [r, i]));
  const byUnit = new Map<string, NetEntry[]>();
  for (const e of entries) for (const u of e.units) byUnit.set(u, [...(byUnit.get(u) ?? []), e]);
  const match = nlp.methods().one.match;
  return {
    order: (rule) => orders.get(rule) ?? 0,
    text: compileTextPrefilter(entries, vocabulary),
    candidates(haves, length, units) {
      if (units === null) return entries.filter((e) => triable(e, haves, length));
      // the entries that take one of the window's units (few), in net order, then compromise's test
      let taking: readonly NetEntry[];
      if (units.size === 1) taking = byUnit.get(units.values().next().value!) ?? [];
      else {
        const any = new Set<NetEntry>();
        for (const u of units) for (const e of byUnit.get(u) ?? []) any.add(e);
        taking = entries.filter((e) => any.has(e));
      }
      return taking.filter((e) => triable(e, haves, length));
    },
    find(terms, haves, p) {
      const { regs, anchored, first, span } = pattern(p);
      if (!anchored || !first) return matchesOf(match([terms], { regs }, [haves]), 0);
      // compromise tries a pattern from every term; start it only where its first term can match,
      // anchored there, and go on after each match (as compromise does: matches never overlap).
      // A pattern of bounded length is given only the terms it can span from there (a fixed cost
      // per start, not the rest of the window).
      const out: PatternMatch[] = [];
      for (let i = 0; i < terms.length; i++) {
        if (!first(terms[i]!)) continue;
        const found = matchesOf(match([terms.slice(i, span === null ? terms.length : i + span)], { regs: anchored }, [haves]), i);
        if (found.length === 0) continue;
        out.push(found[0]!);
        i = Math.max(i, found[0]!.end - 1);
      }
      return out;
    },
  };
}

/** compromise's sweep test: the window holds every needed word or #Tag, enough wanted ones, enough terms. */
function triable(e: NetEntry, haves: ReadonlySet<string>, length: number): boolean {
  if (length < e.minWords) return false;
  for (const n of e.needs) if (!haves.has(n)) return false;
  if (e.wants.length === 0) return true;
  let wanted = 0;
  for (const w of e.wants) if (haves.has(w)) wanted++;
  return wanted >= e.minWant;
}

/** Match results as term ranges of the window, `offset` being where the matched terms start in it. */
function matchesOf({ ptrs, byGroup }: MatchResult, offset: number): PatternMatch[] {
  const nums = byGroup.num ?? [];
  return ptrs.map(([, start, end]) => {
    const num = nums.find(([, s]) => s >= start && s < end)?.[1];
    return { start: offset + start, end: offset + end, num: num === undefined ? -1 : offset + num };
  });
}

/** A parsed compromise match term (the fields read here). */
export interface Reg {
  readonly start?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly choices?: ReadonlyArray<readonly Reg[]>;
  readonly end?: boolean;
  readonly optional?: boolean;
  readonly negative?: boolean;
  readonly greedy?: boolean;
  readonly anything?: boolean;
  readonly fuzzy?: boolean;
  readonly use?: string;
  readonly id?: string;
  readonly word?: string;
  readonly tag?: string;
  readonly fastOr?: ReadonlySet<string>;
  readonly regex?: RegExp;
  /** 'and' for an and-block `(a && b)` */
  readonly operator?: string;
}

interface CompiledPattern {
  readonly regs: ParsedMatch;
  /** the same pattern anchored at the start of the terms it is given (`^`), or null */
  readonly anchored: ParsedMatch | null;
  /** whether a term can be the first term of a match, or null when any term can */
  readonly first: ((t: NlpTerm) => boolean) | null;
  /** the most terms a match can span, or null when unbounded (`+`, `*`, a `$` anchor) */
  readonly span: number | null;
}

function compilePattern(parsed: ParsedMatch): CompiledPattern {
  const regs = uniformRegs(parsed);
  const head = regs[0] as Reg | undefined;
  const first = head ? firstTermTest(head) : null;
  return { regs, anchored: first ? [uniformReg({ ...head, start: true }), ...regs.slice(1)] : null, first, span: maxSpan(regs as Reg[]) };
}

/**
 * Every field compromise's matcher reads of a match term, in one order. parseMatch gives each term
 * only the fields it uses, so the matcher's loads (`reg.word`, `reg.optional`, …) see dozens of
 * object shapes and go megamorphic; with every term in this one shape (an absent field is
 * `undefined`, which is what the matcher tests for) they stay monomorphic.
 */
const REG_FIELDS = [
  'anything', 'start', 'end', 'id', 'word', 'use', 'machine', 'fuzzy', 'min', 'max', 'tag', 'method', 'pre', 'post',
  'regex', 'chunk', 'choices', 'operator', 'fastOr', 'optional', 'greedy', 'negative', 'group', 'switch', 'sense', 'pos',
] as const;

const uniformRegs = (regs: ParsedMatch): ParsedMatch => regs.map((r) => uniformReg(r as Record<string, unknown>));

function uniformReg(reg: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of REG_FIELDS) out[k] = k === 'choices' && Array.isArray(reg.choices) ? (reg.choices as ParsedMatch[]).map(uniformRegs) : reg[k];
  for (const k of Object.keys(reg)) if (!(k in out)) out[k] = reg[k];
  return out;
}

/**
 * The most terms a sequence of compromise match terms can consume: a term takes one, `{min,max}`
 * takes `max`, a group `(a b|c)` its longest choice; null when there is no bound (a greedy term
 * without max, or a `$` anchor, which needs the terms up to the end). Every other kind of term
 * (a word, #Tag, /regex/, ~fuzzy~, negation) matches one term.
 */
export function maxSpan(regs: readonly Reg[]): number | null {
  let total = 0;
  for (const reg of regs) {
    if (reg.end) return null;
    let one = 1;
    if (reg.choices) {
      one = 0;
      for (const choice of reg.choices) {
        const n = maxSpan(choice);
        if (n === null) return null;
        one = Math.max(one, n);
      }
    }
    if (reg.greedy) {
      if (reg.max === undefined || !Number.isFinite(reg.max)) return null;
      one *= reg.max;
    }
    total += one;
  }
  return total;
}

/**
 * A test that is true for every term compromise's matcher could match with `reg` (it may also be
 * true for some that it would not), for a required word, #Tag, /regex/, (word|word) term, or an
 * alternation `(a b|#Tag)` whose every choice starts with such a term (compromise matches a choice
 * term by term from the first); null for any other first term (optional, negated, greedy,
 * anchored…), which then starts anywhere. It reads the fields compromise compares for terms built
 * by compromise-terms.ts (no machine form, alias or root).
 */
function firstTermTest(reg: Reg): ((t: NlpTerm) => boolean) | null {
  if (reg.optional || reg.negative || reg.greedy || reg.anything || reg.fuzzy || reg.start || reg.end || reg.use || reg.id !== undefined) return null;
  const { word, tag, fastOr } = reg;
  if (word !== undefined) return (t) => t.normal === word || t.text === word;
  if (tag !== undefined) return (t) => t.tags.has(tag);
  if (fastOr !== undefined) return (t) => fastOr.has(t.normal) || fastOr.has(t.text);
  const { regex, choices } = reg;
  // a global or sticky regex keeps state between tests: leave it to compromise alone
  if (regex !== undefined) return regex.global || regex.sticky ? null : (t) => regex.test(t.normal);
  if (choices !== undefined && reg.operator !== 'and' && choices.length > 0) {
    const tests = choices.map((choice) => (choice[0] === undefined ? null : firstTermTest(choice[0])));
    if (tests.some((test) => test === null)) return null;
    return (t) => tests.some((test) => test!(t));
  }
  return null;
}
