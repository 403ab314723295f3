/**
 * rules/scope.yaml through the real pipeline: status words drop a match, sub-counts keep their
 * indicator with a scope and never stand as the total. Sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { requireRules } from '../../../src/rules/load.js';
import { extractReport } from '../../../src/pipeline/extract.js';
import { toReportJson } from '../../../src/pipeline/report-json.js';
import { compileScope } from '../../../src/rules/scope.js';
import { ScopeFileSchema } from '../../../src/rules/scope-schema.js';
import type { RuleSet } from '../../../src/rules/compile.js';

/** [indicator id, value, scope (null: the total)] */
type Obs = [string, number | null, string | null];

const CASES: Array<[text: string, expected: Obs[]]> = [
  // negation and status
  ['全年受理矛盾纠纷40件，未化解纠纷3件。', [['disputes.received', 40, null]]],
  ['尚未办结信访案件2件。', []],
  ['不予受理信访事项5件。', []],
  ['注销执法证件的执法人员8名。', []],
  ['对未成年人开展法治宣传活动12场。', [['publicity.events', 12, null]]],
  // 其中: a part of the total just stated
  ['全县建立调委会20个，其中村级调委会17个、企业调委会3个。', [['mediation.committees', 20, null], ['mediation.committees', 17, 'subset'], ['mediation.committees', 3, 'subset']]],
  ['全县现有100个人民调解委员会，其中，村级调委会90个。', [['mediation.committees', 100, null], ['mediation.committees', 90, 'subset']]],
  ['全县现有人民调解员300名。其中专职人民调解员40名。', [['mediation.mediators', 300, null], ['mediation.mediators', 40, 'subset']]],
  // 其中 after another indicator: the value is that indicator's total
  ['全年受理行政复议案件30件，其中办结28件。', [['reconsideration.received', 30, null], ['reconsideration.closed', 28, null]]],
  // a bracket closes the 其中; 另 opens a new statement
  ['办理法律援助案件500件（其中刑事法律援助案件120件），另解答法律咨询900人次。', [['legal_aid.cases', 500, null], ['legal_aid.cases', 120, 'subset'], ['legal_consultation.count', 900, null]]],
  // a rate of a part is no part of a rate
  ['出庭应诉率为90%，其中3月为95%。', [['litigation.appearance_rate', 90, null], ['litigation.appearance_rate', 95, null]]],
  // categories, participants, topics, benchmarks and rates per head
  ['热线受理咨询类诉求3200件。', []],
  ['参加培训的人民调解员60名。', [['mediation.mediators', 60, 'participants']]],
  ['因信息公开引起的行政诉讼3件。', [['litigation.cases', 3, 'topic']]],
  ['全国平均出庭应诉率为41%。', [['litigation.appearance_rate', 41, 'benchmark']]],
];

let ruleSet: RuleSet;
beforeAll(() => {
  ruleSet = requireRules('rules');
});

const extract = (text: string) => extractReport({ file: 'case.txt', text: `一、主要工作\n${text}\n`, encoding: 'utf-8', sha256: '' }, { ruleSet });

describe('status and scope of indicator values', () => {
  for (const [text, expected] of CASES) {
    it(`${text} → ${expected.map(([id, v, s]) => `${id}=${v}${s ? `(${s})` : ''}`).join(', ') || 'nothing'}`, () => {
      const got = extract(text).observations.map((o) => [o.indicatorId, o.value, o.scope ?? null]);
      expect(got).toEqual(expected);
    });
  }

  it('the JSON lists totals under indicators and parts under subcounts', () => {
    const json = toReportJson(extract('全县建立调委会20个，其中村级调委会17个。'));
    expect(json.indicators.map((i) => [i.id, i.value])).toEqual([['mediation.committees', 20]]);
    expect(json.subcounts.map((i) => [i.id, i.value, i.scope])).toEqual([['mediation.committees', 17, 'subset']]);
  });
});

describe('compileScope', () => {
  it('rejects a pattern that is no regular expression, naming the field', () => {
    const bad = ScopeFileSchema.safeParse({ negation: { words: [] }, subset: { cues: [] }, scopes: [{ name: 'x', pattern: '(' }] });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues[0]?.path)).toBe('["scopes",0,"pattern"]');
  });

  it('compiles words longest first and keeps exceptions apart', () => {
    const s = compileScope(ScopeFileSchema.parse({ negation: { words: ['未', '尚未'], notWords: ['未成年'] }, subset: { cues: ['其中'] } }));
    expect(s.negation?.source).toBe('尚未|未');
    expect(s.negationExceptions?.source).toBe('未成年');
    expect(s.subsetCues).toEqual(['其中']);
  });
});
