import { charTest, isDigit } from './char-class.js';
import { smallNumber } from './numerals.js';

/**
 * Marker grammar of Chinese official documents (GB/T 9704 and the variants reports use).
 * A family groups the spellings of one level: `（一）` and `(一)` are both 'cn-paren'; `1.` and `1、`
 * are both 'arabic-dot', so a report that mixes them by mistake keeps one level.
 */
export type MarkerFamily =
  | 'chapter' // 第一章 第一部分 第一篇
  | 'section' // 第一节
  | 'cn-dun' // 一、 一.
  | 'cn-paren' // （一） (一)
  | 'arabic-dot' // 1. 1、
  | 'arabic-paren' // （1） (1)
  | 'arabic-rparen' // 1) 1）
  | 'circled' // ① ②
  | 'headline'; // an unnumbered headline paragraph

export interface MarkerMatch {
  /** the marker as written */
  readonly marker: string;
  readonly family: MarkerFamily;
  /** its number: 一 → 1, ③ → 3 */
  readonly index: number;
  readonly start: number;
  /** offset just after the marker */
  readonly end: number;
}

const CN = '[一二三四五六七八九十]{1,3}';

/** Grammar rules, tried in order at one position (sticky regexes: no scanning, no backtracking blow-up). */
const MARKER_RULES: ReadonlyArray<{ family: (m: RegExpExecArray) => MarkerFamily; pattern: RegExp }> = [
  { family: (m) => (m[2] === '节' ? 'section' : 'chapter'), pattern: /第([一二三四五六七八九十\d]{1,3})(章|部分|篇|节)(?:[、.：:]|\s)?/y },
  { family: () => 'cn-paren', pattern: new RegExp(`[(（](${CN})[)）]`, 'y') },
  { family: () => 'arabic-paren', pattern: /[(（](\d{1,2})[)）]/y },
  // `一 、` with a space before the 、 (typeset and converted text)
  { family: () => 'cn-dun', pattern: new RegExp(`(${CN})(?:[ \u3000]?、|\\.(?!\\d))`, 'y') },
  { family: () => 'arabic-dot', pattern: /(\d{1,2})(?:、|\.(?![\d.]))/y },
  { family: () => 'arabic-rparen', pattern: /(\d{1,2})[)）]/y },
];

/** The first characters of the rules above: any other character opens no marker (a quick test before the regexes). */
const canOpenMarker = charTest('第(（一二三四五六七八九十0123456789');

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳

/** The heading marker that starts exactly at `pos` in `text`, or null. */
export function matchMarker(text: string, pos: number): MarkerMatch | null {
  const code = text.charCodeAt(pos);
  if (code >= CIRCLED_FIRST && code <= CIRCLED_LAST) {
    return { marker: text[pos]!, family: 'circled', index: code - CIRCLED_FIRST + 1, start: pos, end: pos + 1 };
  }
  if (!canOpenMarker(code)) return null;
  if (pos > 0 && isDigit(code) && isDigit(text.charCodeAt(pos - 1))) return null;
  for (const rule of MARKER_RULES) {
    rule.pattern.lastIndex = pos;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const index = smallNumber(m[1]!);
    if (!(index >= 1)) continue;
    const marker = m[0].trimEnd();
    return { marker, family: rule.family(m), index, start: pos, end: pos + m[0].length };
  }
  return null;
}

/** Families that may open a heading after a lost paragraph break inside a line (`…如下： 一、…`). */
export const MIDLINE_FAMILIES: ReadonlySet<MarkerFamily> = new Set(['chapter', 'section', 'cn-dun', 'cn-paren']);

/** Families whose numbered lines are often plain lists (of laws, of figures) rather than headings. */
export const LIST_PRONE_FAMILIES: ReadonlySet<MarkerFamily> = new Set(['arabic-dot', 'arabic-paren', 'arabic-rparen', 'circled']);
