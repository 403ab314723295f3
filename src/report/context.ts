/** Characters kept on each side of the quoted span. */
export const CONTEXT_RADIUS = 40;

const ELLIPSIS = '…';

/** A context cut in three: text before the span, the span itself, text after it. */
export interface ContextParts {
  readonly before: string;
  readonly mark: string;
  readonly after: string;
}

/**
 * The sentence around a span, trimmed to `radius` characters either side of it, with `…` where
 * text was cut and runs of whitespace (line breaks inside a sentence) folded to one space.
 * `sentenceStart`, `start` and `end` are offsets into the same text; `[start, end)` is half-open.
 */
export function contextParts(
  sentence: string,
  sentenceStart: number,
  start: number,
  end: number,
  radius: number = CONTEXT_RADIUS,
): ContextParts {
  const from = clamp(start - sentenceStart, 0, sentence.length);
  const to = clamp(end - sentenceStart, from, sentence.length);
  const left = Math.max(0, from - radius);
  const right = Math.min(sentence.length, to + radius);
  const fold = (s: string): string => s.replace(/\s+/g, ' ');
  return {
    before: `${left > 0 ? ELLIPSIS : ''}${fold(sentence.slice(left, from)).trimStart()}`,
    mark: fold(sentence.slice(from, to)),
    after: `${fold(sentence.slice(to, right)).trimEnd()}${right < sentence.length ? ELLIPSIS : ''}`,
  };
}

/** contextParts joined into one string. */
export function contextSnippet(
  sentence: string,
  sentenceStart: number,
  start: number,
  end: number,
  radius: number = CONTEXT_RADIUS,
): string {
  const { before, mark, after } = contextParts(sentence, sentenceStart, start, end, radius);
  return `${before}${mark}${after}`.trim();
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** The context string and where the span sits in it (half-open, UTF-16). */
export interface MarkedContext {
  readonly context: string;
  readonly mark: readonly [number, number];
}

export function markedContext(sentence: string, sentenceStart: number, start: number, end: number): MarkedContext {
  const { before, mark, after } = contextParts(sentence, sentenceStart, start, end);
  const lead = before.trimStart();
  const tail = after.trimEnd();
  return { context: `${lead}${mark}${tail}`, mark: [lead.length, lead.length + mark.length] };
}
