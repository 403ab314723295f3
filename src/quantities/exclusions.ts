import type { CompiledLexicon } from './compile-lexicon.js';
import type { ScannedCandidate } from './scan.js';
import { wordAt, wordBefore } from './word-match.js';
import { anyContains, anyOverlaps, toRanges, type Range, type Ranges } from './near-ranges.js';

/**
 * Not-a-quantity filters: fixed phrases and slogans, ordinals, vague numbers, codes and formulas,
 * slogans in quotes, and 一 used as an indefinite article. Vocabulary comes from the lexicon;
 * the shapes are here.
 */
export type ExclusionReason = 'titled' | 'phrase' | 'ordinal' | 'vague' | 'joined' | 'quoted' | 'slogan-shape' | 'indefinite-one';

export interface ExclusionContext {
  readonly text: string;
  readonly lex: CompiledLexicon;
  readonly phrases: Ranges;
  readonly quotes: Ranges;
  readonly titles: Ranges;
}

const NUMERAL_CHARS = '一二两三四五六七八九十';
const PUNCTUATION = /[，,。；;：:、！!？?（）()“”"\n]/;
const ASCII_LETTER = /[A-Za-z]/;
const NUMBER_CHAR = /[0-9０-９一二两三四五六七八九十〇零]/;

/**
 * Numbered sessions after a term number: 六届七次全会, 十一届三次、四次、五次全会. The first is an
 * ordinal by its prefix 届; the list items after it are ordinals too, so the whole run is a phrase.
 */
/**
 * Titles of documents, laws and plans (`《服务企业十条措施》`, `《关于加强执法的20条意见》`): a number
 * inside names the document, it reports no amount. Longer stretches are not titles but stray marks.
 */
const TITLE_MARKS: readonly (readonly [string, string])[] = [['《', '》'], ['〈', '〉']];
const TITLE_MAX_LENGTH = 60;

const SESSION_RUN = /届[一二三四五六七八九十]+次(?:[、和及与][一二三四五六七八九十]+次)+/g;

export function buildExclusionContext(text: string, lex: CompiledLexicon): ExclusionContext {
  const phrases: Range[] = [];
  if (lex.phrasePattern) {
    for (const m of text.matchAll(lex.phrasePattern)) phrases.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SESSION_RUN)) phrases.push({ start: m.index, end: m.index + m[0].length });
  return {
    text,
    lex,
    phrases: toRanges(phrases),
    quotes: toRanges(quoteRanges(text, lex.quotes, lex.quoteMaxLength)),
    titles: toRanges(quoteRanges(text, TITLE_MARKS, TITLE_MAX_LENGTH)),
  };
}

/** Why a candidate is not a quantity, or null when it is one. */
export function exclusionReason(c: ScannedCandidate, ctx: ExclusionContext): ExclusionReason | null {
  const { text, lex } = ctx;
  const num = c.number;
  const chinese = num.kind === 'chinese';
  if (anyContains(ctx.titles, c.start, c.end)) return 'titled';
  if (anyOverlaps(ctx.phrases, num.start, c.end)) return 'phrase';
  if (wordBefore(text, skipSpacesBack(text, c.start), lex.ordinalPrefixes)) return 'ordinal';
  if (lex.ranks.units.has(c.unit.surface) && wordBefore(text, skipSpacesBack(text, c.start), lex.ranks.prefixes)) return 'ordinal';
  if (chinese && wordBefore(text, num.start, lex.vaguePrefixes)) return 'vague';
  if (isJoined(c, text, lex)) return 'joined';
  if (!chinese) return null;
  if (anyContains(ctx.quotes, num.start, c.end)) return 'quoted';
  if (NUMERAL_CHARS.includes(text[c.end] ?? '\0')) return 'slogan-shape'; // 一次一评, 三位一体
  if (num.text === '一' && !c.high && isIndefinite(c, text, lex)) return 'indefinite-one';
  return null;
}

/** 1+1+N, 3/4, 12·4, G20, 5×3: the number is part of a code, formula or day name. */
function isJoined(c: ScannedCandidate, text: string, lex: CompiledLexicon): boolean {
  const first = c.number;
  const last = c.high ?? c.number;
  if (wordBefore(text, first.start, lex.numberJoiners) || wordAt(text, last.end, lex.numberJoiners)) return true;
  // 9:30 and 3：1 are times and ratios; 网格初调：31名 is a label, then an amount
  const colon = wordBefore(text, first.start, lex.numericJoiners);
  if (colon && NUMBER_CHAR.test(text[first.start - colon.length - 1] ?? '')) return true;
  const colonAfter = wordAt(text, last.end, lex.numericJoiners);
  if (colonAfter && NUMBER_CHAR.test(text[last.end + colonAfter.length] ?? '')) return true;
  if (first.kind === 'chinese') return false;
  const before = text[first.start - 1] ?? '';
  if (ASCII_LETTER.test(before)) return true;
  if (first.kind === 'placeholder' && (/\d/.test(before) || ASCII_LETTER.test(text[first.end] ?? ''))) return true;
  return false;
}

/** 打造一支队伍, 一场深刻的变革: 一 as an article, not a count. */
function isIndefinite(c: ScannedCandidate, text: string, lex: CompiledLexicon): boolean {
  const { countUnits, followers, marker, window } = lex.indefiniteOne;
  if (!countUnits.has(c.unit.surface)) return true;
  const end = c.end;
  if (wordAt(text, end, followers)) return true;
  for (let i = end; i < Math.min(text.length, end + window); i++) {
    if (text.startsWith(marker, i)) return true;
    if (PUNCTUATION.test(text[i]!)) return false;
  }
  return false;
}

function skipSpacesBack(text: string, pos: number): number {
  while (pos > 0 && text[pos - 1] === ' ') pos--;
  return pos;
}

/** Offset of `close` at most `maxLength` characters after `from`, else -1. */
function closeWithin(text: string, close: string, from: number, maxLength: number): number {
  const last = Math.min(from + maxLength, text.length - close.length);
  for (let k = from; k <= last; k++) if (text.startsWith(close, k)) return k;
  return -1;
}

/** Insides of short quoted stretches on one line (“五个全覆盖”, 《十条措施》). */
function quoteRanges(text: string, marks: readonly (readonly [string, string])[], maxLength: number): Range[] {
  const out: Range[] = [];
  for (const [open, close] of marks) {
    let i = text.indexOf(open);
    while (i !== -1) {
      const from = i + open.length;
      // marks that differ are paired within maxLength: a search to the next close wherever it is
      // would read on through the text for every open mark that has none near (quadratic)
      const j = open === close ? text.indexOf(close, from) : closeWithin(text, close, from, maxLength);
      if (open === close && j === -1) break;
      if (j !== -1 && j - from <= maxLength && !text.slice(from, j).includes('\n')) out.push({ start: from, end: j });
      i = text.indexOf(open, open === close ? j + close.length : from);
    }
  }
  return out;
}
