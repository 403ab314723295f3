import { describe, expect, it } from 'vitest';
import { startsWord, wordAt, wordBefore, wordList } from '../../../src/quantities/word-match.js';

describe('word lists', () => {
  const list = wordList(['以上', '以', '余', '多万', '余', '']);

  it('keep each word once, longest first, without the empty word', () => {
    expect(list.words).toEqual(['以上', '多万', '以', '余']);
  });

  it('find the longest word starting at a position, and none where no word starts', () => {
    expect(wordAt('三百以上人', 2, list)).toBe('以上');
    expect(wordAt('三百以下人', 2, list)).toBe('以');
    expect(wordAt('三百名人', 2, list)).toBeNull();
    expect(wordAt('三百余', 3, list)).toBeNull(); // past the end
  });

  it('find the longest word ending at a position, not reaching before the floor', () => {
    expect(wordBefore('一千多万元', 4, list)).toBe('多万');
    expect(wordBefore('一千多万元', 4, list, 3)).toBeNull();
    expect(wordBefore('共十余', 3, list)).toBe('余');
    expect(wordBefore('共十人', 3, list)).toBeNull();
  });

  it('know which characters start a word (a first character shared by two words counts once)', () => {
    const starts = [...'以多余'].map((c) => c.charCodeAt(0));
    for (let code = 0; code < 0x10000; code++) expect(startsWord(list, code)).toBe(starts.includes(code));
  });
});
