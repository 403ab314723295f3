import { describe, expect, it } from 'vitest';
import { quantitiesOf } from './helpers.js';

/** Cut a paragraph into lines of `width` characters, as a PDF or Word conversion stores a narrow page. */
const wrap = (s: string, width: number): string[] => s.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [];

/** A report written for this test, hard-wrapped at 14 characters: numbers and units fall apart. */
const PARAGRAPH =
  '全年共受理各类矛盾纠纷案件12件，调解成功率达到98.5%以上，发放宣传资料1,500余份，受教育群众2万余人次，组织干部集中学法十二次，投入法治宣传经费38.6万元。';
const WRAPPED = ['青山镇法治报告', '一、主要举措', ...wrap(PARAGRAPH, 14)].join('\n');

describe('quantities across soft line breaks', () => {
  const found = quantitiesOf(WRAPPED);

  it('reads a number and its unit on different lines', () => {
    expect(found.map((q) => [q.value, q.unit, q.qualifier])).toEqual([
      [12, '件', null],
      [98.5, '%', '以上'],
      [1500, '份', '余'],
      [20000, '人次', '余'],
      [12, '次', null],
      [386000, '元', null],
    ]);
  });

  it('gives the line where the quantity starts and keeps the stored offsets', () => {
    const split = found.filter((q) => q.text.includes('\n'));
    expect(split.length).toBeGreaterThan(0);
    for (const q of found) {
      expect(WRAPPED.slice(q.span.start, q.span.end)).toBe(q.text);
      const lineOfStart = WRAPPED.slice(0, q.span.start).split('\n').length;
      expect(q.span.line).toBe(lineOfStart);
    }
  });

  it('is the same as reading the unwrapped paragraph', () => {
    const flat = quantitiesOf(['青山镇法治报告', '一、主要举措', PARAGRAPH].join('\n'));
    expect(found.map((q) => [q.value, q.unit, q.qualifier])).toEqual(flat.map((q) => [q.value, q.unit, q.qualifier]));
  });

  it('leaves a text that is not wrapped alone', () => {
    expect(quantitiesOf('标题\n受理案件12\n件数统计表').map((q) => q.text)).toEqual([]);
  });
});
