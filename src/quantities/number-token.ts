import { CHINESE_NUMERAL_RUN, isChineseNumeralStart, parseChineseNumeral } from './chinese-numerals.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import { wordAt } from './word-match.js';

export type NumberKind = 'arabic' | 'chinese' | 'placeholder';

/** The number part of a candidate: digits, a Chinese numeral or a placeholder mark. */
export interface NumberToken {
  readonly kind: NumberKind;
  /** offsets into the normalised text, half-open */
  readonly start: number;
  readonly end: number;
  /** the normalised text of the token */
  readonly text: string;
  /** numeric value; null for a placeholder */
  readonly value: number | null;
}

/**
 * 15,000 · 2.7 · 242 (full-width digits are already ASCII in the normalised text). A full-width
 * comma between digits groups thousands too when exactly three digits follow (１５，０００份): a
 * clause does not open with `000`. Typeset reports also group thousands with a space
 * (`3 457个`, `12 500 人`): a space followed by exactly three digits continues the number.
 */
const ARABIC = /\d{1,3}(?:[,，]\d{3}(?!\d))+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?/y;
/** Signs a negative value may start with (同比增长-0.5%). */
export const MINUS = '-−－';
const NOT_BEFORE_SIGN = /[0-9A-Za-z)）%\-−－~〜至到]/;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const GROUPING = /[,， \u00a0\u2009\u202f]/g;

/** Read the number token that starts at `pos`, if any. A malformed Chinese run yields its length only. */
export function readNumber(text: string, pos: number, lex: CompiledLexicon): NumberToken | { skip: number } | null {
  const ch = text[pos];
  if (ch === undefined) return null;
  if (MINUS.includes(ch) && isDigit(text[pos + 1]) && !NOT_BEFORE_SIGN.test(text[pos - 1] ?? ' ')) {
    // 同比增长-0.5%: a signed value (never after a digit or letter: 1-6月 and G-20 are no signs)
    const n = readNumber(text, pos + 1, lex) as NumberToken;
    return { ...n, start: pos, text: `-${n.text}`, value: -n.value! };
  }
  if (isDigit(ch)) {
    ARABIC.lastIndex = pos;
    const m = ARABIC.exec(text)!;
    return { kind: 'arabic', start: pos, end: pos + m[0].length, text: m[0], value: Number(m[0].replace(GROUPING, '')) };
  }
  const mark = wordAt(text, pos, lex.marks);
  if (mark) return { kind: 'placeholder', start: pos, end: pos + mark.length, text: mark, value: null };
  if (isChineseNumeralStart(ch)) {
    CHINESE_NUMERAL_RUN.lastIndex = pos;
    const run = CHINESE_NUMERAL_RUN.exec(text)![0];
    const value = parseChineseNumeral(run);
    if (value === null) return { skip: run.length };
    return { kind: 'chinese', start: pos, end: pos + run.length, text: run, value };
  }
  return null;
}

export const isToken = (t: NumberToken | { skip: number } | null): t is NumberToken => t !== null && 'kind' in t;
