/**
 * Longest-first word lookups at a position. A word list is compiled once (by the lexicon compiler)
 * into buckets by first and by last character, so a lookup reads only the words that can start (or
 * end) at that position, longest first, whatever the size of the list (the open class of measure
 * words has hundreds).
 */
export interface WordList {
  /** every word, without duplicates, longest first (ties keep their order) */
  readonly words: readonly string[];
  /** by the UTF-16 code of the first (last) character: a lookup reads a code, it makes no string */
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
  readonly byLast: ReadonlyMap<number, readonly string[]>;
  /** one bit per UTF-16 code: whether some word starts (ends) with it; most positions fail this test, without a map lookup */
  readonly firsts: Uint8Array;
  readonly lasts: Uint8Array;
}

/** Whether some word of `list` starts with the character of UTF-16 code `code`. */
export const startsWord = (list: WordList, code: number): boolean => (list.firsts[code >> 3]! & (1 << (code & 7))) !== 0;
const endsWord = (list: WordList, code: number): boolean => (list.lasts[code >> 3]! & (1 << (code & 7))) !== 0;

const NONE: readonly string[] = [];

/** Compile `words` into a WordList (duplicates dropped, longest first). */
export function wordList(words: readonly string[]): WordList {
  const sorted = longestFirst(words).filter((w) => w !== '');
  return sorted.length === 0 ? EMPTY : build(sorted);
}

function build(sorted: string[]): WordList {
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  const firsts = new Uint8Array(0x10000 >> 3);
  const lasts = new Uint8Array(0x10000 >> 3);
  for (const w of sorted) {
    const first = w.charCodeAt(0);
    const last = w.charCodeAt(w.length - 1);
    push(byFirst, first, w);
    push(byLast, last, w);
    setBit(firsts, first);
    setBit(lasts, last);
  }
  return { words: sorted, byFirst, byLast, firsts, lasts };
}

/** The list of no words, shared: a compiled lexicon has dozens (units without exceptions). */
const EMPTY: WordList = build([]);

function setBit(bits: Uint8Array, code: number): void {
  bits[code >> 3] = bits[code >> 3]! | (1 << (code & 7));
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

/** The longest word of `list` that starts at `pos`, else null. */
export function wordAt(text: string, pos: number, list: WordList): string | null {
  if (pos >= text.length) return null;
  const code = text.charCodeAt(pos);
  if (!startsWord(list, code)) return null;
  for (const w of list.byFirst.get(code) ?? NONE) if (text.startsWith(w, pos)) return w;
  return null;
}

/** The longest word of `list` that ends at `pos`, not before `floor`. */
export function wordBefore(text: string, pos: number, list: WordList, floor = 0): string | null {
  if (pos < 1 || pos > text.length || pos - 1 < floor) return null;
  const code = text.charCodeAt(pos - 1);
  if (!endsWord(list, code)) return null;
  for (const w of list.byLast.get(code) ?? NONE) {
    const start = pos - w.length;
    if (start >= floor && text.startsWith(w, start)) return w;
  }
  return null;
}

/** Copy of `words` without duplicates, longest first (ties keep their order). */
function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}
