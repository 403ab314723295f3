/**
 * Character tests by UTF-16 code, for the scans of the stages: they look at each character once,
 * without making a one-character string or running a regex per position.
 */

/** A membership test for the characters of `chars` (one table lookup per call). */
export function charTest(chars: string): (code: number) => boolean {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return (code) => table[code] === 1;
}

/** What `/\s/` matches (ECMAScript WhiteSpace and LineTerminator); NaN (outside a string) is none. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A CJK unified ideograph (U+4E00–U+9FFF, as `/[\u4e00-\u9fff]/`); NaN (outside a string) is none. */
export const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Whether every character of a non-empty `text` is a CJK unified ideograph (as `/^[\u4e00-\u9fff]+$/`). */
export function allCjk(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isCjk(text.charCodeAt(i))) return false;
  return true;
}

/** What `/\d/` matches: an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
