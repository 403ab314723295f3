import type { SourceText } from '../core/source-text.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import type { NumberToken } from './number-token.js';
import type { Quantity } from './quantity.js';
import type { ScannedCandidate } from './scan.js';
import { wordBefore } from './word-match.js';

/** Parsing: a scanned candidate → a Quantity with value in base units, unit, qualifier and change. */
export function resolveCandidate(c: ScannedCandidate, src: SourceText, lex: CompiledLexicon): Quantity {
  const span = src.span(c.start, c.end);
  const scale = c.multiplier * c.unit.scale;
  const placeholder = c.number.kind === 'placeholder';
  return {
    span,
    numberSpan: src.span(c.number.start, (c.high ?? c.number).end),
    unitSpan: c.unitAt ? src.span(c.unitAt[0], c.unitAt[1]) : null,
    text: src.slice(span),
    value: placeholder ? null : scaled(c.number, c.lowMultiplier ?? scale), // 3万至5万元: the low end's own 万 replaces the shared scale
    high: c.high ? scaled(c.high, scale) : null,
    unit: c.unit.unit,
    unitKind: c.unit.kind,
    qualifier: c.qualifiers.length ? c.qualifiers.join('+') : null,
    placeholder,
    change: changeBefore(src.text, c.start, lex),
  };
}

/** value × scale, rounded to 15 significant digits so 696.645万 is 6966450, not 6966449.999… */
function scaled(token: NumberToken, scale: number): number | null {
  if (token.value === null) return null;
  return Number((token.value * scale).toPrecision(15));
}

/** 同比增长17.1% → increase; 下降了3个百分点 → decrease. */
function changeBefore(text: string, start: number, lex: CompiledLexicon): Quantity['change'] {
  let at = start;
  while (at > 0 && text[at - 1] === ' ') at--;
  if (text[at - 1] === '了') at--;
  if (wordBefore(text, at, lex.increase)) return 'increase';
  if (wordBefore(text, at, lex.decrease)) return 'decrease';
  return null;
}
