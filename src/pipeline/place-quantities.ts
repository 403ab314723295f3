import type { SourceText } from '../core/source-text.js';
import type { PlacedQuantity } from '../core/document.js';
import type { Quantity } from '../quantities/quantity.js';
import type { Structure } from '../structure/types.js';

/** Give every quantity its section path, role, item and sentence. */
export function placeQuantities(src: SourceText, structure: Structure, quantities: readonly Quantity[]): PlacedQuantity[] {
  return quantities.map((q, index) => {
    const loc = structure.locate(q.span.start);
    const innermost = loc.path[loc.path.length - 1];
    const sentence = loc.sentence?.span ?? lineSpan(src, q.span.start);
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

function lineSpan(src: SourceText, offset: number) {
  const { line } = src.lines.position(offset);
  const start = src.lines.lineStart(line);
  const next = src.lines.lineStart(line + 1);
  return src.span(start, Number.isNaN(next) ? src.raw.length : next - 1);
}
