import { describe, expect, test } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { analyzeStructure } from '../../../src/structure/index.js';

const best = (input: string, runs = 5): number => {
  const src = createSourceText('t.txt', input);
  analyzeStructure(src);
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyzeStructure(src);
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
};

describe('speed', () => {
  test('a 10 KB report takes well under 1 ms per KB', () => {
    const section = (n: number) =>
      `${'一二三四五六七八九十'[n]}、第${n + 1}部分工作情况\n（一）加强组织领导，压实工作责任。一是召开会议${n}次；二是开展培训${n + 2}场。\n1.规范执法程序。办理案件${n * 3}件。\n`;
    const input = `某县司法局2023年法治政府建设年度报告\n2023年，县司法局坚持依法行政。\n${Array.from({ length: 10 }, (_, i) => section(i)).join('').repeat(6)}`;
    expect(input.length * 3).toBeGreaterThan(10_000);
    expect(best(input)).toBeLessThan(10);
  });

  test.each([
    ['one long line without punctuation', '法治'.repeat(20_000)],
    ['many spaces after sentence ends', '。 一、 '.repeat(5_000)],
    ['many items on one line', '一是做。'.repeat(5_000)],
    ['many markers', '(一)\n1.\n①\n'.repeat(3_000)],
  ])('no blow-up on %s', (_name, input) => {
    expect(best(input, 2)).toBeLessThan(200);
  });
});
