import type { Observation, PlacedQuantity } from '../core/document.js';
import type { CompiledRule, RuleSet } from './compile.js';
import type { MatchToken } from './clause-tokens.js';
import { continueLists } from './continue-lists.js';
import { compileMatcher, tokenizeDocument, type Matcher, type NlpDoc } from './compromise-net.js';
import { isPlanSentence } from '../pipeline/plan-sentence.js';
import type { PatternHit, RuleOutcome, WindowTrace } from '../pipeline/extract-trace.js';

export interface Match {
  readonly rule: CompiledRule;
  readonly quantity: PlacedQuantity;
  readonly tokens: readonly MatchToken[];
  readonly tokenIndex: number;
}

/** At most this many terms go into one compromise document (memory stays flat on huge reports). */
const MAX_DOC_TERMS = 4000;

/**
 * Match indicator rules over the token windows of the sentences that hold quantities (see the
 * segment stage): windows that can satisfy no pattern are dropped first; the rest go into compromise
 * documents (one sentence per window, a few thousand terms per document), tagged by position and
 * swept with the rule net. Each window is bounded in length, so the whole stage is linear in the text.
 */
export function matchIndicators(windows: readonly (readonly MatchToken[])[], ruleSet: RuleSet, trace?: WindowTrace[]): Observation[] {
  const matcher = compileMatcher(ruleSet);
  const all = windows.map((tokens) => ({ tokens, tags: tokenTags(tokens, ruleSet.vocabulary), hits: [] as PatternHit[] }));
  const tagged = all.filter((w) => {
    const haves = havesOf(w);
    const triable = matcher.couldMatch(haves, w.tokens.length);
    if (trace) trace.push({ tokens: w.tokens, triable, tried: triable ? matcher.triedRules(haves, w.tokens.length) : [], hits: w.hits });
    return triable;
  });
  const matches: Match[] = [];
  for (let from = 0; from < tagged.length; ) {
    let to = from;
    for (let terms = 0; to < tagged.length && (to === from || terms + tagged[to]!.tokens.length <= MAX_DOC_TERMS); to++) terms += tagged[to]!.tokens.length;
    matchDocument(tagged.slice(from, to), ruleSet, matcher, matches, trace !== undefined);
    from = to;
  }
  matches.sort((a, b) => matcher.order(a.rule) - matcher.order(b.rule) || a.quantity.index - b.quantity.index);
  const observations = toObservations([...matches, ...continueLists(matches, ruleSet.vocabulary)]);
  if (trace) {
    const kept = new Set(observations.map((o) => `${o.quantityIndex}\0${o.ruleId}`));
    for (const hit of trace.flatMap((w) => w.hits)) {
      if (hit.outcome === 'observation' && !kept.has(`${hit.quantityIndex}\0${hit.ruleId}`)) hit.outcome = 'superseded by an earlier rule for the same indicator';
    }
  }
  return observations;
}

interface TaggedWindow {
  readonly tokens: readonly MatchToken[];
  /** the tags each token gets, by position */
  readonly tags: readonly (readonly string[])[];
  /** pattern hits, recorded when tracing */
  readonly hits: PatternHit[];
}

const HAN = /^[\u4e00-\u9fff]+$/;

/** A window's words (also in compromise's normal form) and `#Tags`, as compromise's sweep sees them. */
function havesOf(w: TaggedWindow): Set<string> {
  const haves = new Set<string>();
  w.tokens.forEach((t, i) => {
    haves.add(t.text);
    // compromise matches words by their normal form; a word of Chinese characters is its own
    if (!HAN.test(t.text)) haves.add(t.text.normalize('NFKC').toLowerCase());
    for (const tag of w.tags[i]!) haves.add(`#${tag}`);
  });
  return haves;
}

function matchDocument(windows: readonly TaggedWindow[], ruleSet: RuleSet, matcher: Matcher, matches: Match[], tracing: boolean): void {
  const doc = tokenizeDocument(windows.map((w) => w.tokens.map((t) => t.text)));
  const byTag = new Map<string, number[][]>();
  windows.forEach((w, s) =>
    w.tags.forEach((tags, i) => {
      for (const tag of tags) {
        const list = byTag.get(tag);
        if (list) list.push([s, i, i + 1]);
        else byTag.set(tag, [[s, i, i + 1]]);
      }
    }),
  );
  for (const [tag, pointers] of byTag) doc.update(pointers).tag(tag);
  // context / unless / notAfter patterns run only on the sentences where a rule pattern matched
  const ranges = new Map<string, Range[]>();
  const at = (pattern: string, s: number): Range[] => {
    const key = `${s}\0${pattern}`;
    let found = ranges.get(key);
    if (!found) ranges.set(key, (found = matchRanges(doc.update([[s]]), matcher, pattern)));
    return found;
  };
  for (const { rules, pattern, view } of doc.sweep(matcher.net, { tagger: false }).found) {
    const start = view.fullPointer[0]![1]!;
    for (const [s, i] of view.match(matcher.parsed(pattern)).groups('num').fullPointer as Array<[number, number]>) {
      const tokens = windows[s]!.tokens;
      const token = tokens[i];
      if (!token || token.role !== 'value' || !token.quantity) continue;
      for (const rule of rules) {
        const outcome = ruleOutcome(rule, token.quantity.unit, start, i, (p) => at(p, s));
        if (tracing) windows[s]!.hits.push({ ruleId: rule.id, pattern, quantityIndex: token.quantity.index, outcome });
        if (outcome === 'observation') matches.push({ rule, quantity: token.quantity, tokens, tokenIndex: i });
      }
    }
  }
}

/** Whether a rule whose pattern matched (from `start`) at value token `i` gives an observation, and if not why. */
function ruleOutcome(rule: CompiledRule, unit: string, start: number, i: number, at: (pattern: string) => Range[]): RuleOutcome {
  if (!rule.units.has(unit)) return 'unit not among the rule units';
  const from = rule.context ? lastStartBefore(at(rule.context), i) : start;
  if (from === null) return 'no context before the value';
  if (rule.unless && at(rule.unless).some(([u]) => u > from && u < i)) return 'cancelled by unless';
  if (rule.notAfter && at(rule.notAfter).some(([, end]) => end === from)) return 'cancelled by notAfter';
  return 'observation';
}

/**
 * Tags go on by position, not through compromise's tagger (which is not run at all): quantity
 * tokens get #Value / #Placeholder / #Unit / #Qualifier, punctuation #Punct, vocabulary words their
 * custom tags (not inside a 《book title》: 《行政处罚法》 names a law, not a penalty); values and
 * punctuation are also #Boundary, so `!#Boundary{1,3}` is a gap that crosses
 * no number and no clause (compromise cannot negate an alternation: `!(#A|#B)` never matches).
 */
const PUNCT = /^[\p{P}\p{S}]+$/u;
const NO_TAGS: readonly string[] = [];

function tokenTags(tokens: readonly MatchToken[], vocabulary: Readonly<Record<string, string[]>>): (readonly string[])[] {
  let inTitle = 0;
  return tokens.map((t) => {
    if (t.text === '《') inTitle++;
    else if (t.text === '》') inTitle = Math.max(0, inTitle - 1);
    if (t.role === 'value') return t.quantity!.placeholder ? ['Value', 'Boundary', 'Placeholder'] : ['Value', 'Boundary'];
    if (t.role === 'unit') return ['Unit'];
    if (t.role === 'qualifier') return ['Qualifier'];
    if (PUNCT.test(t.text)) return ['Punct', 'Boundary'];
    return inTitle === 0 ? (vocabulary[t.text] ?? NO_TAGS) : NO_TAGS;
  });
}

/** A half-open range of term indexes in one sentence. */
type Range = [start: number, end: number];

/** the term ranges where `pattern` matches in one sentence's view, ascending */
function matchRanges(sentence: NlpDoc, matcher: Matcher, pattern: string): Range[] {
  return (sentence.match(matcher.parsed(pattern)).fullPointer as Array<[number, number, number]>).map(([, start, end]) => [start, end]);
}

/** the last start among `ranges` before `value`, or null */
function lastStartBefore(ranges: readonly Range[], value: number): number | null {
  let last: number | null = null;
  for (const [s] of ranges) if (s < value) last = s;
  return last;
}

/** One observation per (quantity, indicator): the first rule in file order wins. */
function toObservations(matches: readonly Match[]): Observation[] {
  const seen = new Set<string>();
  const out: Observation[] = [];
  for (const { rule, quantity: q } of matches) {
    const key = `${q.index}\0${rule.indicatorId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      indicatorId: rule.indicatorId,
      ruleId: rule.id,
      quantityIndex: q.index,
      span: q.span,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      placeholder: q.placeholder,
      plan: q.role === 'plans' || isPlanSentence(q.sentenceText),
    });
  }
  return out.sort((a, b) => a.quantityIndex - b.quantityIndex);
}
