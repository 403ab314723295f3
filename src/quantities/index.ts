import type { SourceText } from '../core/source-text.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import { buildExclusionContext, exclusionReason } from './exclusions.js';
import type { Quantity } from './quantity.js';
import { resolveCandidate } from './resolve.js';
import { scanCandidates } from './scan.js';

export type { Quantity, Candidate, UnitKind } from './quantity.js';
export type { CompiledLexicon, CompiledUnit } from './compile-lexicon.js';
export { compileLexicon } from './compile-lexicon.js';
export { loadLexicon } from './load-lexicon.js';
export { parseChineseNumeral } from './chinese-numerals.js';
export type { ExclusionReason } from './exclusions.js';

/** All quantities of a text, in text order, never overlapping: scan, drop exclusions, resolve. */
export function scanQuantities(src: SourceText, lex: CompiledLexicon): Quantity[] {
  const ctx = buildExclusionContext(src.text, lex);
  return scanCandidates(src.text, lex)
    .filter((c) => exclusionReason(c, ctx) === null)
    .map((c) => resolveCandidate(c, src, lex));
}

/** Every candidate with the reason it was dropped (null = kept): for `explain` and tests. */
export function traceQuantities(src: SourceText, lex: CompiledLexicon): Array<{ text: string; start: number; end: number; excluded: string | null }> {
  const ctx = buildExclusionContext(src.text, lex);
  return scanCandidates(src.text, lex).map((c) => ({
    text: src.raw.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    excluded: exclusionReason(c, ctx),
  }));
}
