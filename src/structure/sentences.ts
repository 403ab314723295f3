import type { SourceText } from '../core/source-text.js';
import type { Span } from '../core/span.js';
import type { Sentence } from './types.js';

/** Marks that end a sentence (a line end ends one too). */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》']);
/** Marks that end a clause inside a sentence; `,` and `:` only when not between digits (1,000 / 9:30). */
const CLAUSE_END = new Set(['，', '、', '；', '：', ',', ':', ';']);
const DIGIT_BOUND = new Set([',', ':']);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n';

/**
 * Sentences split on 。！？； and line ends, each with clause spans that tile it. A soft line break
 * (`softBreaks`: a `\n` inside a hard-wrapped paragraph) does not end a sentence.
 */
export function splitSentences(src: SourceText): Sentence[] {
  const { text, softBreaks } = src;
  const out: Sentence[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text[i])) i++;
    if (i >= text.length) break;
    let j = i;
    while (j < text.length && !(text[j] === '\n' && !softBreaks.has(j)) && !SENTENCE_END.has(text[j]!)) j++;
    if (j < text.length && text[j] !== '\n') {
      j++;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
    }
    let end = j;
    while (end > i && isSpace(text[end - 1])) end--;
    if (end > i) out.push({ span: src.span(i, end), clauses: splitClauses(src, i, end) });
    i = j;
  }
  return out;
}

/** Clause spans of `[start, end)`, each ending after its delimiter, together covering the range. */
export function splitClauses(src: SourceText, start: number, end: number): Span[] {
  const { text } = src;
  const out: Span[] = [];
  let from = start;
  for (let k = start; k < end - 1; k++) {
    const c = text[k]!;
    if (!CLAUSE_END.has(c)) continue;
    if (DIGIT_BOUND.has(c) && /\d/.test(text[k - 1] ?? '') && /\d/.test(text[k + 1] ?? '')) continue;
    out.push(src.span(from, k + 1));
    from = k + 1;
  }
  out.push(src.span(from, end));
  return out;
}
