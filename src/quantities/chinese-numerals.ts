/**
 * Chinese numeral grammar: 一千二百 → 1200, 两千五 → 2500, 十二 → 12, 三百零五 → 305,
 * 二〇二三 → 2023 (digit by digit). Tables, not language data: they do not vary by report.
 */

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);

/** 十/百/千 multiply the digit before them inside one section. */
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([['十', 10], ['百', 100], ['千', 1000]]);

/** 万/亿 close a section. */
const BIG_UNITS: ReadonlyMap<string, number> = new Map([['万', 1e4], ['亿', 1e8]]);

/** A maximal run of numeral characters, for a sticky match at a position. */
export const CHINESE_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿]+/y;

/** Characters a run may start with (not 零), as one string. */
export const NUMERAL_START_CHARS = '〇一二两三四五六七八九十百千万亿';

/** Characters a run may start with (not 零). */
export const isChineseNumeralStart = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== '零' && (DIGITS.has(ch) || SMALL_UNITS.has(ch) || BIG_UNITS.has(ch));

/** True for a bare round numeral without a digit (百, 千, 万, 千万): 万场 alone is a name, 近万场 an amount. */
export const isBareRound = (s: string): boolean => /^[百千万亿]+$/.test(s);

/** Value of a Chinese numeral, or null when the string is not a well-formed numeral (十四五). */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  if ([...s].every((ch) => DIGITS.has(ch) && ch !== '两')) {
    // digit by digit (二〇二三); a single digit is itself; two plain digits (五一) are not a number
    if (s.length === 1) return DIGITS.get(s)!;
    return s.length >= 3 ? Number([...s].map((ch) => DIGITS.get(ch)).join('')) : null;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity; // small units must descend inside a section
  let lastBig = Infinity;
  let prevUnit = 0; // the unit right before a trailing digit (两千五 → 5 × 100)
  for (const ch of s) {
    const d = DIGITS.get(ch);
    if (d !== undefined) {
      if (digit !== null && d !== 0 && digit !== 0) return null; // 四五
      digit = d;
      if (d === 0) prevUnit = 0;
      continue;
    }
    const small = SMALL_UNITS.get(ch);
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (digit ?? 1) * small;
      lastSmall = small;
      prevUnit = small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS.get(ch)!;
    if (big >= lastBig && big !== 1e8) return null;
    const value = section + (digit ?? (section === 0 ? 1 : 0));
    total = big === 1e8 ? (total + value) * big : total + value * big;
    lastBig = big;
    section = 0;
    lastSmall = Infinity;
    prevUnit = big;
    digit = null;
  }
  if (digit !== null && digit !== 0) section += prevUnit >= 100 ? (digit * prevUnit) / 10 : digit;
  return total + section;
}
