import { describe, expect, test } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { analyzeStructure } from '../../../src/structure/index.js';
import { isOrgName, leadingOrgName } from '../../../src/structure/org-name.js';
import { findYears } from '../../../src/structure/years.js';

const meta = (input: string) => analyzeStructure(createSourceText('t.txt', input)).meta;

describe('meta: organisation and year', () => {
  test.each([
    ['青山区人民政府\n关于2023年法治政府建设情况的报告\n正文。', '青山区人民政府', 2023, 'annual-report'],
    ['湖滨街道2022年法治政府建设年度报告\n正文。', '湖滨街道', 2022, 'annual-report'],
    ['县农业农村局关于2021年度法治政府建设情况的报告\n正文。', '县农业农村局', 2021, 'annual-report'],
    ['2020年云溪镇上半年依法治镇工作总结\n正文。', '云溪镇', 2020, 'work-summary'],
    ['2024年,城关街道坚持依法行政,成效明显。\n一、主要举措', '城关街道', 2024, 'other'],
    ['2023年，在县委、县政府的领导下，县应急管理局坚持依法履职。', '县应急管理局', 2023, 'other'],
    ['区交通运输局持续推进依法行政，2022年办理案件30件。', '区交通运输局', 2022, 'other'],
    ['2023年，我局坚持依法行政。', null, 2023, 'other'],
    ['2023年以来，*镇坚持依法行政。', null, 2023, 'other'],
    ['五年来，全区坚持依法行政。', null, null, 'other'],
    ['一、案件办理情况\n2024年共受理案件12件。', null, 2024, 'other'],
    ['实施纲要(2021-2025年)印发以来，各项工作有序推进。', null, null, 'other'],
    ['尊敬的各位领导：\n今年以来，工作有序推进。', null, null, 'speech'],
    ['司法局2021年上半年工作总结\n正文。', '司法局', 2021, 'work-summary'],
    // an issuer separated from 关于 by a space
    ['青山县公安局 关于2023年法治政府建设工作情况的报告\n正文。', '青山县公安局', 2023, 'annual-report'],
    // joint issuers on one line or on lines of their own
    ['中共青山县委 青山县人民政府关于2023年度法治政府建设情况的报告\n正文。', '中共青山县委 青山县人民政府', 2023, 'annual-report'],
    ['中共青山县委\n青山县人民政府\n关于2023年度法治政府建设情况的报告\n正文。', '中共青山县委 青山县人民政府', 2023, 'annual-report'],
    // a document number above the title; an office as issuer; 印发 is a verb, not a name
    ['青政办〔2024〕3号\n青山县人民政府办公室\n关于印发青山县2024年法治政府建设工作要点的通知\n各乡镇：\n正文。', '青山县人民政府办公室', 2024, 'other'],
    ['关于印发青山县2024年法治政府建设工作要点的通知\n正文。', null, 2024, 'other'],
    // the date under the signature is not the year reported on
    ['青山县司法局2023年法治政府建设工作报告\n今年以来，我局坚持依法行政。\n青山县司法局\n2024年1月20日', '青山县司法局', 2023, 'annual-report'],
  ] as const)('%s', (input, org, year, kind) => {
    expect(meta(input)).toMatchObject({ org, year, kind });
  });

  test('a two-line title is joined', () => {
    expect(meta('2022年度法治政府建设工作报告和\n2023年工作思路\n2022年，县城管局坚持依法行政。').title).toBe(
      '2022年度法治政府建设工作报告和2023年工作思路',
    );
  });
});

describe('org names', () => {
  test.each([['县委依法治县办公室', true], ['印发青山县', false], ['稷下街道', true], ['区市场监管局', true], ['区', false], ['我镇', false], ['XX镇', false], ['泰顺', false], ['新市街道办事处', true], ['司法局', true], ['街道', false], ['办事处', false]])(
    'isOrgName(%s) = %s',
    (s, want) => expect(isOrgName(s)).toBe(want),
  );

  test.each([
    ['武清区司法局在区委领导下', '武清区司法局'],
    ['静海区法治政府建设情况报告', '静海区'],
    ['新受理行政复议案件151件', null],
    ['习近平总书记深刻指出', null],
  ])('leadingOrgName(%s) = %s', (s, want) => expect(leadingOrgName(s)).toBe(want));
});

describe('findYears', () => {
  test.each([
    ['2023年度', [2023]],
    ['二〇二三年工作', [2023]],
    ['12315热线和2024年', [2024]],
    ['共20234件', []],
  ])('%s', (s, want) => expect(findYears(s).map((y) => y.year)).toEqual(want));

  test('withNian keeps only years followed by 年', () => {
    expect(findYears('2023 年与2024名', true).map((y) => y.year)).toEqual([2023]);
  });
});
