/**
 * Indicators of other genres (12345 hotline, 信访, 政府信息公开, 复议/应诉 statistics) through the real
 * rules and pipeline, next to the traps that must not feed them or the catalog's legal indicators.
 * Sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { requireRules } from '../../../src/rules/load.js';
import { extractReport } from '../../../src/pipeline/extract.js';
import type { RuleSet } from '../../../src/rules/compile.js';

const CASES: Array<[text: string, expected: Array<[string, number]>]> = [
  ['市12345热线全年受理群众诉求52.3万件，按期办结51.9万件，群众满意率为96.4%。', [['hotline.received', 523000], ['hotline.closed', 519000], ['hotline.satisfaction_rate', 96.4]]],
  ['工单分类：求决类1200件、咨询类860件、投诉类310件。', []],
  ['热线群众满意率同比提高1.2个百分点。', []],
  ['全年受理信访事项230件，办结226件，尚未办结4件。', [['petitions.cases', 230], ['petitions.closed', 226]]],
  ['全年共收到政府信息公开申请58件，主动公开政府信息1200条。', [['gov_info.requests', 58], ['gov_info.disclosed', 1200]]],
  ['全年审结行政复议案件90件，其中纠错17件，纠错率18.9%。', [['reconsideration.closed', 90], ['reconsideration.corrected', 17], ['reconsideration.correction_rate', 18.9]]],
  ['全年一审行政诉讼案件60件，败诉5件，败诉率8.3%。', [['litigation.cases', 60], ['litigation.lost', 5], ['litigation.loss_rate', 8.3]]],
];

let ruleSet: RuleSet;
beforeAll(() => {
  ruleSet = requireRules('rules');
});

describe('indicators of other genres', () => {
  for (const [text, expected] of CASES) {
    it(`${text} → ${expected.map(([id, v]) => `${id}=${v}`).join(', ') || 'nothing'}`, () => {
      const report = extractReport({ file: 'case.txt', text: `一、主要工作\n${text}\n`, encoding: 'utf-8', sha256: '' }, { ruleSet });
      expect(report.observations.filter((o) => !o.scope).map((o) => [o.indicatorId, o.value])).toEqual(expected);
    });
  }

  it('the catalog keeps the 26 ids first, in their order, and the genre indicators after them', () => {
    const ids = ruleSet.indicators.map((i) => i.id);
    expect(ids.slice(0, 3)).toEqual(['reconsideration.received', 'reconsideration.closed', 'litigation.cases']);
    expect(ids.indexOf('model_villages.count')).toBe(25);
    expect(ids.slice(26)).toEqual([
      'hotline.received', 'hotline.closed', 'hotline.satisfaction_rate', 'hotline.resolution_rate', 'petitions.closed',
      'gov_info.requests', 'reconsideration.corrected', 'reconsideration.correction_rate', 'litigation.lost', 'litigation.loss_rate',
    ]);
  });
});
