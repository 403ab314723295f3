import { startsWord, wordList } from '../quantities/word-match.js';
import { PIPELINE_TAGS } from './pipeline-tags.js';
import { allCjk } from '../structure/char-class.js';

/** What a net entry (one pattern) needs of a window, as compromise's match-net states it. */
export interface PatternNeeds {
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  /** units the pattern's rules accept for the value they capture */
  readonly units: ReadonlySet<string>;
}

/**
 * Whether a window's raw text could satisfy some pattern, decided BEFORE it is segmented: a token is
 * a piece of the text, so a word a pattern needs must be in the text, and a #Tag it needs must have
 * one of its vocabulary words in the text. Needs this cannot see in raw text (normal forms of Latin
 * or punctuation, the pipeline's own tags) count as present, so the test never turns away a window
 * that a pattern could match; it only spares jieba and compromise the windows no rule can use.
 */
export interface TextPrefilter {
  /** whether `text[start, end)` (line breaks inside it ignored) could satisfy a pattern with a value of one of `units` */
  mayMatch(text: string, start: number, end: number, units: ReadonlySet<string>): boolean;
}

const PIPELINE = new Set(PIPELINE_TAGS.map((t) => `#${t}`));

export function compileTextPrefilter(entries: readonly PatternNeeds[], vocabulary: ReadonlyMap<string, readonly string[]>): TextPrefilter {
  // what the text is searched for: each needed or wanted Chinese word, and every vocabulary word
  // (its tags are what it gives); everything else is assumed present
  const gives = new Map<string, string[]>();
  const give = (word: string, have: string) => {
    const list = gives.get(word);
    if (!list) gives.set(word, [have]);
    else if (!list.includes(have)) list.push(have);
  };
  const assumed = new Set<string>();
  for (const e of entries) {
    for (const need of [...e.needs, ...e.wants]) {
      if (need.startsWith('#')) {
        if (PIPELINE.has(need)) assumed.add(need);
      } else if (allCjk(need)) give(need, need);
      else assumed.add(need);
    }
  }
  for (const [word, tags] of vocabulary) for (const tag of tags) give(word, `#${tag}`);
  const words = wordList([...gives.keys()]);
  // the patterns by unit: a window whose units no rule takes needs no look at its text
  const byUnit = new Map<string, PatternNeeds[]>();
  for (const e of entries) for (const u of e.units) byUnit.set(u, [...(byUnit.get(u) ?? []), e]);
  const found = new Set<string>();
  const has = (key: string) => assumed.has(key) || found.has(key);
  const usable = (e: PatternNeeds) => {
    for (const n of e.needs) if (!has(n)) return false;
    if (e.wants.length === 0) return true;
    let wanted = 0;
    for (const w of e.wants) if (has(w)) wanted++;
    return wanted >= e.minWant;
  };
  return {
    mayMatch(text, start, end, units) {
      let patterns: readonly PatternNeeds[] = [];
      for (const u of units) {
        const more = byUnit.get(u);
        if (more) patterns = patterns.length === 0 ? more : [...patterns, ...more];
      }
      if (patterns.length === 0) return false;
      // a word split over a line break (a hard-wrapped paragraph) is one token: read the text without breaks
      const piece = hasLineBreak(text, start, end) ? text.slice(start, end).replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, '') : text;
      const [from, to] = piece === text ? [start, end] : [0, piece.length];
      found.clear();
      for (let i = from; i < to; i++) {
        const code = piece.charCodeAt(i);
        if (!startsWord(words, code)) continue;
        for (const w of words.byFirst.get(code)!) if (i + w.length <= to && piece.startsWith(w, i)) for (const have of gives.get(w)!) found.add(have);
      }
      return patterns.some(usable);
    },
  };
}

/** Whether text[start, end) holds a `\n` (read within the window only: indexOf would go on to the next one anywhere). */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
