/**
 * A text with its soft line breaks taken out, and the source map back to the stored text. Stages that
 * read across a soft break (the quantity scanner, jieba) work on `text`; every offset they report is
 * mapped back with `startAt`/`endAt`, so spans index the stored file exactly.
 */
export interface JoinedText {
  readonly text: string;
  /** source offset of a start offset in `text` */
  startAt(i: number): number;
  /** source offset of a (half-open) end offset in `text` */
  endAt(i: number): number;
}

const identity = (text: string): JoinedText => ({ text, startAt: (i) => i, endAt: (i) => i });

/** Remove each soft `\n` of `breaks` together with the spaces around it (line-end padding, indentation). */
export function joinSoftBreaks(text: string, breaks: ReadonlySet<number>, from = 0, to = text.length): JoinedText {
  const cuts = breaksWithin(breaks, from, to);
  if (cuts.length === 0) {
    if (from === 0 && to === text.length) return identity(text);
    const piece = text.slice(from, to);
    return { text: piece, startAt: (i) => from + i, endAt: (i) => from + i };
  }
  const map: number[] = [];
  let out = '';
  let pos = from;
  for (const nl of cuts) {
    let cutStart = nl;
    while (cutStart > pos && isPad(text[cutStart - 1])) cutStart--;
    let cutEnd = nl + 1;
    while (cutEnd < to && isPad(text[cutEnd])) cutEnd++;
    for (let k = pos; k < cutStart; k++) map.push(k);
    out += text.slice(pos, cutStart);
    pos = cutEnd;
  }
  for (let k = pos; k < to; k++) map.push(k);
  out += text.slice(pos, to);
  return {
    text: out,
    startAt: (i) => (i < map.length ? map[i]! : to),
    endAt: (i) => (i === 0 ? from : map[i - 1]! + 1),
  };
}

const isPad = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u3000';

const sortedBreaks = new WeakMap<ReadonlySet<number>, number[]>();

/** The breaks in [from, to), ascending: sorted once per set, then found by binary search. */
function breaksWithin(breaks: ReadonlySet<number>, from: number, to: number): number[] {
  if (breaks.size === 0) return [];
  let sorted = sortedBreaks.get(breaks);
  if (!sorted) sortedBreaks.set(breaks, (sorted = [...breaks].sort((a, b) => a - b)));
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i]! < to; i++) out.push(sorted[i]!);
  return out;
}
