/** Meta across genres: speeches, statistical bulletins, centres' statistics. Texts written for this test. */
import { describe, expect, test } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { analyzeStructure } from '../../../src/structure/index.js';
import { completeOrg, deliveryOf, openingYear, placeIn, reviewedYear } from '../../../src/structure/review.js';

const meta = (input: string) => analyzeStructure(createSourceText('t.txt', input)).meta;

describe('speech-style reports', () => {
  const speech = [
    '政府工作报告',
    '——2024年1月20日在青山县第十八届人民代表大会第三次会议上',
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议。',
    '一、2023年工作回顾',
    '过去一年，全县生产总值增长5.1%。',
  ].join('\n');

  test('the organisation the speaker represents, completed with the county of the delivery line', () => {
    expect(meta(speech).org).toBe('青山县人民政府');
  });

  test('the year under review, not the year of delivery', () => {
    expect(meta(speech).year).toBe(2023);
    // without a 回顾 heading: the year before delivery
    expect(meta(speech.replace('一、2023年工作回顾', '一、过去一年的工作')).year).toBe(2023);
  });

  test('a delivery line is read as when and where', () => {
    expect(deliveryOf('——2024年1月20日在青山县第十八届人民代表大会第三次会议上')).toEqual({ year: 2024, place: '青山县第十八届人民代表大会第三次会议上' });
    expect(deliveryOf('青山县2023年法治政府建设情况')).toBeNull();
  });
});

describe('other genres', () => {
  test('a statistical bulletin names its county after the year', () => {
    expect(meta('2022年江源县国民经济和社会发展统计公报\n2022年，全县经济稳中有进。')).toMatchObject({ org: '江源县', year: 2022 });
  });

  test('a centre named in the opening sentence before a count', () => {
    expect(meta('2023年度江城市东湖区法律援助中心共办理法律援助案件900件。').org).toBe('江城市东湖区法律援助中心');
  });

  test('今年 with earlier years compared: the latest year written', () => {
    const opening = '全区出庭应诉率从2021年的20%提高到2022年的40%；今年以来继续提高，到2023年前9月达到70%。';
    expect(openingYear(opening, 300)).toBe(2023);
    expect(openingYear('2023年，全镇上下推进依法行政，制定2021-2025年规划。', 300)).toBe(2023);
  });

  test('a one-line report whose opening holds hundreds of thousands of years still gives one', () => {
    const opening = `今年以来，${Array.from({ length: 200_000 }, (_, i) => `${2001 + (i % 20)}年办结案件`).join('，')}。`;
    expect(openingYear(opening, 300)).toBe(2020);
  });
});

describe('completing an abbreviated name', () => {
  test('the place in the title completes a name that opens with its level', () => {
    expect(completeOrg('市市场监管局', placeIn(['江城市2023年法治政府建设情况报告']))).toBe('江城市市场监管局');
    expect(completeOrg('县人民政府', '青山县')).toBe('青山县人民政府');
  });

  test('unchanged when the levels differ or nothing names a place', () => {
    expect(completeOrg('县信访局', '江城市')).toBe('县信访局');
    expect(completeOrg('县信访局', null)).toBe('县信访局');
    expect(completeOrg('青山县司法局', '青山县')).toBe('青山县司法局');
  });

  test('reviewedYear needs a speech: a 回顾 heading alone in a report proves nothing', () => {
    expect(reviewedYear('一、2022年工作回顾', '2023年法治政府建设报告', null)).toBeNull();
    expect(reviewedYear('', '政府工作报告', { year: 2024, place: '' })).toBe(2023);
  });
});
