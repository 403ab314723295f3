import { describe, expect, test } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { splitSentences } from '../../../src/structure/sentences.js';

const texts = (input: string) => {
  const src = createSourceText('t.txt', input);
  return splitSentences(src).map((s) => ({ sentence: src.slice(s.span), clauses: s.clauses.map((c) => src.slice(c)) }));
};

describe('splitSentences', () => {
  test.each([
    ['甲。乙！丙？', ['甲。', '乙！', '丙？']],
    ['开展培训；组织考试。', ['开展培训；', '组织考试。']],
    ['标题行\n正文一句。', ['标题行', '正文一句。']],
    ['他说“好。”然后走了', ['他说“好。”', '然后走了']],
    ['half-width; mixed! end', ['half-width;', 'mixed!', 'end']],
    ['  前导空格。  \n\n', ['前导空格。']],
  ])('%s', (input, want) => {
    expect(texts(input).map((s) => s.sentence)).toEqual(want);
  });

  test.each([
    ['加强领导，压实责任、细化任务：全面推进。', ['加强领导，', '压实责任、', '细化任务：', '全面推进。']],
    ['共计1,200人,同比增长', ['共计1,200人,', '同比增长']],
    ['时间为9:30:开始', ['时间为9:30:', '开始']],
  ])('clauses of %s', (input, want) => {
    expect(texts(input)[0]!.clauses).toEqual(want);
  });

  test('clauses tile their sentence and carry line numbers', () => {
    const src = createSourceText('t.txt', '第一行。\n第二行，有两个分句。');
    const s = splitSentences(src);
    expect(s[1]!.span.line).toBe(2);
    for (const x of s) {
      expect(x.clauses[0]!.start).toBe(x.span.start);
      expect(x.clauses[x.clauses.length - 1]!.end).toBe(x.span.end);
    }
  });
});

describe('splitSentences across soft line breaks', () => {
  test('a soft break does not end a sentence; a hard one does', () => {
    const input = '甲乙丙丁戊\n己庚。辛壬\n癸。';
    // the soft break is given, not detected: this text is too short to look wrapped
    const src = { ...createSourceText('t.txt', input), softBreaks: new Set([input.indexOf('\n')]) };
    expect(splitSentences(src).map((s) => src.slice(s.span))).toEqual(['甲乙丙丁戊\n己庚。', '辛壬', '癸。']);
  });
});
