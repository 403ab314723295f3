import { LineIndex, type Span } from './span.js';
import { normalizeText } from '../normalize/normalize.js';

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
  span(start: number, end: number): Span;
  /** the raw text under a span */
  slice(span: { start: number; end: number }): string;
}

export function createSourceText(file: string, raw: string): SourceText {
  const text = normalizeText(raw);
  const lines = new LineIndex(raw);
  return {
    file,
    raw,
    text,
    lines,
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
