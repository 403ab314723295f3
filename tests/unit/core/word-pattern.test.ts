import { describe, expect, it } from 'vitest';
import { escapeRegExp, wordsPattern } from '../../../src/core/word-pattern.js';

describe('word patterns', () => {
  it('escapes every metacharacter: a word matches itself only', () => {
    const word = 'a.b*c(d)[e]{f}|g^h$i+j?k\\l';
    expect(new RegExp(`^${escapeRegExp(word)}$`).test(word)).toBe(true);
    expect(new RegExp(escapeRegExp('1.5')).test('105')).toBe(false);
  });

  it('matches any of the words, the longer first, and is null for none', () => {
    const p = wordsPattern(['调解', '调解成功', '(率)'], 'g')!;
    expect('调解成功率达95%，另有(率)'.match(p)).toEqual(['调解成功', '(率)']);
    expect(wordsPattern([])).toBeNull();
  });
});
