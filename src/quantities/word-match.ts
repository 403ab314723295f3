/** Longest-first word lookups at a position; the word lists come sorted by the lexicon compiler. */

/** The longest word of `words` (sorted longest first) that starts at `pos`, else null. */
export function wordAt(text: string, pos: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, pos)) return w;
  return null;
}

/** The longest word of `words` (sorted longest first) that ends at `pos`, not before `floor`. */
export function wordBefore(text: string, pos: number, words: readonly string[], floor = 0): string | null {
  for (const w of words) {
    const start = pos - w.length;
    if (start >= floor && text.startsWith(w, start)) return w;
  }
  return null;
}

/** Copy of `words` without duplicates, longest first (ties keep their order). */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}
