import type { SourceText } from '../core/source-text.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import { buildExclusionContext, exclusionReason } from './exclusions.js';
import type { Quantity } from './quantity.js';
import { resolveCandidate } from './resolve.js';
import { scanCandidates, type ScannedCandidate } from './scan.js';
import { joinSoftBreaks, type JoinedText } from '../segment/joined-text.js';
import type { NumberToken } from './number-token.js';

export type { Quantity, Candidate, UnitKind } from './quantity.js';
export type { CompiledLexicon, CompiledUnit } from './compile-lexicon.js';
export { compileLexicon } from './compile-lexicon.js';
export { parseChineseNumeral } from './chinese-numerals.js';
export type { ExclusionReason } from './exclusions.js';

/**
 * All quantities of a text, in text order, never overlapping: scan, drop exclusions, resolve.
 * The scan reads across soft line breaks (`受理案件12\n件`); spans are mapped back to the stored text.
 */
export function scanQuantities(src: SourceText, lex: CompiledLexicon): Quantity[] {
  const view = joinSoftBreaks(src.text, src.softBreaks);
  const ctx = buildExclusionContext(view.text, lex);
  return scanCandidates(view.text, lex)
    .filter((c) => exclusionReason(c, ctx) === null)
    .map((c) => resolveCandidate(toSource(c, view), src, lex));
}

/** A candidate found in the joined view, with its offsets in the stored text. */
function toSource(c: ScannedCandidate, view: JoinedText): ScannedCandidate {
  if (view.endAt(c.end) === c.end) return c; // no soft break before its end: offsets are already the stored ones
  const token = (t: NumberToken): NumberToken => ({ ...t, start: view.startAt(t.start), end: view.endAt(t.end) });
  const unitAt = c.unitAt ? ([view.startAt(c.unitAt[0]), view.endAt(c.unitAt[1])] as const) : null;
  return { ...c, start: view.startAt(c.start), end: view.endAt(c.end), number: token(c.number), high: c.high ? token(c.high) : null, unitAt };
}

/** Every candidate with the reason it was dropped (null = kept): for `explain` and tests. */
export function traceQuantities(src: SourceText, lex: CompiledLexicon): Array<{ text: string; start: number; end: number; excluded: string | null }> {
  const view = joinSoftBreaks(src.text, src.softBreaks);
  const ctx = buildExclusionContext(view.text, lex);
  return scanCandidates(view.text, lex).map((c) => {
    const at = toSource(c, view);
    return { text: src.raw.slice(at.start, at.end), start: at.start, end: at.end, excluded: exclusionReason(c, ctx) };
  });
}
