import nlp from 'compromise';
import type { SourceText } from '../core/source-text.js';
import type { Observation, PlacedQuantity } from '../core/document.js';
import type { CompiledRule, RuleSet } from './compile.js';
import { PIPELINE_TAGS } from './compile.js';
import { sentenceTokens, type MatchToken } from './clause-tokens.js';
import { continueLists } from './continue-lists.js';

/** compromise takes pre-tokenized input as string[][] and a per-call lexicon; its types lack both. */
type NlpView = ReturnType<typeof nlp>;
const build = nlp as unknown as (input: string[][], lexicon: Record<string, string | string[]>) => NlpView;

let registered = new Set<string>();
function registerTags(names: readonly string[]): void {
  const missing = [...PIPELINE_TAGS, ...names].filter((n) => !registered.has(n));
  if (missing.length === 0) return;
  nlp.addTags(Object.fromEntries(missing.map((n) => [n, {}])));
  registered = new Set([...registered, ...missing]);
}

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
 * report, one sentence per quantity-bearing sentence, rules picked by the words present.
 */
export function matchIndicators(
  src: SourceText,
  quantities: readonly PlacedQuantity[],
  ruleSet: RuleSet,
  timings?: MatchTimings,
): Observation[] {
  if (quantities.length === 0) return [];
  let t0 = performance.now();
  const sentences = groupBySentence(quantities).map((qs) => sentenceTokens(src, qs));
  const candidates = new Set<CompiledRule>(ruleSet.always);
  for (const tokens of sentences) for (const t of tokens) for (const rule of ruleSet.triggers.get(t.text) ?? []) candidates.add(rule);
  if (timings) timings.tokenizeMs += performance.now() - t0;
  t0 = performance.now();
  registerTags(ruleSet.tagNames);
  const doc = build(sentences.map((ts) => ts.map((t) => t.text)), ruleSet.vocabulary);
  tagQuantities(doc, sentences);
  const captures = (pattern: string) => ((doc.match(pattern).groups('num') as NlpView).json({ offset: true }) as Capture[]);
  const matches: Match[] = [];
  for (const rule of ruleSet.rules) {
    if (!candidates.has(rule)) continue;
    const context = rule.context ? firstMatchBySentence(doc, rule.context) : null;
    for (const group of rule.match.flatMap(captures)) {
      const [s, i] = group.terms[0]!.index;
      if (context && !(context.get(s)! < i)) continue;
      const tokens = sentences[s]!;
      const token = tokens[i];
      if (!token || token.role !== 'value' || !token.quantity) continue;
      if (!rule.units.has(token.quantity.unit)) continue;
      matches.push({ rule, quantity: token.quantity, tokens, tokenIndex: i });
    }
  }
  if (timings) timings.compromiseMs += performance.now() - t0;
  return toObservations([...matches, ...continueLists(matches, ruleSet.vocabulary)]);
}

/**
 * Quantity tokens are tagged by position, not through the lexicon: compromise's own tagger would
 * otherwise win on surfaces like `X` (an Acronym) or `约2.7万`.
 */
function tagQuantities(doc: NlpView, sentences: readonly MatchToken[][]): void {
  const byRole = { value: [] as number[][], placeholder: [] as number[][], unit: [] as number[][], qualifier: [] as number[][] };
  sentences.forEach((tokens, s) =>
    tokens.forEach((t, i) => {
      if (t.role === 'word') return;
      byRole[t.role].push([s, i, i + 1]);
      if (t.role === 'value' && t.quantity!.placeholder) byRole.placeholder.push([s, i, i + 1]);
    }),
  );
  const update = (doc as unknown as { update(p: number[][]): NlpView }).update.bind(doc);
  if (byRole.value.length) update(byRole.value).tag('Value');
  if (byRole.placeholder.length) update(byRole.placeholder).tag('Placeholder');
  if (byRole.unit.length) update(byRole.unit).tag('Unit');
  if (byRole.qualifier.length) update(byRole.qualifier).tag('Qualifier');
}

/** sentence index → term index where `pattern` first matches in that sentence */
function firstMatchBySentence(doc: NlpView, pattern: string): Map<number, number> {
  const first = new Map<number, number>();
  for (const m of doc.match(pattern).json({ offset: true }) as Capture[]) {
    const [s, i] = m.terms[0]!.index;
    if (!first.has(s)) first.set(s, i);
  }
  return first;
}

type Capture = { terms: Array<{ index: [number, number] }> };

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
      plan: q.role === 'plans',
    });
  }
  return out.sort((a, b) => a.quantityIndex - b.quantityIndex);
}
