/**
 * The real rules/ through the real pipeline, one short sentence at a time: which indicator each
 * quantity answers, with value, unit, placeholder and plan. Each sentence stands under a results
 * heading (`一、主要工作`) unless the case gives another. `expect` lists every observation of the
 * sentence (an empty list: the sentence must yield none). A case with `todo` is a known failure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { requireRules } from '../../../src/rules/load.js';
import { extractReport } from '../../../src/pipeline/extract.js';
import type { RuleSet } from '../../../src/rules/compile.js';

/** [indicator id, value (null: a placeholder), unit] */
type Obs = [string, number | null, string];
interface Case {
  text: string;
  expect: Obs[];
  /** the heading the sentence stands under; default 一、主要工作 */
  heading?: string;
  /** the observations are plan targets */
  plan?: boolean;
  todo?: string;
}

const PLANS = '二、下一步工作打算';

const CASES: Case[] = [
  // 行政复议
  { text: '全年共受理行政复议案件12件，办结11件。', expect: [['reconsideration.received', 12, '件'], ['reconsideration.closed', 11, '件']] },
  { text: '新收行政复议申请8起。', expect: [['reconsideration.received', 8, '起']] },
  { text: '依法审结行政复议案件6件。', expect: [['reconsideration.closed', 6, '件']] },
  { text: '行政复议案件受理15件。', expect: [['reconsideration.received', 15, '件']] },
  { text: '全年共受理行政复议案件１２件。', expect: [['reconsideration.received', 12, '件']] },
  // 行政诉讼 is not 行政复议, and the other way round
  { text: '受理行政诉讼案件9件。', expect: [['litigation.cases', 9, '件']] },
  { text: '办理一审行政诉讼案件21件。', expect: [['litigation.cases', 21, '件']] },
  { text: '受理行政复议案件12件、行政诉讼案件5件。', expect: [['reconsideration.received', 12, '件'], ['litigation.cases', 5, '件']] },
  { text: '收到行政应诉案件4件，负责人出庭应诉率达100%。', expect: [['litigation.cases', 4, '件'], ['litigation.appearance_rate', 100, '%']] },
  { text: '行政机关负责人出庭率为90%。', expect: [['litigation.appearance_rate', 90, '%']] },
  { text: '出庭应诉率达百分之九十五。', expect: [['litigation.appearance_rate', 95, '%']] },
  // 矛盾纠纷: received, mediated, mediated successfully, rate
  { text: '排查受理各类矛盾纠纷86件，调解成功80件。', expect: [['disputes.received', 86, '件'], ['disputes.mediated_success', 80, '件']] },
  { text: '调解成功238件。', expect: [['disputes.mediated_success', 238, '件']] },
  { text: '共调处各类矛盾纠纷52起。', expect: [['disputes.mediated', 52, '起']] },
  { text: '化解矛盾纠纷40件。', expect: [['disputes.mediated', 40, '件']] },
  {
    text: '排查矛盾纠纷61件，调解60件，调解成功58件。',
    expect: [['disputes.received', 61, '件'], ['disputes.mediated', 60, '件'], ['disputes.mediated_success', 58, '件']],
  },
  { text: '调解成功率达98%以上。', expect: [['disputes.success_rate', 98, '%']] },
  // 人民调解, 法律服务
  { text: '组建人民调解委员会9个。', expect: [['mediation.committees', 9, '个']] },
  { text: '发展人民调解员45名。', expect: [['mediation.mediators', 45, '名']] },
  { text: '聘请法律顾问2名，村居法律顾问15名。', expect: [['legal_advisors.count', 2, '名'], ['legal_advisors.count', 15, '名']] },
  { text: '解答法律咨询200余人次。', expect: [['legal_consultation.count', 200, '人次']] },
  { text: '解答法律咨询三百余人次。', expect: [['legal_consultation.count', 300, '人次']] },
  { text: '办理法律援助案件25件。', expect: [['legal_aid.cases', 25, '件']] },
  // 执法, 政务公开
  { text: '作出行政处罚决定60次。', expect: [['penalty.decisions', 60, '次']] },
  { text: '现有行政执法人员120名。', expect: [['enforcement.staff', 120, '名']] },
  { text: '执法人员持证率达100%。', expect: [['enforcement.certified_rate', 100, '%']] },
  { text: '主动公开政府信息160条。', expect: [['gov_info.disclosed', 160, '条']] },
  { text: '向上级报送政务信息30条。', expect: [] },
  // 普法
  { text: '举办普法宣传活动十二场。', expect: [['publicity.events', 12, '场']] },
  { text: '发放宣传资料1.2万份。', expect: [['publicity.materials', 12000, '份']] },
  { text: '受教育群众3000余人次。', expect: [['publicity.audience', 3000, '人次']] },
  // 依法行政
  { text: '开展领导班子学法6次。', expect: [['study.sessions', 6, '次']] },
  { text: '制定重大行政决策事项目录25项。', expect: [['decisions.major', 25, '项']] },
  { text: '开展合同合法性审查30件。', expect: [['legal_review.documents', 30, '件']] },
  { text: '受理信访案件16件。', expect: [['petitions.cases', 16, '件']] },
  { text: '配备专职网格员120名。', expect: [['grid.staff', 120, '名']] },
  { text: '建成民主法治示范村12个。', expect: [['model_villages.count', 12, '个']] },
  // placeholders: value null, placeholder true, never 0
  { text: '全年共受理行政复议案件*件。', expect: [['reconsideration.received', null, '件']] },
  { text: '办结行政复议案件X起。', expect: [['reconsideration.closed', null, '起']] },
  { text: '调解矛盾纠纷XX起。', expect: [['disputes.mediated', null, '起']] },
  { text: '发放宣传资料＊份。', expect: [['publicity.materials', null, '份']] },
  // a change is not a level
  { text: '全年共受理行政复议案件12件，同比增长20%。', expect: [['reconsideration.received', 12, '件']] },
  // plan targets
  { text: '计划新建人民调解委员会3个。', heading: PLANS, plan: true, expect: [['mediation.committees', 3, '个']] },
  { text: '全年开展普法宣传活动20场。', heading: PLANS, plan: true, expect: [['publicity.events', 20, '场']] },
  {
    text: '下一步，计划新建人民调解委员会3个。',
    plan: true,
    expect: [['mediation.committees', 3, '个']],
  },
  // years, dates, plan names, ordinals, slogans: no values
  { text: '2023年3月召开专题会议。', expect: [] },
  { text: '2023年12月31日前完成整改。', expect: [] },
  { text: '深入推进“八五”普法规划实施。', expect: [] },
  { text: '全面完成“十四五”规划目标。', expect: [] },
  { text: '第三季度召开行政复议工作会议。', expect: [] },
  { text: '在4.15国家安全日开展普法宣传。', expect: [] },
  { text: '落实三项制度，打造一支队伍。', expect: [] },
  { text: '构建1+1+N调解工作模式。', expect: [] },
  // generalisation from unseen reports (2024 reports of 乡镇, 司法局, 政务公开)
  { text: '共发生矛盾纠纷30件，其中邻里纠纷12件，已成功调解29件，正在调处中的纠纷1件。', expect: [['disputes.received', 30, '件'], ['disputes.mediated_success', 29, '件']] },
  { text: '司法所参与人民调解58件。', expect: [['disputes.mediated', 58, '件']] },
  { text: '全年调处矛盾纠纷120宗。', expect: [['disputes.mediated', 120, '宗']] },
  { text: '行政处罚2300宗，行政处罚被申请行政复议4宗。', expect: [['penalty.decisions', 2300, '宗']] },
  { text: '主动公开行政规范性文件3件、行政处罚文件9件。', expect: [] },
  { text: '当年减少信访45件。', expect: [] },
  { text: '选聘86名律师担任村（社区）法律顾问。', expect: [['legal_advisors.count', 86, '名']] },
  { text: '专线接听咨询电话320次，当场解答300人次。', expect: [['legal_consultation.count', 320, '次'], ['legal_consultation.count', 300, '人次']] },
  { text: '发放各类宣传资料和普法读本等1500余份。', expect: [['publicity.materials', 1500, '份']] },
  { text: '组织学习《民法典》《行政处罚法》等法律法规6次。', expect: [['study.sessions', 6, '次']] },
  { text: '建成省级“民主法治村（社区）”14个。', expect: [['model_villages.count', 14, '个']] },
  { text: '开展法治讲座2场，覆盖老年人150余人次。', expect: [['publicity.events', 2, '场'], ['publicity.audience', 150, '人次']] },
];

let ruleSet: RuleSet;
beforeAll(() => {
  ruleSet = requireRules('rules');
});

function observe(c: Case) {
  const heading = c.heading ?? '一、主要工作';
  const text = `${heading}\n${c.text}\n`;
  const report = extractReport({ file: 'case.txt', text, encoding: 'utf-8', sha256: '' }, { ruleSet });
  expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return report.observations.map((o) => ({
    line: o.span.line,
    id: o.indicatorId,
    value: o.value,
    unit: o.unit,
    placeholder: o.placeholder,
    plan: o.plan,
    rule: o.ruleId,
  }));
}

describe('indicator rules on single sentences', () => {
  it('has a table of about forty cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  for (const c of CASES) {
    const run = () => {
      const got = observe(c);
      expect(got.map(({ id, value, unit, placeholder, plan, line }) => ({ id, value, unit, placeholder, plan, line }))).toEqual(
        c.expect.map(([id, value, unit]) => ({ id, value, unit, placeholder: value === null, plan: c.plan ?? false, line: 2 })),
      );
      // every observation cites a rule of its own indicator
      for (const o of got) expect(o.rule.startsWith(`${o.id}.`)).toBe(true);
    };
    const name = `${c.text} → ${c.expect.map(([id, v]) => `${id}=${v ?? '*'}`).join(', ') || 'nothing'}`;
    if (c.todo) it.fails(`${name} (known failure: ${c.todo})`, run);
    else it(name, run);
  }
});
