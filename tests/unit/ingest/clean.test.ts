import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/ingest/clean.js';

const sp = (s: string): string => ' '.repeat(s.length);

describe('cleanText', () => {
  it.each([
    ['LF stays', 'a\nb\n', 'a\nb\n'],
    ['CRLF → LF', 'a\r\nb\r\n', 'a\nb\n'],
    ['lone CR → LF', 'a\rb\r', 'a\nb\n'],
    ['mixed', 'a\r\n\rb\n', 'a\n\nb\n'],
  ])('line ends: %s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it.each([
    ['[bookmark: _GoBack]今年，全县', `${sp('[bookmark: _GoBack]')}今年，全县`],
    ['一是[bookmark: _Toc123456]加强领导', `一是${sp('[bookmark: _Toc123456]')}加强领导`],
    ['图[image: 图片1.png]示', `图${sp('[image: 图片1.png]')}示`],
    ['[IMAGE: media/image3.jpeg]', sp('[IMAGE: media/image3.jpeg]')],
    ['[picture]', '         '],
    ['法\u200b治\u200d政\ufeff府', '法 治 政 府'],
    ['\uf0b7 开展普法', '  开展普法'],
  ])('blanks debris without moving offsets: %s', (input, expected) => {
    const out = cleanText(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('keeps the offset of every character after debris, and the line count', () => {
    const input = '标题\r\n[bookmark: _GoBack]共受理行政复议案件57件\r\n结尾';
    const out = cleanText(input);
    const lfInput = input.replace(/\r\n/g, '\n');
    expect(out.length).toBe(lfInput.length);
    expect(out.indexOf('57件')).toBe(lfInput.indexOf('57件'));
    expect(out.split('\n')).toHaveLength(3);
  });

  it('leaves ordinary brackets and placeholders alone', () => {
    const text = '[注]共受理*起，＊万余人次，XX镇（一）【说明】';
    expect(cleanText(text)).toBe(text);
  });
});
