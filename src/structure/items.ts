import type { SourceText } from '../core/source-text.js';
import { smallNumber } from './numerals.js';
import type { Item } from './types.js';

/**
 * Enumeration markers: `一是`, `二是`…, `第一，`…. They must stand where a clause can start:
 * at a line start or after a sentence or clause mark (so `统一是` is no item).
 */
const ITEM_MARKER = /(?<=^|[。；;：:，,！!？?\s”）)])(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，,、]))/gm;

/** Items of the report in text order; each runs to the next item of its line or to the line end. */
export function findItems(src: SourceText): Item[] {
  const { text, softBreaks } = src;
  const found: Array<{ start: number; marker: string; index: number }> = [];
  for (const m of text.matchAll(ITEM_MARKER)) {
    const index = smallNumber(m[1] ?? m[2]!);
    if (index >= 1) found.push({ start: m.index, marker: m[0], index });
  }
  let lineEnd = -1;
  return found.map((f, k) => {
    if (f.start > lineEnd) lineEnd = lineEndAt(text, f.start, softBreaks);
    const next = found[k + 1];
    let end = next && next.start < lineEnd ? next.start : lineEnd;
    while (end > f.start && /\s/.test(text[end - 1]!)) end--;
    return { span: src.span(f.start, end), marker: f.marker, index: f.index };
  });
}

/** End of the (logical) line holding `offset`: the first `\n` that is not a soft break. */
function lineEndAt(text: string, offset: number, softBreaks: ReadonlySet<number>): number {
  let nl = text.indexOf('\n', offset);
  while (nl !== -1 && softBreaks.has(nl)) nl = text.indexOf('\n', nl + 1);
  return nl === -1 ? text.length : nl;
}
