import type { SourceText } from '../core/source-text.js';
import type { Span } from '../core/span.js';
import type { Sentence } from './types.js';
import { isCjk, isDigit } from './char-class.js';

/** Marks that end a sentence (a line end ends one too). */
const SENTENCE_END = '。！？；!?;';
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = '”’」』）)】》';
/** Marks that end a clause inside a sentence; `,` and `:` only when not between digits (1,000 / 9:30). */
const CLAUSE_END = '，、；：,:;';
const DIGIT_BOUND = ',:';

/** Character classes by UTF-16 code, so the scans below look at each character once, without strings. */
const IS_END = 1;
const IS_CLOSER = 2;
const IS_CLAUSE_END = 4;
const IS_DIGIT_BOUND = 8;
const IS_NEWLINE = 16;
const CLASS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number): void => {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)]! |= bit;
};
mark(SENTENCE_END, IS_END);
mark(CLOSERS, IS_CLOSER);
mark(CLAUSE_END, IS_CLAUSE_END);
mark(DIGIT_BOUND, IS_DIGIT_BOUND);
mark('\n', IS_NEWLINE);

const SPACE = 0x20;
const NEWLINE = 0x0a;
const isSpace = (c: number): boolean => c === SPACE || c === NEWLINE;

/**
 * Sentences split on 。！？； and line ends. A soft line break (`softBreaks`: a `\n` inside a
 * hard-wrapped paragraph) does not end a sentence. Each sentence's clause spans are found when first
 * asked for (only a sentence too long to read whole needs them: see sentence-windows.ts).
 */
export function splitSentences(src: SourceText): Sentence[] {
  const { text, softBreaks } = src;
  const n = text.length;
  const out: Sentence[] = [];
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    let j = i;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (isCjk(c)) continue; // most characters (none is a mark): no table look-up
      const cls = CLASS[c]!;
      if (cls === 0) continue;
      if ((cls & IS_NEWLINE) !== 0 ? !softBreaks.has(j) : (cls & IS_END) !== 0) break;
    }
    if (j < n && text.charCodeAt(j) !== NEWLINE) {
      j++;
      while (j < n && (CLASS[text.charCodeAt(j)]! & IS_CLOSER) !== 0) j++;
    }
    let end = j;
    while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > i) out.push(new ScannedSentence(src, src.span(i, end)));
    i = j;
  }
  return out;
}

/** A sentence whose clauses are computed on first use, then kept (its only own field is `span`). */
class ScannedSentence implements Sentence {
  readonly #src: SourceText;
  #clauses: Span[] | null = null;
  constructor(
    src: SourceText,
    readonly span: Span,
  ) {
    this.#src = src;
  }

  get clauses(): readonly Span[] {
    this.#clauses ??= clausesOf(this.#src, this.span.start, this.span.end);
    return this.#clauses;
  }
}

/**
 * The clause spans of the sentence `[start, end)`, each ending after a clause mark (，、；： and the
 * sentence's closing ；), together covering it. Soft line breaks inside are no marks.
 */
function clausesOf(src: SourceText, start: number, end: number): Span[] {
  const { text } = src;
  const marks: number[] = [];
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (isCjk(c)) continue;
    if ((CLASS[c]! & IS_CLAUSE_END) !== 0) marks.push(j);
  }
  return clausesAt(src, start, end, marks, marks.length);
}

/**
 * Clause spans of `[start, end)`, each ending after its mark, together covering the range. The first
 * `count` of `marks` are the offsets of clause marks in it, ascending; a mark ends no clause when it
 * is the last character, nor a `,` or `:` between digits (1,000 / 9:30).
 */
function clausesAt(src: SourceText, start: number, end: number, marks: readonly number[], count: number): Span[] {
  const { text } = src;
  const out: Span[] = [];
  let from = start;
  for (let m = 0; m < count; m++) {
    const k = marks[m]!;
    if (k >= end - 1) break;
    if ((CLASS[text.charCodeAt(k)]! & IS_DIGIT_BOUND) !== 0 && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1))) continue;
    out.push(src.span(from, k + 1));
    from = k + 1;
  }
  out.push(src.span(from, end));
  return out;
}
