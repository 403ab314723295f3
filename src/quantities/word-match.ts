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
}

const NONE: readonly string[] = [];

/** Compile `words` into a WordList (duplicates dropped, longest first). */
export function wordList(words: readonly string[]): WordList {
  const sorted = longestFirst(words).filter((w) => w !== '');
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  for (const w of sorted) {
    push(byFirst, w.charCodeAt(0), w);
    push(byLast, w.charCodeAt(w.length - 1), w);
  }
  return { words: sorted, byFirst, byLast };
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

/** The longest word of `list` that starts at `pos`, else null. */
export function wordAt(text: string, pos: number, list: WordList): string | null {
  if (pos >= text.length) return null;
  for (const w of list.byFirst.get(text.charCodeAt(pos)) ?? NONE) if (text.startsWith(w, pos)) return w;
  return null;
}

/** The longest word of `list` that ends at `pos`, not before `floor`. */
export function wordBefore(text: string, pos: number, list: WordList, floor = 0): string | null {
  if (pos < 1 || pos > text.length || pos - 1 < floor) return null;
  for (const w of list.byLast.get(text.charCodeAt(pos - 1)) ?? NONE) {
    const start = pos - w.length;
    if (start >= floor && text.startsWith(w, start)) return w;
  }
  return null;
}

/** Copy of `words` without duplicates, longest first (ties keep their order). */
function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}
