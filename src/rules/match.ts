import type { Observation, PlacedQuantity } from '../core/document.js';
import type { CompiledRule, RuleSet } from './compile.js';
import type { MatchToken } from '../segment/window-tokens.js';
import { continueLists } from './continue-lists.js';
import type { Matcher } from './compromise-net.js';
import { windowTerms, type WindowTerms } from './compromise-terms.js';
import { isPlanSentence } from '../pipeline/plan-sentence.js';
import { isCjk } from '../structure/char-class.js';
import type { PatternHit, RuleOutcome, WindowTrace } from '../pipeline/extract-trace.js';

export interface Match {
  readonly rule: CompiledRule;
  readonly quantity: PlacedQuantity;
  readonly tokens: readonly MatchToken[];
  readonly tokenIndex: number;
}

/**
 * Match indicator rules over the token windows of the sentences that hold quantities (see the
 * segment stage). Each window's tokens become compromise terms tagged by position; compromise's
 * match-net tells which patterns the window can satisfy (and, outside a trace, a pattern is tried
 * only if one of its rules accepts the unit of a value in the window); compromise's match engine
 * runs exactly those patterns on the window. Each window is bounded in length, so the whole stage is
 * linear in the text.
 */
export function matchIndicators(windows: readonly (readonly MatchToken[])[], ruleSet: RuleSet, trace?: WindowTrace[]): Observation[] {
  const { matcher } = ruleSet;
  const matches: Match[] = [];
  for (const tokens of windows) {
    const tags = tokenTags(tokens, ruleSet.vocabulary);
    const window = windowTerms(tokens, tags);
    const units = trace ? null : new Set(tokens.flatMap((t) => (t.role === 'value' ? [t.quantity!.unit] : [])));
    const candidates = matcher.candidates(window.haves, tokens.length, units);
    const hits: PatternHit[] = [];
    if (trace) trace.push({ tokens, triable: candidates.length > 0, tried: [...new Set(candidates.flatMap((c) => c.rules.map((r) => r.id)))], hits });
    if (candidates.length > 0) matchWindow(tokens, window, candidates, matcher, matches, trace ? hits : null);
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

function matchWindow(
  tokens: readonly MatchToken[],
  window: WindowTerms,
  candidates: ReturnType<Matcher['candidates']>,
  matcher: Matcher,
  matches: Match[],
  hits: PatternHit[] | null,
): void {
  // context / unless / notAfter patterns run only where a rule pattern matched, once per window
  const ranges = new Map<string, Range[]>();
  const at = (pattern: string): Range[] => {
    let found = ranges.get(pattern);
    if (!found) ranges.set(pattern, (found = matcher.find(window.terms, window.haves, pattern).map((m): Range => [m.start, m.end])));
    return found;
  };
  for (const { pattern, rules } of candidates) {
    for (const { start, num } of matcher.find(window.terms, window.haves, pattern)) {
      const token = tokens[num];
      if (!token || token.role !== 'value' || !token.quantity) continue;
      for (const rule of rules) {
        const outcome = ruleOutcome(rule, token.quantity.unit, start, num, at);
        hits?.push({ ruleId: rule.id, pattern, quantityIndex: token.quantity.index, outcome });
        if (outcome === 'observation') matches.push({ rule, quantity: token.quantity, tokens, tokenIndex: num });
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
const VALUE_TAGS: readonly string[] = ['Value', 'Boundary'];
const PLACEHOLDER_TAGS: readonly string[] = ['Value', 'Boundary', 'Placeholder'];
const UNIT_TAGS: readonly string[] = ['Unit'];
const QUALIFIER_TAGS: readonly string[] = ['Qualifier'];
const PUNCT_TAGS: readonly string[] = ['Punct', 'Boundary'];

function tokenTags(tokens: readonly MatchToken[], vocabulary: ReadonlyMap<string, readonly string[]>): (readonly string[])[] {
  let inTitle = 0;
  return tokens.map((t) => {
    if (t.text === '《') inTitle++;
    else if (t.text === '》') inTitle = Math.max(0, inTitle - 1);
    if (t.role === 'value') return t.quantity!.placeholder ? PLACEHOLDER_TAGS : VALUE_TAGS;
    if (t.role === 'unit') return UNIT_TAGS;
    if (t.role === 'qualifier') return QUALIFIER_TAGS;
    // a word that starts with a Chinese character is no punctuation: only other tokens need the test
    if (!isCjk(t.text.charCodeAt(0)) && PUNCT.test(t.text)) return PUNCT_TAGS;
    return inTitle === 0 ? (vocabulary.get(t.text) ?? NO_TAGS) : NO_TAGS;
  });
}

/** A half-open range of term indexes in one sentence. */
type Range = [start: number, end: number];

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
