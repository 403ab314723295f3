import { LineIndex, type Span } from './span.js';
import { normalizeText } from '../normalize/normalize.js';
import { findSoftBreaks } from '../segment/soft-breaks.js';

/**
 * The text of one report as the stages see it.
 * `raw` is the decoded file; `text` is its 1:1 normalisation (same length, same offsets), so a span
 * indexes both: stages match on `text` and quote `raw`.
 */
export interface SourceText {
  readonly file: string;
  readonly raw: string;
  readonly text: string;
  readonly lines: LineIndex;
  /** offsets of the `\n`s a PDF/Word conversion put inside paragraphs (computed once, on first use) */
  readonly softBreaks: ReadonlySet<number>;
  span(start: number, end: number): Span;
  /** the raw text under a span */
  slice(span: { start: number; end: number }): string;
}

export function createSourceText(file: string, raw: string): SourceText {
  const text = normalizeText(raw);
  const lines = new LineIndex(raw);
  let softBreaks: ReadonlySet<number> | null = null;
  return {
    file,
    raw,
    text,
    lines,
    get softBreaks() {
      softBreaks ??= findSoftBreaks(text);
      return softBreaks;
    },
    span(start, end) {
      if (!(start >= 0 && start <= end && end <= raw.length)) {
        throw new RangeError(`span [${start}, ${end}) is outside ${file} (length ${raw.length})`);
      }
      const { line, column } = lines.position(start);
      return { file, start, end, line, column };
    },
    slice(span) {
      return raw.slice(span.start, span.end);
    },
  };
}
