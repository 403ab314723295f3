import { describe, expect, test } from 'vitest';
import { matchMarker } from '../../../src/structure/heading-markers.js';
import { smallNumber } from '../../../src/structure/numerals.js';

describe('matchMarker: one family, many spellings', () => {
  test.each([
    ['一、总体情况', '一、', 'cn-dun', 1],
    ['十二、其他', '十二、', 'cn-dun', 12],
    ['三.工作计划', '三.', 'cn-dun', 3],
    ['（一）完善机制', '（一）', 'cn-paren', 1],
    ['(四)加强监督', '(四)', 'cn-paren', 4],
    ['（二)混用括号', '（二)', 'cn-paren', 2],
    ['1.规范执法', '1.', 'arabic-dot', 1],
    ['12、强化培训', '12、', 'arabic-dot', 12],
    ['（3）开展宣传', '（3）', 'arabic-paren', 3],
    ['(10)其他', '(10)', 'arabic-paren', 10],
    ['2)补充说明', '2)', 'arabic-rparen', 2],
    ['③线下活动', '③', 'circled', 3],
    ['第一章 总则', '第一章', 'chapter', 1],
    ['第二部分 工作计划', '第二部分', 'chapter', 2],
    ['第三节 制度建设', '第三节', 'section', 3],
  ])('%s', (text, marker, family, index) => {
    expect(matchMarker(text, 0)).toMatchObject({ marker, family, index, start: 0 });
  });

  test.each([
    ['一是完善制度'],
    ['2023年以来'],
    ['3.5万元'],
    ['12315热线'],
    ['(社区)法律顾问'],
    ['(2021-2025年)'],
    ['第一，加强领导'],
    ['1+1+N模式'],
  ])('not a marker: %s', (text) => {
    expect(matchMarker(text, 0)).toBeNull();
  });

  test('a marker does not start inside a number', () => {
    expect(matchMarker('共12.件', 2)).toBeNull();
  });
});

describe('smallNumber', () => {
  test.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['7', 7], ['十十', Number.NaN], ['甲', Number.NaN],
  ])('%s → %s', (s, n) => {
    expect(smallNumber(s)).toBe(n);
  });
});
