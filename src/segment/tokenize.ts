import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Jieba {
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string): boolean;
}

let jieba: Jieba | null = null;
const inserted = new Set<string>();

/** nodejieba, loaded once per process (or worker); its dictionaries load on first use. */
function load(): Jieba {
  jieba ??= require('nodejieba') as Jieba;
  return jieba;
}

/** Teach jieba words it must keep whole (rules/dictionary.yaml and the rule vocabulary). */
export function addUserWords(words: readonly string[]): void {
  const j = load();
  for (const word of words) {
    if (inserted.has(word)) continue;
    j.insertWord(word);
    inserted.add(word);
  }
}

/** A token as a half-open offset range into the text it was cut from. */
export interface TokenRange {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Segment `text[start, end)` with jieba (HMM on) and anchor every token to its offsets by forward
 * search; whitespace tokens are dropped.
 */
export function cutRange(text: string, start: number, end: number): TokenRange[] {
  const piece = text.slice(start, end);
  const out: TokenRange[] = [];
  let cursor = 0;
  for (const word of load().cut(piece, true)) {
    const at = piece.indexOf(word, cursor);
    if (at === -1) continue;
    cursor = at + word.length;
    if (word.trim() === '') continue;
    out.push({ text: word, start: start + at, end: start + cursor });
  }
  return out;
}
