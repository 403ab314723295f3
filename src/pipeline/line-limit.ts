/**
 * The longest line a report may have, in UTF-16 units (about 3 MB of UTF-8 Chinese). Every stage is
 * linear in the text, but a line this long is a conversion that lost its line breaks (a PDF or web
 * page flattened into one line); at several MB it alone would take most of a worker's time budget
 * and memory, so it is refused up front with a reason instead.
 */
export const MAX_LINE_CHARS = 1_000_000;

/** Why `text` is refused (its first line over MAX_LINE_CHARS), or null. Linear, no allocation. */
export function lineTooLong(text: string, limit: number = MAX_LINE_CHARS): string | null {
  if (text.length <= limit) return null;
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > limit) {
      return `line ${line} has ${(end - start).toLocaleString('en')} characters; lines over ${limit.toLocaleString('en')} are refused (a conversion that lost its line breaks?)`;
    }
    start = end + 1;
  }
  return null;
}
