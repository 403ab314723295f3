import type { SourceText } from '../core/source-text.js';
import type { Span } from '../core/span.js';
import type { PlacedQuantity } from '../core/document.js';
import type { Quantity } from '../quantities/quantity.js';
import type { Heading, Location, Sentence, Structure } from '../structure/types.js';
import { MAX_SENTENCE, sentenceWindows } from './sentence-windows.js';
import { lastStartingAtOrBefore } from '../structure/locate.js';

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
    return w.spans[Math.max(0, lastStartingAtOrBefore(w.starts, offset))]!;
  };
  // quantities come in text order: neighbours share a section, whose titles are listed once
  let lastPath: readonly Heading[] | null = null;
  let titles: readonly string[] = [];
  return quantities.map((q, index) => {
    const loc = structure.locate(q.span.start);
    if (loc.path !== lastPath) (lastPath = loc.path), (titles = loc.path.map((h) => h.title));
    const sentence = loc.sentence ? sentenceOf(loc.sentence, q.span.start) : lineSpan(src, q.span.start);
    return placed(q, index, titles, loc, sentence, src.slice(sentence));
  });
}

/**
 * The quantity with its place. Its fields are copied one by one, in their order, not spread: V8
 * copies a spread quantity and then extends it through a slow path (microseconds per quantity).
 */
function placed(q: Quantity, index: number, sectionPath: readonly string[], loc: Location, sentence: Span, sentenceText: string): PlacedQuantity {
  const { span, numberSpan, unitSpan, text, value, high, unit, unitKind, qualifier, placeholder, change, header } = q;
  const sectionLine = loc.path[loc.path.length - 1]?.line ?? null;
  const { role } = loc;
  const item = loc.item?.marker ?? null;
  return header === undefined
    ? { span, numberSpan, unitSpan, text, value, high, unit, unitKind, qualifier, placeholder, change, index, sectionPath, sectionLine, role, item, sentence, sentenceText }
    : { span, numberSpan, unitSpan, text, value, high, unit, unitKind, qualifier, placeholder, change, header, index, sectionPath, sectionLine, role, item, sentence, sentenceText };
}

/** The fields `placed` copies: the build fails when Quantity gains one that is not listed (and copied). */
export const COPIED_QUANTITY_FIELDS = {
  span: true, numberSpan: true, unitSpan: true, text: true, value: true, high: true, unit: true, unitKind: true, qualifier: true,
  placeholder: true, change: true, header: true,
} as const satisfies Record<keyof Quantity, true>;

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
