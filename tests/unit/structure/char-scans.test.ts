import { describe, expect, test } from 'vitest';
import { LineIndex } from '../../../src/core/span.js';
import { createSourceText } from '../../../src/core/source-text.js';
import { isDigit, isWhitespace } from '../../../src/structure/char-class.js';
import { findItems } from '../../../src/structure/items.js';
import { smallNumber } from '../../../src/structure/numerals.js';

/**
 * The structure stage scans by character code instead of regexes; these tests hold the scans to the
 * regex grammar they replace, over every code unit and over generated texts.
 */

/** A fixed pseudo-random sequence, so every run tests the same texts. */
function* texts(count: number, alphabet: readonly string[], maxPieces: number): Generator<string> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let t = 0; t < count; t++) {
    let s = '';
    const n = Math.floor(next() * maxPieces);
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    yield s;
  }
}

describe('character classes', () => {
  test('isWhitespace and isDigit agree with \\s and \\d on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isWhitespace(c) !== /\s/.test(ch) || isDigit(c) !== /\d/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isWhitespace(Number.NaN)).toBe(false);
  });
});

/** The item grammar as a regex: the specification the one-pass scanner of items.ts follows. */
const ITEM_GRAMMAR = /(?<=^|[。；;：:，,！!？?\s”）)])(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，,、]))/gm;

describe('item markers', () => {
  const alphabet = ['一', '二', '十', '三', '是', '第', '一是', '十二是', '第三，', '，', ',', '、', '。', '；', '：', '！', '？', '”', '）', ')', ' ', '\n', '\u3000', '\r', '统', '甲'];
  test('the scanner finds exactly the markers of the item grammar', () => {
    let withItems = 0;
    for (const text of texts(3000, alphabet, 30)) {
      const want = [...text.matchAll(ITEM_GRAMMAR)].filter((m) => smallNumber(m[1] ?? m[2]!) >= 1).map((m) => [m.index, m[0]]);
      const got = findItems(createSourceText('t.txt', text)).map((it) => [it.span.start, it.marker]);
      expect(got, JSON.stringify(text)).toEqual(want);
      if (got.length > 0) withItems++;
    }
    expect(withItems).toBeGreaterThan(1000);
  });
});

describe('line positions', () => {
  test('position() answers the same in any order of questions', () => {
    const text = 'ab\n\ncd\nefg\n\n\nh';
    const ref = (offset: number) => {
      const before = text.slice(0, Math.max(0, offset));
      const line = before.split('\n').length;
      return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
    };
    const index = new LineIndex(text);
    const offsets = [0, 5, 1, 13, 12, 3, 3, 4, 11, 2, 7, 6, 0, 13, 8];
    for (const o of offsets) expect(index.position(o), `offset ${o}`).toEqual(ref(o));
  });
});
