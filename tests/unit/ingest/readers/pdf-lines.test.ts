import { describe, expect, it } from 'vitest';
import { dropCjkSpacing, isPageNumber, joinParagraphs, pageLines, type PdfItem } from '../../../../src/ingest/readers/pdf-lines.js';

const item = (str: string, x: number, y: number, width: number, size = 12): PdfItem => ({ str, x, y, width, size });

describe('PDF text items → lines and paragraphs', () => {
  it('drops the space layout puts between Chinese and digits, keeps it between Latin words', () => {
    expect(dropCjkSpacing('受理案件 12 件，约 1.3 万人次，2023 年')).toBe('受理案件12件，约1.3万人次，2023年');
    expect(dropCjkSpacing('in 2023 the PDF')).toBe('in 2023 the PDF');
  });

  it('recognises page-number lines', () => {
    for (const l of ['- 3 -', '—12—', '3', '第3页', '第 3 页 共 9 页', '3/9']) expect(isPageNumber(l), l).toBe(true);
    for (const l of ['3个', '第3章', '一、总体情况']) expect(isPageNumber(l), l).toBe(false);
  });

  it('groups items by baseline, left to right; a wide gap is a table cell', () => {
    const lines = pageLines([
      item('61', 112, 485.6, 12), item('行政复议', 58, 485.7, 48), item('58', 190, 485.6, 12),
      item('全县受理', 56, 500, 48), item(' ', 104, 500, 2.4), item('12', 106.4, 500, 12), item('件。', 118.4, 500, 24),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['全县受理12件。', '行政复议\t61\t58']);
  });

  it('joins a full line that does not end a sentence with the next unindented line', () => {
    const page = [
      { text: '一、总体情况', left: 56, right: 150, size: 12 },
      { text: '全县共受理行政复议案件', left: 80, right: 540, size: 12 },
      { text: '61件，办结58件。', left: 56, right: 200, size: 12 },
      { text: '全年开展培训11期。', left: 80, right: 300, size: 12 },
      { text: '这一行写满了但以句号结束。', left: 56, right: 540, size: 12 },
      { text: '（二）下一节', left: 56, right: 200, size: 12 },
    ];
    expect(joinParagraphs([page])).toEqual([
      '一、总体情况', '全县共受理行政复议案件61件，办结58件。', '全年开展培训11期。', '这一行写满了但以句号结束。', '（二）下一节',
    ]);
  });

  it('starts a new paragraph at a numbered line even after a full line, by the soft-break test\'s own marks', () => {
    const page = [
      { text: '二、主要做法', left: 56, right: 150, size: 12 },
      { text: '这是一行写满了页面宽度却没有以标点结束的正文', left: 56, right: 540, size: 12 },
      { text: '①建立复议案件繁简分流机制', left: 56, right: 540, size: 12 },
      { text: '全年办结案件58件（含上年结转', left: 56, right: 540, size: 12 },
      { text: '第二篇 法治宣传', left: 56, right: 200, size: 12 },
      { text: '全年开展普法宣传活动12场”', left: 56, right: 540, size: 12 },
      { text: '下一行。', left: 56, right: 100, size: 12 },
    ];
    expect(joinParagraphs([page])).toEqual([
      '二、主要做法', '这是一行写满了页面宽度却没有以标点结束的正文', '①建立复议案件繁简分流机制全年办结案件58件（含上年结转',
      '第二篇 法治宣传', '全年开展普法宣传活动12场”下一行。',
    ]);
  });
});

