import { describe, expect, it } from 'vitest';
import { requireRules } from '../../../src/rules/load.js';
import { extractReport } from '../../../src/pipeline/extract.js';

/**
 * The raw-text prefilter decides, before jieba, which sentences a rule could match. It must never
 * turn away a sentence a rule matches: the same report gives the same values with and without it
 * (a trace segments every sentence), and a word split over a wrapped line still counts as there.
 */
const ruleSet = requireRules('rules');
const prefilter = ruleSet.matcher.text;
const may = (text: string, units: string[]) => prefilter.mayMatch(text, 0, text.length, new Set(units));
const values = (text: string, trace: boolean) =>
  extractReport({ file: 't.txt', text, encoding: 'utf-8', sha256: '' }, { ruleSet, trace }).observations.map((o) => `${o.indicatorId}=${o.value}`);

describe('raw-text prefilter', () => {
  it('passes a sentence holding what a pattern needs, with a unit its rule takes', () => {
    expect(may('全年共受理行政复议案件12件', ['件'])).toBe(true);
  });

  it('turns away a sentence without any rule words, or whose units no rule takes', () => {
    expect(may('今年天气晴朗，气温升高了12', ['度'])).toBe(false);
    expect(may('全市共有人口12', ['万吨公里'])).toBe(false);
  });

  it('reads a word split over a wrapped line, padding and all', () => {
    // 法治宣传 is what the pattern needs here: split by spaces alone it is not there, over a line break it is
    expect(may('开展法治宣    传45场', ['场'])).toBe(false);
    expect(may('开展法治宣  \n  传45场', ['场'])).toBe(true);
    expect(may('开展法治宣\r\n传45场', ['场'])).toBe(true);
  });

  it('never changes what a report yields: the same values as when every sentence is segmented', () => {
    const report = [
      '一、行政复议工作',
      '全年共受理行政复议案件128件，办结120件，纠错19件。',
      '组织开展法治宣传活动45场，发放宣传资料1.2万余份。',
      '今年气温较往年偏高2度，降水量偏少15%。',
      '人民调解委员会调解矛盾纠纷312件，调解成功率达98.5%。',
    ].join('\n');
    const plain = values(report, false);
    expect(plain.length).toBeGreaterThanOrEqual(4);
    expect(plain).toEqual(values(report, true));
  });
});
