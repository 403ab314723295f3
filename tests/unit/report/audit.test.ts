import { describe, expect, it } from 'vitest';
import { auditFromDatabase, auditFromReports } from '../../../src/report/audit.js';
import { contextSnippet } from '../../../src/report/context.js';
import { writeReport } from '../../../src/store/write-report.js';
import { makeReport, sampleReport, TEST_INDICATORS, withTestDatabase } from '../store/make-report.js';

const longSentence = `${'为深入推进基层依法治理，'.repeat(6)}全年接待群众法律咨询某人次，${'进一步提升群众法治意识和获得感，'.repeat(5)}成效明显。`;

const reports = [
  sampleReport(),
  makeReport({
    file: 'b/柳林社区2024.txt', text: `柳林社区2024年法治建设报告\n一、主要工作成效\n${longSentence}\n另有X起纠纷正在调处。`,
    org: '柳林社区', year: 2024,
    quantities: [{ text: '某人次', value: null, unit: '人次' }, { text: 'X起', value: null, unit: '起', indicator: 'disputes.received' }],
  }),
  makeReport({ file: 'c/无占位.txt', text: '全年开展普法宣传活动8场。', quantities: [{ text: '8场', value: 8, unit: '场', indicator: 'publicity.events' }] }),
];

describe('contextSnippet', () => {
  it('keeps the whole sentence when it is short', () => {
    expect(contextSnippet('受理案件*件。', 100, 104, 106)).toBe('受理案件*件。');
  });
  it('trims to the radius either side with ellipses and folds whitespace', () => {
    const sentence = `${'甲'.repeat(50)}\n*件${'乙'.repeat(50)}`;
    expect(contextSnippet(sentence, 0, 51, 53, 5)).toBe('…甲甲甲甲 *件乙乙乙乙乙…');
  });
  it('clamps offsets that fall outside the sentence', () => {
    expect(contextSnippet('短句。', 10, 0, 99)).toBe('短句。');
  });
});

describe('audit builders', () => {
  it('file mode lists each placeholder with section, indicator and trimmed context', () => {
    const audit = auditFromReports(reports, TEST_INDICATORS);
    expect(audit.total).toBe(3);
    expect(audit.reports.map((r) => r.file)).toEqual(['b/柳林社区2024.txt', 'c/无占位.txt', 'towns/青石镇2023.txt']);
    const [unmatched, matched] = audit.reports[0]!.placeholders;
    expect(unmatched).toMatchObject({ line: 3, sectionPath: ['主要工作成效'], indicatorId: null, indicatorName: null, unit: '人次', text: '某人次' });
    expect(unmatched!.context.startsWith('…')).toBe(true);
    expect(unmatched!.context.endsWith('…')).toBe(true);
    expect(unmatched!.context).toContain('全年接待群众法律咨询某人次，');
    expect(unmatched!.context.length).toBeLessThanOrEqual(40 + 3 + 40 + 2);
    expect(matched).toMatchObject({ line: 4, column: 3, indicatorId: 'disputes.received', indicatorName: '排查受理矛盾纠纷数', context: '另有X起纠纷正在调处。' });
    expect(audit.reports[1]!.placeholders).toEqual([]);
  });

  it('database mode agrees with file mode on the same reports', async () => {
    await withTestDatabase(async (db) => {
      for (const r of reports) await writeReport(db, r);
      expect(await auditFromDatabase(db)).toEqual(auditFromReports(reports, TEST_INDICATORS));
    }, { name: 'a.db' });
  });
});
