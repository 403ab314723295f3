import { describe, expect, it } from 'vitest';
import { findSoftBreaks } from '../../../src/segment/soft-breaks.js';
import { joinSoftBreaks } from '../../../src/segment/joined-text.js';

/** Line numbers (1-based) whose `\n` is soft. */
function softLines(text: string): number[] {
  const breaks = findSoftBreaks(text);
  const out: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') (breaks.has(i) && out.push(line), line++);
  return out;
}

// Written for this test: a paragraph wrapped at 16 characters between a title, a heading and a blank line.
const WRAPPED = [
  '青山镇工作报告',
  '一、主要举措',
  '镇党委坚持把法治建设摆在突出位',
  '置，全年召开专题会议六次，研究',
  '解决重点难点问题九个。',
  '（一）强化组织领导',
  '成立领导小组，由镇长任组长，副',
  '镇长任副组长，各办所负责人为成',
  '员，定期研究部署法治政府建设工',
  '',
  '作要点，确保各项任务落实到位。',
].join('\n');

describe('soft line breaks', () => {
  it('joins full lines of a paragraph and nothing else', () => {
    // line 5 ends a sentence, line 6 is a heading, line 9 is followed by a blank line
    expect(softLines(WRAPPED)).toEqual([3, 4, 7, 8]);
  });

  it('finds none in a text of one-line paragraphs of similar length', () => {
    const para = (n: number) => `${'镇党委坚持把法治建设摆在突出位置，全年召开专题会议，研究解决重点难点问题'.slice(0, n)}，取得明显成效。`;
    expect(softLines(['标题', para(30), para(32), para(33), para(31), para(34)].join('\n'))).toEqual([]);
  });

  it('finds none in a text of short lines of different lengths', () => {
    expect(softLines(['青山镇工作报告', '一、主要举措', '（一）强化组织领导', '成立领导小组。', '（二）完善工作机制', '制定议事规则。'].join('\n'))).toEqual([]);
  });

  it('a line ending on an opening mark goes on even when short', () => {
    const text = ['镇党委坚持把法治建设摆在突出位', '置，按照实施纲要（2021-', '2025年）的要求，研究解决重点', '难点问题九个，推动工作落实到位', '，定期研究部署法治政府建设工作', '确保各项任务落实到位。'].join('\n');
    expect(softLines(text)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('joined view', () => {
  it('maps offsets back to the stored text', () => {
    const text = 'ab  \n  cd\nef';
    const view = joinSoftBreaks(text, new Set([4]));
    expect(view.text).toBe('abcd\nef');
    expect(view.startAt(2)).toBe(7); // c
    expect(view.endAt(2)).toBe(2); // end after b
    expect(view.endAt(4)).toBe(9); // end after d
    expect(text.slice(view.startAt(1), view.endAt(3))).toBe('b  \n  c');
  });

  it('is the identity without soft breaks', () => {
    const view = joinSoftBreaks('abc', new Set());
    expect([view.text, view.startAt(1), view.endAt(3)]).toEqual(['abc', 1, 3]);
  });
});
