import { describe, expect, it } from 'vitest';
import { isBareRound, parseChineseNumeral } from '../../../src/quantities/chinese-numerals.js';

describe('parseChineseNumeral', () => {
  const cases: Array<[string, number | null]> = [
    ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十一', 21], ['一百', 100],
    ['一百零五', 105], ['三百', 300], ['一千二百', 1200], ['两千', 2000], ['两千五', 2500],
    ['一万', 10000], ['一万二', 12000], ['三万五千', 35000], ['一百零五万', 1050000], ['一亿', 1e8],
    ['一亿二千万', 1.2e8], ['万', 10000], ['百', 100], ['千万', 1e7], ['二〇二三', 2023], ['零', 0],
    ['十四五', null], ['五一', null], ['四五', null], ['百千', null], ['', null],
  ];
  for (const [s, v] of cases) it(`${s || '(empty)'} → ${v}`, () => expect(parseChineseNumeral(s)).toBe(v));

  it('knows bare round numerals', () => {
    expect(isBareRound('万')).toBe(true);
    expect(isBareRound('千万')).toBe(true);
    expect(isBareRound('十')).toBe(false);
    expect(isBareRound('一万')).toBe(false);
  });
});
