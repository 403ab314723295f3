/** Headings across genres: yearbook entries, news subheads, typeset markers, lost numerals. Texts written for this test. */
import { describe, expect, test } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { analyzeStructure } from '../../../src/structure/index.js';

const headings = (input: string) =>
  analyzeStructure(createSourceText('t.txt', input)).headings.map((h) => [h.line, h.level, h.marker, h.title]);

describe('headings of other genres', () => {
  test('a yearbook entry after its breadcrumb: the title inside 【】', () => {
    expect(headings('社会 司法行政 【法律援助】 2021年，全市办理法律援助案件1200件。')).toEqual([[1, 1, null, '法律援助']]);
    expect(headings('【公证工作】\n全年办理公证事项3000件。\n【人民调解】\n全年调解纠纷800件。')).toEqual([
      [1, 1, null, '公证工作'],
      [3, 1, null, '人民调解'],
    ]);
  });

  test('news subheads on their own lines, one with a colon; a line stating a figure is no headline', () => {
    const text = [
      '市热线全年运行平稳，群众满意度持续提升，各项指标均创新高。',
      '今年热线“成绩单”',
      '热线全年受理群众诉求120万件，同比增长3%，办结率99%，群众满意率97%。',
      '日均受理诉求3300件',
      '联动处置：打通服务群众“最后一米”',
      '某小区路灯损坏后，热线当天派单，次日即修复，居民纷纷点赞。',
    ].join('\n');
    expect(headings(text)).toEqual([
      [2, 1, null, '今年热线“成绩单”'],
      [5, 1, null, '联动处置：打通服务群众“最后一米”'],
    ]);
  });

  test('今年以来，… opens prose, not a headline', () => {
    const text = [
      '江城市热线工作情况',
      '现将全年热线工作情况报告如下，请审阅。',
      '热线概况',
      '热线受理诉求很多，办结及时，群众满意，成效明显。',
      '今年以来，热线运行平稳',
      '诉求办理提速明显，平均用时缩短，回访及时，群众认可。',
      '协同联动成效好',
      '部门协同处置诉求，效率提高明显，群众评价很好。',
    ].join('\n');
    expect(headings(text)).toEqual([
      [3, 1, null, '热线概况'],
      [7, 1, null, '协同联动成效好'],
    ]);
  });

  test('一 、 with a space before the 、', () => {
    expect(headings('一 、主要工作\n全年办理案件20件。\n二 、存在问题\n问题仍然存在。')).toEqual([
      [1, 1, '一 、', '主要工作'],
      [3, 1, '二 、', '存在问题'],
    ]);
  });

  test('a first heading whose numeral was lost keeps its place before 2、', () => {
    expect(headings('一、主要成效\n、调解网络不断完善。全县建成调解组织。\n2、调解队伍不断壮大。全县调解员增加。')).toEqual([
      [1, 1, '一、', '主要成效'],
      [2, 2, '、', '调解网络不断完善'],
      [3, 2, '2、', '调解队伍不断壮大'],
    ]);
  });

  test('after a lost paragraph break, a marker before a run of clauses is no heading', () => {
    const text = '全年经济运行总体平稳，发展质量稳步提升，主要指标好于预期，民生持续改善。 一、 综 合 初步核算，全年全县地区生产总值120亿元，按可比价格计算，比上年增长5.0%。';
    expect(headings(text)).toEqual([]);
  });
});
