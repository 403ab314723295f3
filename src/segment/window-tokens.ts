import type { SourceText } from '../core/source-text.js';
import type { PlacedQuantity } from '../core/document.js';
import { cutMany, type TokenRange } from './tokenize.js';
import { mergeNumberTokens } from './merge-numbers.js';
import { charTest } from '../structure/char-class.js';

/** A token the rule matcher sees; `quantity` is set on the tokens a quantity was split into. */
export interface MatchToken extends TokenRange {
  readonly quantity: PlacedQuantity | null;
  readonly role: 'value' | 'unit' | 'qualifier' | 'word';
}

/** The sentences of a report whose windows are wanted (each entry: one sentence's quantities). */
export interface ReportSentences {
  readonly src: SourceText;
  readonly sentences: readonly (readonly PlacedQuantity[])[];
}

/**
 * The text a sentence's rules read: from the sentence start to the end of the clause holding its
 * last quantity. jieba cuts the words between quantities; each quantity is one value token
 * (`约2.7万`, `*万余`), one unit token (`件`, `人次`) and, if any, one trailing qualifier (`以上`).
 * The word stretches of all the sentences of all the given reports go to jieba in one call (see
 * cutMany); each entry of a report's `sentences` is one sentence's quantities.
 */
export function reportsTokens(reports: readonly ReportSentences[]): MatchToken[][][] {
  const plans = reports.map(({ src, sentences }) => {
    const gaps: Array<[number, number]> = [];
    const ends = sentences.map((quantities) => {
      const end = windowEnd(src, quantities);
      let cursor = quantities[0]!.sentence.start;
      for (const q of quantities) {
        if (q.span.start > cursor) gaps.push([cursor, q.span.start]);
        cursor = Math.max(cursor, q.span.end);
      }
      if (end > cursor) gaps.push([cursor, end]);
      return end;
    });
    return { gaps, ends };
  });
  const cuts = cutMany(reports.map(({ src }, r) => ({ text: src.text, ranges: plans[r]!.gaps, softBreaks: src.softBreaks })));
  return reports.map(({ src, sentences }, r) => {
    const cut = cuts[r]!;
    const { ends } = plans[r]!;
    let g = 0;
    return sentences.map((quantities, k) => {
      const end = ends[k]!;
      const tokens: MatchToken[] = [];
      let cursor = quantities[0]!.sentence.start;
      for (const q of quantities) {
        if (q.span.start > cursor) tokens.push(...words(cut[g++]!));
        tokens.push(...quantityTokens(src.text, q));
        cursor = Math.max(cursor, q.span.end);
      }
      if (end > cursor) tokens.push(...words(cut[g++]!));
      return tokens;
    });
  });
}

/** Where the text the rules read for these quantities (of one sentence) ends: see reportsTokens. */
export function windowEnd(src: SourceText, quantities: readonly PlacedQuantity[]): number {
  return clauseEnd(src, quantities[quantities.length - 1]!.span.end, quantities[0]!.sentence.end);
}

const isClauseEnd = charTest('，,；;。！？!?\n');

/**
 * End of the clause that goes on from `from`: the next clause mark or hard line end (a soft break is
 * no end), at most `limit`. Read up to `limit` only: a search for the next mark wherever it is went
 * on through the rest of a text without marks for every window (quadratic).
 */
function clauseEnd(src: SourceText, from: number, limit: number): number {
  const { text } = src;
  for (let i = from; i < limit; i++) if (isClauseEnd(text.charCodeAt(i)) && !src.softBreaks.has(i)) return i;
  return limit;
}

function words(cut: readonly TokenRange[]): MatchToken[] {
  return mergeNumberTokens(cut).map((t): MatchToken => ({ text: t.text, start: t.start, end: t.end, quantity: null, role: 'word' }));
}

/** A quantity's tokens: the number (with its multiplier and leading qualifier), the unit where the scanner read it, and any qualifier after the unit. */
function quantityTokens(text: string, q: PlacedQuantity): MatchToken[] {
  const { span, unitSpan: unit } = q;
  if (!unit || q.unit === '') {
    // no unit written after the number (百分之九十五): a zero-width unit token stands for it
    const value: MatchToken = { text: text.slice(span.start, span.end), start: span.start, end: span.end, quantity: q, role: 'value' };
    return q.unit === '' ? [value] : [value, { text: q.unit, start: span.end, end: span.end, quantity: q, role: 'unit' }];
  }
  const out: MatchToken[] = [
    { text: text.slice(span.start, unit.start), start: span.start, end: unit.start, quantity: q, role: 'value' },
    { text: text.slice(unit.start, unit.end), start: unit.start, end: unit.end, quantity: q, role: 'unit' },
  ];
  if (unit.end < span.end) out.push({ text: text.slice(unit.end, span.end), start: unit.end, end: span.end, quantity: q, role: 'qualifier' });
  return out;
}
