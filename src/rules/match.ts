import type { SourceText } from '../core/source-text.js';
import type { Observation, PlacedQuantity } from '../core/document.js';
import type { CompiledRule, RuleSet } from './compile.js';
import { sentenceTokens, type MatchToken } from './clause-tokens.js';
import { continueLists } from './continue-lists.js';
import { compromise, parsedPattern, requiredLiterals, ruleNet, type NlpDoc } from './compromise-net.js';
import { isPlanSentence } from '../pipeline/plan-sentence.js';

export interface MatchTimings {
  tokenizeMs: number;
  compromiseMs: number;
}

export interface Match {
  readonly rule: CompiledRule;
  readonly quantity: PlacedQuantity;
  readonly tokens: readonly MatchToken[];
  readonly tokenIndex: number;
}

/**
 * Match indicator rules over the sentences that hold quantities: one compromise document per
 * report (one sentence per quantity-bearing sentence), tagged by position, swept with the rule net.
 */
export function matchIndicators(
  src: SourceText,
  quantities: readonly PlacedQuantity[],
  ruleSet: RuleSet,
  timings?: MatchTimings,
): Observation[] {
  if (quantities.length === 0) return [];
  let t0 = performance.now();
  const literals = requiredLiterals(ruleSet);
  const canMatch = (ts: readonly MatchToken[]) =>
    !literals || ts.some((t) => t.role === 'word' && (ruleSet.vocabulary[t.text] !== undefined || literals.has(t.text)));
  const sentences = groupBySentence(quantities)
    .map((qs) => sentenceTokens(src, qs))
    .filter(canMatch);
  if (sentences.length === 0) return [];
  if (timings) timings.tokenizeMs += performance.now() - t0;
  t0 = performance.now();
  const net = ruleNet(ruleSet);
  const doc = compromise.tokenize(sentences.map((ts) => ts.map((t) => t.text)));
  tagTokens(doc, sentences, ruleSet.vocabulary);
  const ranges = new Map<string, Map<number, Range[]>>();
  const at = (pattern: string, s: number): Range[] => {
    let found = ranges.get(pattern);
    if (!found) ranges.set(pattern, (found = matchRanges(doc, pattern)));
    return found.get(s) ?? [];
  };
  const matches: Match[] = [];
  for (const { rules, pattern, view } of doc.sweep(net, { tagger: false }).found) {
    const start = view.fullPointer[0]![1]!;
    for (const [s, i] of view.match(parsedPattern(pattern)).groups('num').fullPointer as Array<[number, number]>) {
      const tokens = sentences[s]!;
      const token = tokens[i];
      if (!token || token.role !== 'value' || !token.quantity) continue;
      for (const rule of rules) {
        if (!rule.units.has(token.quantity.unit)) continue;
        const from = rule.context ? lastStartBefore(at(rule.context, s), i) : start;
        if (from === null) continue;
        if (rule.unless && at(rule.unless, s).some(([u]) => u > from && u < i)) continue;
        if (rule.notAfter && at(rule.notAfter, s).some(([, end]) => end === from)) continue;
        matches.push({ rule, quantity: token.quantity, tokens, tokenIndex: i });
      }
    }
  }
  if (timings) timings.compromiseMs += performance.now() - t0;
  matches.sort((a, b) => ruleOrder(ruleSet, a.rule) - ruleOrder(ruleSet, b.rule) || a.quantity.index - b.quantity.index);
  return toObservations([...matches, ...continueLists(matches, ruleSet.vocabulary)]);
}

const orders = new WeakMap<RuleSet, Map<CompiledRule, number>>();
function ruleOrder(ruleSet: RuleSet, rule: CompiledRule): number {
  let order = orders.get(ruleSet);
  if (!order) orders.set(ruleSet, (order = new Map(ruleSet.rules.map((r, i) => [r, i]))));
  return order.get(rule) ?? 0;
}

/**
 * Tags go on by position, not through compromise's tagger (which is not run at all): quantity
 * tokens get #Value / #Placeholder / #Unit / #Qualifier, punctuation #Punct, vocabulary words their
 * custom tags (not inside a 《book title》: 《行政处罚法》 names a law, not a penalty); values and
 * punctuation are also #Boundary, so `!#Boundary{1,3}` is a gap that crosses
 * no number and no clause (compromise cannot negate an alternation: `!(#A|#B)` never matches).
 */
const PUNCT = /^[\p{P}\p{S}]+$/u;

function tagTokens(doc: NlpDoc, sentences: readonly MatchToken[][], vocabulary: Readonly<Record<string, string[]>>): void {
  const byTag = new Map<string, number[][]>();
  const add = (tag: string, s: number, i: number) => {
    const list = byTag.get(tag);
    if (list) list.push([s, i, i + 1]);
    else byTag.set(tag, [[s, i, i + 1]]);
  };
  sentences.forEach((tokens, s) => {
    let inTitle = 0;
    tokens.forEach((t, i) => {
      if (t.text === '《') inTitle++;
      else if (t.text === '》') inTitle = Math.max(0, inTitle - 1);
      if (t.role === 'value') {
        add('Value', s, i);
        add('Boundary', s, i);
        if (t.quantity!.placeholder) add('Placeholder', s, i);
      } else if (t.role === 'unit') add('Unit', s, i);
      else if (t.role === 'qualifier') add('Qualifier', s, i);
      else if (PUNCT.test(t.text)) (add('Punct', s, i), add('Boundary', s, i));
      else if (inTitle === 0) for (const tag of vocabulary[t.text] ?? []) add(tag, s, i);
    });
  });
  for (const [tag, pointers] of byTag) doc.update(pointers).tag(tag);
}

/** A half-open range of term indexes in one sentence. */
type Range = [start: number, end: number];

/** sentence index → the term ranges where `pattern` matches in that sentence, ascending */
function matchRanges(doc: NlpDoc, pattern: string): Map<number, Range[]> {
  const out = new Map<number, Range[]>();
  for (const [s, start, end] of doc.match(parsedPattern(pattern)).fullPointer as Array<[number, number, number]>) {
    out.set(s, [...(out.get(s) ?? []), [start, end]]);
  }
  return out;
}

/** the last start among `ranges` before `value`, or null */
function lastStartBefore(ranges: readonly Range[], value: number): number | null {
  let last: number | null = null;
  for (const [s] of ranges) if (s < value) last = s;
  return last;
}

function groupBySentence(quantities: readonly PlacedQuantity[]): PlacedQuantity[][] {
  const groups: PlacedQuantity[][] = [];
  for (const q of quantities) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.sentence.start === q.sentence.start) last.push(q);
    else groups.push([q]);
  }
  return groups;
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
