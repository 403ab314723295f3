/**
 * Soft line breaks: the `\n`s that a PDF or Word conversion put inside a paragraph because the page
 * was narrow (`…受理案件12\n件…`). Reading stages treat them as if absent (a sentence, a heading title
 * and a quantity run across them) while every offset and line number stays that of the stored file.
 *
 * A text counts as hard-wrapped when most of its lines are about as long as its longest ones and those
 * are short (a page width, not a paragraph). Then a break is soft when the line before it is full (or
 * stops on an opening mark such as `2021-` or `《`), does not end on a sentence end, and the next line
 * is neither blank nor the start of a numbered section.
 *
 * A break inside a number (`6⏎6件`) is soft in any text: see number-breaks.ts.
 */
import { numberBreaks } from './number-breaks.js';
import { charTest, isWhitespace } from '../structure/char-class.js';

/**
 * Marks that end a paragraph's last line (a wrapped line rarely ends on one by chance, and then the
 * sentence ends there anyway), possibly followed by closing quotes and brackets.
 */
const isParagraphEnd = charTest('。！？；：!?;:');
const isCloser = charTest('"”’』」)）');
/**
 * A line that opens a numbered section (`一、` `（一）` `1.` `①` `第一章`): the break before it is a
 * paragraph break even when the line above is full (a long heading, a title). Sticky: tested at a
 * line's first non-blank character (`lastIndex`), in the text itself.
 */
const OPENS_SECTION = /(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:、|\.(?![\d.]))|[\u2460-\u2473]|第[一二三四五六七八九十\d]{1,3}(?:章|节|部分|篇))/y;
/** Marks a line cannot end a phrase on (`2021-`, `《`, `（`): in a wrapped text the line goes on, full or not. */
const isOpenEnd = charTest('-–—~(（《“‘');
/** The widest a wrapped page line gets, in half-width columns (about 60 Chinese characters). */
const MAX_PAGE_WIDTH = 124;
/** Fewer long lines than this say nothing about wrapping. */
const MIN_LINES = 4;
/** Share of the long lines that must be full (and not end a sentence) for the text to count as wrapped. */
const MIN_FULL_SHARE = 0.5;
/** A line is full from this share of the page width (in columns) or of the page length (in characters). */
const FULL_WIDTH_SHARE = 0.85;
const FULL_LENGTH_SHARE = 0.9;
/** Lines shorter than this (headings, signatures, dates) do not vote on the page width. */
const MIN_VOTING_CHARS = 10;

interface LineShape {
  /** offset of the `\n` that ends the line */
  readonly newline: number;
  readonly chars: number;
  readonly columns: number;
  readonly endsParagraph: boolean;
  readonly endsOpen: boolean;
  readonly opensSection: boolean;
}

let cachedText: string | null = null;
let cachedBreaks: ReadonlySet<number> = new Set();

/** Offsets of the soft `\n`s of `text` (empty for a text that is not hard-wrapped). */
export function findSoftBreaks(text: string): ReadonlySet<number> {
  if (text === cachedText) return cachedBreaks;
  const breaks = detect(text);
  for (const nl of numberBreaks(text)) breaks.add(nl);
  cachedText = text;
  cachedBreaks = breaks;
  return breaks;
}

function detect(text: string): Set<number> {
  const shapes = lineShapes(text);
  const voting = shapes.filter((s) => s.chars >= MIN_VOTING_CHARS);
  if (voting.length < MIN_LINES) return new Set();
  const pageColumns = percentile(voting.map((s) => s.columns), 0.9);
  const pageChars = percentile(voting.map((s) => s.chars), 0.9);
  if (pageColumns > MAX_PAGE_WIDTH) return new Set();
  const isFull = (s: LineShape): boolean => s.columns >= FULL_WIDTH_SHARE * pageColumns || s.chars >= FULL_LENGTH_SHARE * pageChars;
  // wrapped lines stop anywhere; paragraphs of one line (of similar lengths) end on 。
  const full = voting.filter((s) => isFull(s) && !s.endsParagraph);
  if (full.length < MIN_LINES || full.length < MIN_FULL_SHARE * voting.length) return new Set();
  const out = new Set<number>();
  for (let i = 0; i + 1 < shapes.length; i++) {
    const s = shapes[i]!;
    const next = shapes[i + 1]!;
    if (s.chars === 0 || next.chars === 0 || next.opensSection || s.endsParagraph || !(isFull(s) || s.endsOpen)) continue;
    out.add(s.newline);
  }
  return out;
}

/** Every line that ends with a `\n`, with its trimmed length in characters and in half-width columns. */
function lineShapes(text: string): LineShape[] {
  const out: LineShape[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    let end = nl === -1 ? text.length : nl;
    // the line's trimmed bounds, read in place (no copy of the line)
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    let columns = 0;
    for (let i = start; i < end; i++) columns += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
    out.push({
      newline: nl,
      chars: end - start,
      columns,
      endsParagraph: endsParagraph(text, start, end),
      endsOpen: end > start && isOpenEnd(text.charCodeAt(end - 1)),
      opensSection: end > start && opensSectionAt(text, start),
    });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** Whether a numbered section (`一、` `（一）` `1.` `①` `第一章`) opens at `at`, a line's first non-blank character. */
export function opensSectionAt(text: string, at: number): boolean {
  OPENS_SECTION.lastIndex = at;
  return OPENS_SECTION.test(text);
}

/**
 * Whether `text[start, end)` ends on a mark that ends a paragraph's last line, possibly followed by
 * closing quotes and brackets (the PDF reader joins its lines by the same test).
 */
export function endsParagraph(text: string, start = 0, end = text.length): boolean {
  let i = end - 1;
  while (i >= start && isCloser(text.charCodeAt(i))) i--;
  return i >= start && isParagraphEnd(text.charCodeAt(i));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
