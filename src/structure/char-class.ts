/**
 * Character tests by UTF-16 code, for the scans of the structure stage: they look at each character
 * once, without making a one-character string or running a regex per position.
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

/** What `/\d/` matches: an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
