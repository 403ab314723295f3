import type { SourceText } from '../core/source-text.js';
import type { Span } from '../core/span.js';
import type { PlacedQuantity } from '../core/document.js';
import type { Quantity } from '../quantities/quantity.js';
import type { Sentence, Structure } from '../structure/types.js';
import { MAX_SENTENCE, lastAtOrBefore, sentenceWindows } from './sentence-windows.js';

/**
 * Give every quantity its section path, role, item and sentence. The sentence of a quantity in a
 * sentence longer than MAX_SENTENCE is its reading window (see sentence-windows.ts).
 */
export function placeQuantities(src: SourceText, structure: Structure, quantities: readonly Quantity[]): PlacedQuantity[] {
  const windows = new Map<Sentence, { starts: number[]; spans: Span[] }>();
  const sentenceOf = (sentence: Sentence, offset: number): Span => {
    if (sentence.span.end - sentence.span.start <= MAX_SENTENCE) return sentence.span;
    let w = windows.get(sentence);
    if (!w) {
      const list = sentenceWindows(src, sentence);
      windows.set(sentence, (w = { starts: list.map((x) => x.chunkStart), spans: list.map((x) => x.window) }));
    }
    return w.spans[Math.max(0, lastAtOrBefore(w.starts, offset))]!;
  };
  return quantities.map((q, index) => {
    const loc = structure.locate(q.span.start);
    const innermost = loc.path[loc.path.length - 1];
    const sentence = loc.sentence ? sentenceOf(loc.sentence, q.span.start) : lineSpan(src, q.span.start);
    return {
      ...q,
      index,
      sectionPath: loc.path.map((h) => h.title),
      sectionLine: innermost?.line ?? null,
      role: loc.role,
      item: loc.item?.marker ?? null,
      sentence,
      sentenceText: src.slice(sentence),
    };
  });
}

/** The line around `offset` when it stands in no sentence, at most MAX_SENTENCE long around it. */
function lineSpan(src: SourceText, offset: number) {
  const { line } = src.lines.position(offset);
  const start = src.lines.lineStart(line);
  const next = src.lines.lineStart(line + 1);
  const end = Number.isNaN(next) ? src.raw.length : next - 1;
  if (end - start <= MAX_SENTENCE) return src.span(start, end);
  const from = Math.max(start, offset - MAX_SENTENCE / 4);
  return src.span(from, Math.min(end, from + MAX_SENTENCE));
}
