/** Characters kept on each side of the quoted span. */
export const CONTEXT_RADIUS = 40;

const ELLIPSIS = '…';

/**
 * The sentence around a span, trimmed to `radius` characters either side of it, with `…` where
 * text was cut and runs of whitespace (line breaks inside a sentence) folded to one space.
 * `sentenceStart`, `start` and `end` are offsets into the same text; `[start, end)` is half-open.
 */
export function contextSnippet(
  sentence: string,
  sentenceStart: number,
  start: number,
  end: number,
  radius: number = CONTEXT_RADIUS,
): string {
  const from = clamp(start - sentenceStart, 0, sentence.length);
  const to = clamp(end - sentenceStart, from, sentence.length);
  const left = Math.max(0, from - radius);
  const right = Math.min(sentence.length, to + radius);
  const body = sentence.slice(left, right).replace(/\s+/g, ' ').trim();
  return `${left > 0 ? ELLIPSIS : ''}${body}${right < sentence.length ? ELLIPSIS : ''}`;
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));
