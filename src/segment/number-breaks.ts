/**
 * A line break inside a number (`…受理案件6⏎6件`) is always soft, whether or not the text as a
 * whole looks hard-wrapped: a report line does not end on half a number. Without this, a wrap the
 * page-width vote misses (a short report, a page of tables) reads `6⏎6件` as 6件 instead of 66件.
 *
 * The break counts when the line before is prose (at least MIN_LINE_CHARS, no table bar `|`) and
 * ends on digits (or digits and a decimal point), and the next line goes on with digits and then
 * a unit or text on the same line. Not when the next line opens with a year or date (`2024年`,
 * a signature date under a phone number) or when the joined digits would make a code, not an amount.
 */
const MIN_LINE_CHARS = 10;
/** the digits a line ends on: 6 · 1,50 · 26. */
const TRAILING_NUMBER = /(\d[\d,]*(?:\.\d*)?)[ \t\u3000]*$/;
/** the digits a line starts with, then something that is not a digit, a blank or a table bar */
const LEADING_NUMBER = /^[ \t\u3000]*(\d[\d,.]*)(?=[^\d\s|,.])/;
const STARTS_WITH_DATE = /^[ \t\u3000]*\d{4}\s*[年/.-]|^[ \t\u3000]*\d{1,2}\s*[月日号时:：]/;
/** longest joined digit run still read as one amount (a 12-digit 元 sum; longer runs are codes) */
const MAX_DIGITS = 12;

/** Offsets of the `\n`s that split a number token. */
export function numberBreaks(text: string): Set<number> {
  const out = new Set<number>();
  let nl = text.indexOf('\n');
  let lineStart = 0;
  while (nl !== -1) {
    const next = text.indexOf('\n', nl + 1);
    const before = text.slice(lineStart, nl);
    if (/\d[ \t\u3000]*$/.test(before) || /\d\.$/.test(before)) {
      const after = text.slice(nl + 1, next === -1 ? text.length : next);
      if (splitsNumber(before, after)) out.add(nl);
    }
    lineStart = nl + 1;
    nl = next;
  }
  return out;
}

function splitsNumber(before: string, after: string): boolean {
  if (before.trim().length < MIN_LINE_CHARS || before.includes('|')) return false;
  const tail = TRAILING_NUMBER.exec(before);
  const head = LEADING_NUMBER.exec(after);
  if (!tail || !head || STARTS_WITH_DATE.test(after)) return false;
  const digits = (tail[1]! + head[1]!).replace(/[^\d]/g, '').length;
  return digits <= MAX_DIGITS;
}
