import { describe, expect, test } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { analyzeStructure } from '../../../src/structure/index.js';
import { lastStartingAtOrBefore } from '../../../src/structure/locate.js';

const input = [
  '某某镇2023年法治政府建设年度报告',
  '2023年，某某镇稳步推进法治建设。',
  '一、主要举措和成效',
  '（一）加强领导',
  '一是召开会议5次。二是开展培训3场。',
  '二、2024年工作计划',
  '继续加强普法。',
].join('\n');
const src = createSourceText('t.txt', input);
const s = analyzeStructure(src);
const at = (needle: string) => input.indexOf(needle);

describe('locate', () => {
  test('before the first heading: empty path', () => {
    const loc = s.locate(at('稳步'));
    expect(loc.path).toEqual([]);
    expect(loc.role).toBe('other');
    expect(loc.sentence && src.slice(loc.sentence.span)).toBe('2023年，某某镇稳步推进法治建设。');
  });

  test('inside a nested section: path, inherited role, item, sentence', () => {
    const loc = s.locate(at('3场'));
    expect(loc.path.map((h) => h.title)).toEqual(['主要举措和成效', '加强领导']);
    expect(loc.role).toBe('results');
    expect(loc.item?.marker).toBe('二是');
    expect(loc.sentence && src.slice(loc.sentence.span)).toBe('二是开展培训3场。');
  });

  test('a later top section closes the earlier ones', () => {
    const loc = s.locate(at('普法'));
    expect(loc.path.map((h) => h.line)).toEqual([6]);
    expect(loc.role).toBe('plans');
    expect(loc.item).toBeNull();
  });

  test('section spans nest', () => {
    const [top, sub, next] = s.headings;
    expect(top!.section.end).toBe(next!.span.start);
    expect(sub!.section.end).toBe(next!.span.start);
    expect(next!.section.end).toBe(input.length);
  });

  test.each([
    [[], 5, -1],
    [[0, 10, 20], 0, 0],
    [[0, 10, 20], 9, 0],
    [[0, 10, 20], 10, 1],
    [[0, 10, 20], 99, 2],
    [[5], 4, -1],
  ])('lastStartingAtOrBefore(%j, %i) = %i', (starts, offset, want) => {
    expect(lastStartingAtOrBefore(starts, offset)).toBe(want);
  });
});
