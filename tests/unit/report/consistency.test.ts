import { describe, expect, it } from 'vitest';
import { auditFromDatabase, auditFromReports } from '../../../src/report/audit.js';
import { writeReport } from '../../../src/store/write-report.js';
import { findingsFromDatabase } from '../../../src/report/consistency/from-database.js';
import { rateIndicatorIds } from '../../../src/report/consistency/index.js';
import type { IndicatorDef } from '../../../src/rules/indicator.js';
import { makeReport, TEST_INDICATORS, type QuantitySpec, withTestDatabase } from '../store/make-report.js';

const INDICATORS: IndicatorDef[] = [
  ...TEST_INDICATORS,
  { id: 'disputes.mediated', name: '调解矛盾纠纷数', group: 'disputes', units: ['件', '起'] },
  { id: 'disputes.mediated_success', name: '调解成功数', group: 'disputes', units: ['件', '起'] },
];

const HEAD = '柳溪镇2024年法治政府建设工作报告\n一、主要工作成效\n';

function findings(body: string, quantities: QuantitySpec[], extra: { org?: string; year?: number } = {}) {
  const report = makeReport({ file: 'r.txt', text: HEAD + body, quantities, ...extra });
  return auditFromReports([report], INDICATORS).reports[0]!.findings;
}

const codes = (list: ReadonlyArray<{ code: string }>): string[] => list.map((f) => f.code);

describe('closed-exceeds-received', () => {
  it('flags 办结15件 after 受理12件 in the same section, pointing at both', () => {
    const [f, ...rest] = findings('全年受理行政复议案件12件，办结15件。', [
      { text: '12件', value: 12, unit: '件', indicator: 'reconsideration.received' },
      { text: '15件', value: 15, unit: '件', indicator: 'reconsideration.closed' },
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'closed-exceeds-received', severity: 'warning', line: 3, indicatorId: 'reconsideration.closed',
      related: { file: 'r.txt', line: 3, text: '12件' },
    });
    expect(f!.context.slice(f!.mark[0], f!.mark[1])).toBe('15件');
  });
  it('flags mediated successfully > mediated, and 件 against 起 (units that agree)', () => {
    expect(codes(findings('调解纠纷30起，调解成功32件。', [
      { text: '30起', value: 30, unit: '起', indicator: 'disputes.mediated' },
      { text: '32件', value: 32, unit: '件', indicator: 'disputes.mediated_success' },
    ]))).toEqual(['closed-exceeds-received']);
  });
  it.each([
    ['closed ≤ received', '受理行政复议案件12件，办结12件。', 12],
    ['carried-over cases', '受理行政复议案件12件，办结15件（含上年结转4件）。', 15],
    ['a lower-bound received count', '受理行政复议案件12余件，办结15件。', 15],
  ])('does not flag %s', (_name, body, closed) => {
    const received = body.includes('12余件') ? '12余件' : '12件';
    expect(findings(body, [
      { text: received, value: 12, unit: '件', qualifier: received === '12余件' ? '余' : null, indicator: 'reconsideration.received' },
      { text: `${closed}件`, value: closed, unit: '件', indicator: 'reconsideration.closed' },
    ])).toEqual([]);
  });
  it('does not pair statements in different sections, nor a closed count before the received one', () => {
    expect(findings('（一）复议\n受理行政复议案件12件。\n（二）诉讼\n办结案件15件。', [
      { text: '12件', value: 12, unit: '件', indicator: 'reconsideration.received' },
      { text: '15件', value: 15, unit: '件', indicator: 'reconsideration.closed' },
    ])).toEqual([]);
    expect(findings('办结上年案件15件，新受理行政复议案件12件。', [
      { text: '15件', value: 15, unit: '件', indicator: 'reconsideration.closed' },
      { text: '12件', value: 12, unit: '件', indicator: 'reconsideration.received' },
    ])).toEqual([]);
  });
});

describe('subcount-exceeds-total', () => {
  it('flags a part after 其中 larger than the total before it', () => {
    const [f] = findings('排查矛盾纠纷80件，其中邻里纠纷95件、婚姻家庭纠纷10件。', [
      { text: '80件', value: 80, unit: '件', indicator: 'disputes.received' },
      { text: '95件', value: 95, unit: '件' },
      { text: '10件', value: 10, unit: '件' },
    ]);
    expect(f).toMatchObject({ code: 'subcount-exceeds-total', severity: 'error', related: { text: '80件' } });
  });
  it.each([
    ['parts within the total', '排查矛盾纠纷80件，其中邻里纠纷45件。', '80件', 80, '45件', 45, '件'],
    ['a part in another unit', '排查矛盾纠纷80件，其中涉及群众120人。', '80件', 80, '120人', 120, '人'],
    ['a lower-bound total', '排查矛盾纠纷80余件，其中邻里纠纷82件。', '80余件', 80, '82件', 82, '件'],
    ['a count after the breakdown ends (；)', '受理案件20件，其中许可类5件；办结案件25件。', '20件', 20, '25件', 25, '件'],
  ])('does not flag %s', (_name, body, t1, v1, t2, v2, unit) => {
    expect(findings(body, [
      { text: t1, value: v1, unit: '件', qualifier: t1.includes('余') ? '余' : null },
      ...(body.includes('5件；') ? [{ text: '5件', value: 5, unit: '件' }] : []),
      { text: t2, value: v2, unit },
    ])).toEqual([]);
  });
});

describe('rate-over-100', () => {
  it('flags a rate indicator above 100% and a bounded rate word before a % value', () => {
    const list = findings('调解成功率达120%，群众满意率为101%。', [
      { text: '120%', value: 120, unit: '%', indicator: 'disputes.success_rate' },
      { text: '101%', value: 101, unit: '%' },
    ]);
    expect(list.map((f) => [f.code, f.severity, f.indicatorId])).toEqual([
      ['rate-over-100', 'error', 'disputes.success_rate'], ['rate-over-100', 'error', null],
    ]);
  });
  it('leaves 100%, growth and completion against a target alone', () => {
    expect(findings('调解成功率达100%，任务完成率达120%，受案数增长150%。', [
      { text: '100%', value: 100, unit: '%', indicator: 'disputes.success_rate' },
      { text: '120%', value: 120, unit: '%' },
      { text: '150%', value: 150, unit: '%' },
    ])).toEqual([]);
  });
});

describe('conflicting-values', () => {
  it('flags one indicator stated twice the same way with two values in results', () => {
    const [f] = findings('全年受理行政复议案件12件。\n其他工作稳步推进，共受理行政复议案件15件。', [
      { text: '12件', value: 12, unit: '件', indicator: 'reconsideration.received' },
      { text: '15件', value: 15, unit: '件', indicator: 'reconsideration.received' },
    ]);
    expect(f).toMatchObject({ code: 'conflicting-values', line: 4, related: { line: 3, text: '12件' } });
  });
  it.each([
    ['two kinds in two sentences', '办理简易程序案件5560件。一般程序案件共办理232件。'],
    ['a list in one sentence', '受理行政复议案件12件、15件。'],
  ])('does not flag %s', (_name, body) => {
    const [a, b] = body.includes('5560') ? ['5560件', '232件'] : ['12件', '15件'];
    expect(findings(body, [
      { text: a, value: Number.parseInt(a, 10), unit: '件', indicator: 'reconsideration.received' },
      { text: b, value: Number.parseInt(b, 10), unit: '件', indicator: 'reconsideration.received' },
    ])).toEqual([]);
  });
  it('does not flag a part (scope set by the rules) beside its total', () => {
    expect(findings('受理行政复议案件12件。\n涉及征地拆迁的受理行政复议案件5件。', [
      { text: '12件', value: 12, unit: '件', indicator: 'reconsideration.received' },
      { text: '5件', value: 5, unit: '件', indicator: 'reconsideration.received', scope: 'topic' },
    ])).toEqual([]);
  });
  it('does not flag a plan target beside the result', () => {
    expect(findings('受理行政复议案件12件。\n二、下一步工作计划\n受理行政复议案件15件。', [
      { text: '12件', value: 12, unit: '件', indicator: 'reconsideration.received' },
      { text: '15件', value: 15, unit: '件', indicator: 'reconsideration.received', plan: true },
    ])).toEqual([]);
  });
});

describe('jump-from-last-year (across reports)', () => {
  const year = (file: string, org: string, y: number, value: number, unit = '场') =>
    makeReport({
      file, org, year: y, text: `${org}${y}年报告\n一、主要工作成效\n开展普法宣传活动${value}${unit}。`,
      quantities: [{ text: `${value}${unit}`, value, unit, indicator: 'publicity.events' }],
    });
  it('flags a value ten times the same organisation\'s value of the year before', () => {
    const audit = auditFromReports([year('a/2023.txt', '柳溪镇', 2023, 12), year('a/2024.txt', '柳溪镇', 2024, 130)], INDICATORS);
    expect(audit.inconsistencies).toBe(1);
    expect(audit.reports[1]!.findings[0]).toMatchObject({
      code: 'jump-from-last-year', file: 'a/2024.txt', related: { file: 'a/2023.txt', text: '12场' },
    });
  });
  it.each([
    ['less than ten times', [year('a/2023.txt', '柳溪镇', 2023, 12), year('a/2024.txt', '柳溪镇', 2024, 110)]],
    ['another organisation', [year('a/2023.txt', '柳溪镇', 2023, 12), year('b/2024.txt', '白沙街道', 2024, 130)]],
    ['two years apart', [year('a/2022.txt', '柳溪镇', 2022, 12), year('a/2024.txt', '柳溪镇', 2024, 130)]],
    ['units that do not agree', [year('a/2023.txt', '柳溪镇', 2023, 12), year('a/2024.txt', '柳溪镇', 2024, 130, '期')]],
  ])('does not flag %s', (_name, reports) => {
    expect(auditFromReports(reports, INDICATORS).inconsistencies).toBe(0);
  });
});

describe('audit from the database', () => {
  it('finds the same inconsistencies as the audit of the reports', async () => {
    const reports = [
      makeReport({
        file: 'x/柳溪镇2023.txt', org: '柳溪镇', year: 2023, text: `${HEAD}开展普法宣传活动4场。`,
        quantities: [{ text: '4场', value: 4, unit: '场', indicator: 'publicity.events' }],
      }),
      makeReport({
        file: 'x/柳溪镇2024.txt', org: '柳溪镇', year: 2024,
        text: `${HEAD}受理行政复议案件12件，办结15件。调解成功率达120%。开展普法宣传活动40场。`,
        quantities: [
          { text: '12件', value: 12, unit: '件', indicator: 'reconsideration.received' },
          { text: '15件', value: 15, unit: '件', indicator: 'reconsideration.closed' },
          { text: '120%', value: 120, unit: '%', indicator: 'disputes.success_rate' },
          { text: '40场', value: 40, unit: '场', indicator: 'publicity.events' },
        ],
      }),
    ];
    await withTestDatabase(async (db) => {
      for (const r of reports) await writeReport(db, r);
      const fromDb = await auditFromDatabase(db);
      expect(fromDb).toEqual(auditFromReports(reports, INDICATORS));
      expect(codes(fromDb.reports[1]!.findings)).toEqual(['closed-exceeds-received', 'rate-over-100', 'jump-from-last-year']);
      // read one report at a time, the year-on-year check still compares across the chunks
      const oneByOne = await findingsFromDatabase(db, rateIndicatorIds(INDICATORS), 1);
      expect(oneByOne).toEqual(fromDb.reports.flatMap((r) => r.findings));
    }, { indicators: INDICATORS });
  });
});
