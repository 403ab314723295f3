import type { Observation, PlacedQuantity } from '../core/document.js';
import type { SourceText } from '../core/source-text.js';
import type { ScopeFile } from './scope-schema.js';
import { wordsPattern } from '../core/word-pattern.js';

/** rules/scope.yaml, compiled: what the scope stage needs. */
export interface CompiledScope {
  readonly negation: RegExp | null;
  readonly negationExceptions: RegExp | null;
  readonly subsetCues: readonly string[];
  readonly subsetEnds: readonly string[];
  readonly scopes: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp; readonly drop: boolean }>;
}

const alternation = (words: readonly string[]) => wordsPattern(words, 'gu');

export function compileScope(file: ScopeFile): CompiledScope {
  return {
    negation: alternation(file.negation.words),
    negationExceptions: alternation(file.negation.notWords),
    subsetCues: file.subset.cues,
    subsetEnds: file.subset.ends,
    scopes: file.scopes.map((s) => ({ name: s.name, pattern: new RegExp(s.pattern, 'u'), drop: s.drop })),
  };
}

/** No rules/scope.yaml: every match is a total. */
export const NO_SCOPE: CompiledScope = { negation: null, negationExceptions: null, subsetCues: [], subsetEnds: [], scopes: [] };

const CLAUSE_MARK = /[，,；;。！？!?、：:\n]/;
const SENTENCE_MARK = /[。！？!?；;\n]/;

/**
 * Status and scope of each match: a status word in the value's clause drops it (未化解纠纷12件);
 * a value after 其中 or in a clause naming a category, a group of participants, a topic or a rate
 * per head keeps its indicator with `scope` set — a sub-count, never the total.
 */
export function applyScope(src: SourceText, quantities: readonly PlacedQuantity[], observations: readonly Observation[], scope: CompiledScope): Observation[] {
  const text = src.text;
  const out: Observation[] = [];
  for (const o of observations) {
    const q = quantities[o.quantityIndex];
    if (!q) {
      out.push(o);
      continue;
    }
    const clause = clauseBefore(text, q.span.start, q.sentence.start);
    if (isNegated(clause, scope) || isNegated(clauseAfter(text, q.span.end, q.sentence.end), scope)) continue;
    const subset = subsetOf(o, q, observations, quantities, text, scope);
    const named = subset ? null : scope.scopes.find((s) => s.pattern.test(clause));
    if (named?.drop) continue;
    const name = subset ?? named?.name ?? null;
    out.push(name ? { ...o, scope: name } : o);
  }
  return out;
}

/** The text from the last clause mark before `pos` (not before the sentence start) up to `pos`. */
function clauseBefore(text: string, pos: number, sentenceStart: number): string {
  let i = pos;
  while (i > sentenceStart && !CLAUSE_MARK.test(text[i - 1]!)) i--;
  return text.slice(i, pos);
}

/** The text from `pos` up to the next clause mark (not beyond the sentence end). */
function clauseAfter(text: string, pos: number, sentenceEnd: number): string {
  let i = pos;
  while (i < sentenceEnd && !CLAUSE_MARK.test(text[i]!)) i++;
  return text.slice(pos, i);
}

function isNegated(clause: string, scope: CompiledScope): boolean {
  if (!scope.negation) return false;
  const masked = scope.negationExceptions ? clause.replace(scope.negationExceptions, (m) => '□'.repeat(m.length)) : clause;
  scope.negation.lastIndex = 0;
  return scope.negation.test(masked);
}

/**
 * `subset` when a 其中 stands before the value in its sentence and the stretch before that 其中 (its
 * sentence, or the sentence before when 其中 opens the sentence) states this indicator, or states no
 * amount at all. 全年需办理案件30件，其中办结28件: 28 is the number closed, a part of another total.
 */
function subsetOf(
  o: Observation,
  q: PlacedQuantity,
  observations: readonly Observation[],
  quantities: readonly PlacedQuantity[],
  text: string,
  scope: CompiledScope,
): string | null {
  if (q.unitKind === 'percent') return null; // 其中10月为89%: a rate of a part is no part of a rate
  const cueAt = lastCueBefore(text, q.span.start, q.sentence.start, scope.subsetCues);
  if (cueAt === null || subsetEnded(text, cueAt, q.span.start, scope.subsetEnds)) return null;
  // 其中 opening a sentence refers to the sentence before; inside one, to the clauses before it
  const opens = /^[\s\p{P}]*$/u.test(text.slice(q.sentence.start, cueAt));
  const from = opens ? previousSentenceStart(text, q.sentence.start) : q.sentence.start;
  const inWindow = (x: PlacedQuantity | undefined) => x !== undefined && x.span.end <= cueAt && x.span.start >= from;
  if (observations.some((p) => p.indicatorId === o.indicatorId && inWindow(quantities[p.quantityIndex]))) return 'subset';
  // the total is out of view (其中 opens the text): still a part
  return quantities.some(inWindow) ? null : 'subset';
}

/** A bracket opened before 其中 and closed before the value, or a clause opening with an end word (另有…). */
function subsetEnded(text: string, cueAt: number, pos: number, ends: readonly string[]): boolean {
  const open = Math.max(text.lastIndexOf('(', cueAt), text.lastIndexOf('（', cueAt));
  const close = Math.max(text.lastIndexOf(')', pos), text.lastIndexOf('）', pos));
  if (close > cueAt && open !== -1 && open >= text.lastIndexOf(')', cueAt) && open >= text.lastIndexOf('）', cueAt)) return true;
  for (let i = cueAt; i < pos; i++) {
    if (CLAUSE_MARK.test(text[i]!) && ends.some((e) => text.startsWith(e, i + 1))) return true;
  }
  return false;
}

function lastCueBefore(text: string, pos: number, sentenceStart: number, cues: readonly string[]): number | null {
  let best: number | null = null;
  // search the sentence only (not back to the start of the text): linear in the text overall
  const before = text.slice(sentenceStart, pos);
  for (const cue of cues) {
    const at = before.lastIndexOf(cue, before.length - cue.length);
    if (at >= 0 && (best === null || sentenceStart + at > best)) best = sentenceStart + at;
  }
  return best;
}

function previousSentenceStart(text: string, sentenceStart: number): number {
  let i = sentenceStart - 1;
  while (i > 0 && SENTENCE_MARK.test(text[i]!)) i--;
  while (i > 0 && !SENTENCE_MARK.test(text[i - 1]!)) i--;
  return Math.max(0, i);
}
