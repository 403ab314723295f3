import type { SourceText } from '../core/source-text.js';
import { charTest, isWhitespace } from './char-class.js';
import { smallNumber } from './numerals.js';
import type { Item } from './types.js';

/**
 * Enumeration markers: `一是`, `二是`…, `第一，`…. They must stand where a clause can start:
 * at a line start or after a sentence or clause mark (so `统一是` is no item).
 */
const isNumeral = charTest('一二三四五六七八九十');
/** Marks an item may follow (besides whitespace and the text start). */
const isItemBoundary = charTest('。；;：:，,！!？?”）)');
/** What may follow `第一` for it to be an item. */
const isOrdinalEnd = charTest('，,、');
/** At most this many numerals make an item number (一 … 九十九). */
const MAX_NUMERALS = 3;

/** Items of the report in text order; each runs to the next item of its line or to the line end. */
export function findItems(src: SourceText): Item[] {
  const { text, softBreaks } = src;
  const found = findMarkers(text);
  let lineEnd = -1;
  return found.map((f, k) => {
    if (f.start > lineEnd) lineEnd = lineEndAt(text, f.start, softBreaks);
    const next = found[k + 1];
    let end = next && next.start < lineEnd ? next.start : lineEnd;
    while (end > f.start && isWhitespace(text.charCodeAt(end - 1))) end--;
    return { span: src.span(f.start, end), marker: f.marker, index: f.index };
  });
}

interface Marker {
  readonly start: number;
  readonly marker: string;
  readonly index: number;
}

/**
 * The item markers in one pass over the 是 and 第 of the text: at a 是, the run of one to three
 * numerals before it (`二是`); at a 第, the run after it when a comma follows (`第二，`); either at a
 * clause start.
 */
function findMarkers(text: string): Marker[] {
  const found: Marker[] = [];
  let shi = text.indexOf('是');
  let di = text.indexOf('第');
  while (shi !== -1 || di !== -1) {
    if (di === -1 || (shi !== -1 && shi < di)) {
      let r = shi;
      while (r > 0 && shi - r <= MAX_NUMERALS && isNumeral(text.charCodeAt(r - 1))) r--;
      if (r < shi && shi - r <= MAX_NUMERALS) add(found, text, r, r, shi, shi + 1);
      shi = text.indexOf('是', shi + 1);
    } else {
      let e = di + 1;
      while (e < text.length && e - di - 1 <= MAX_NUMERALS && isNumeral(text.charCodeAt(e))) e++;
      if (e > di + 1 && e - di - 1 <= MAX_NUMERALS && isOrdinalEnd(text.charCodeAt(e))) add(found, text, di, di + 1, e, e);
      di = text.indexOf('第', di + 1);
    }
  }
  return found;
}

/** Adds the marker `[start, end)` numbered by `[from, to)` when it stands at a clause start. */
function add(found: Marker[], text: string, start: number, from: number, to: number, end: number): void {
  if (!atClauseStart(text, start)) return;
  const index = smallNumber(text.slice(from, to));
  if (index >= 1) found.push({ start, marker: text.slice(start, end), index });
}

const atClauseStart = (text: string, at: number): boolean => {
  if (at === 0) return true;
  const prev = text.charCodeAt(at - 1);
  return isItemBoundary(prev) || isWhitespace(prev);
};

/** End of the (logical) line holding `offset`: the first `\n` that is not a soft break. */
function lineEndAt(text: string, offset: number, softBreaks: ReadonlySet<number>): number {
  let nl = text.indexOf('\n', offset);
  while (nl !== -1 && softBreaks.has(nl)) nl = text.indexOf('\n', nl + 1);
  return nl === -1 ? text.length : nl;
}
