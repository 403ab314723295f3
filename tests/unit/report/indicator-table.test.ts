import { describe, expect, it } from 'vitest';
import {
  buildIndicatorTable, buildIndicatorTableFromDb, buildIndicatorTableFromReports, indicatorValuesFromReports,
  listIndicatorValues, type IndicatorValueRow,
} from '../../../src/report/indicator-table.js';
import { writeReport } from '../../../src/store/write-report.js';
import { makeReport, sampleReport, TEST_INDICATORS, withTestDatabase } from '../store/make-report.js';

const value = (over: Partial<IndicatorValueRow>): IndicatorValueRow => ({
  file: 'r.txt', org: null, year: 2023, indicatorId: 'disputes.received', indicatorName: '排查受理矛盾纠纷数',
  value: 1, unit: '件', qualifier: null, placeholder: false, plan: false, shown: false, statements: 1, line: 1, column: 1,
  sectionPath: '', sentence: '', ruleId: 'r', ...over,
});

describe('buildIndicatorTable', () => {
  it('has file, org, year, then one column per indicator in catalog order', () => {
    const table = buildIndicatorTable(TEST_INDICATORS, [], []);
    expect(table.columns.map((c) => c.key)).toEqual(['file', 'org', 'year', ...TEST_INDICATORS.map((d) => d.id)]);
    expect(table.columns[3]?.header).toBe('行政复议案件受理数');
  });

  it('shows the rows marked shown, with the statement count', () => {
    const table = buildIndicatorTable(TEST_INDICATORS, [{ file: 'r.txt', org: '青石镇', year: 2023 }], [
      value({ value: 40, plan: true, line: 2, statements: 3 }),
      value({ value: 13, line: 5, shown: true, statements: 3 }),
      value({ value: 546, line: 6, statements: 3 }),
      value({ indicatorId: 'publicity.events', unit: '场', value: 20, plan: true, line: 9, shown: true, statements: 2 }),
      value({ indicatorId: 'publicity.events', unit: '场', value: 25, plan: true, line: 10, statements: 2 }),
    ]);
    const cells = table.rows[0]!.cells;
    expect(cells.get('disputes.received')).toMatchObject({ value: 13, line: 5, plan: false, count: 3, unitAgrees: true });
    expect(cells.get('publicity.events')).toMatchObject({ value: 20, plan: true, count: 2 });
    expect(cells.has('reconsideration.closed')).toBe(false);
  });

  it('chooses the first non-plan statement in text order, plans only when nothing else (file mode)', () => {
    const report = makeReport({
      file: 'r.txt', text: '力争排查40件。排查矛盾纠纷13件，全国546件。计划开展宣传活动20场、25场。',
      quantities: [
        { text: '40件', value: 40, unit: '件', indicator: 'disputes.received', plan: true },
        { text: '13件', value: 13, unit: '件', indicator: 'disputes.received' },
        { text: '546件', value: 546, unit: '件', indicator: 'disputes.received' },
        { text: '20场', value: 20, unit: '场', indicator: 'publicity.events', plan: true },
        { text: '25场', value: 25, unit: '场', indicator: 'publicity.events', plan: true },
      ],
    });
    const cells = buildIndicatorTableFromReports([report], TEST_INDICATORS).rows[0]!.cells;
    expect(cells.get('disputes.received')).toMatchObject({ value: 13, plan: false, count: 3 });
    expect(cells.get('publicity.events')).toMatchObject({ value: 20, plan: true, count: 2 });
  });

  it('a placeholder is a cell with value null, and a later number does not replace it', () => {
    const report = makeReport({
      file: 'r.txt', text: '排查矛盾纠纷*件，另排查7件。',
      quantities: [
        { text: '*件', value: null, unit: '件', indicator: 'disputes.received' },
        { text: '7件', value: 7, unit: '件', indicator: 'disputes.received' },
      ],
    });
    const cells = buildIndicatorTableFromReports([report], TEST_INDICATORS).rows[0]!.cells;
    expect(cells.get('disputes.received')).toMatchObject({ value: null, placeholder: true, count: 2 });
  });

  it('gives each indicator column the unit most of its cells have, pooling units that agree', () => {
    const table = buildIndicatorTable(TEST_INDICATORS, [{ file: 'a', org: null, year: null }, { file: 'b', org: null, year: null }, { file: 'c', org: null, year: null }], [
      value({ file: 'a', indicatorId: 'publicity.events', unit: '期', shown: true }),
      value({ file: 'b', indicatorId: 'publicity.events', unit: '次', shown: true }),
      value({ file: 'c', indicatorId: 'publicity.events', unit: '次', shown: true }),
      value({ file: 'a', unit: '起', shown: true }),
    ]);
    const unitOf = (id: string) => table.columns.find((c) => c.key === id);
    expect(unitOf('publicity.events')).toMatchObject({ unit: '次' });
    expect(unitOf('disputes.received')).toMatchObject({ unit: '件' });
    expect(table.rows[0]!.cells.get('publicity.events')).toMatchObject({ unitAgrees: false });
    expect(table.rows[0]!.cells.get('disputes.received')).toMatchObject({ unit: '起', unitAgrees: true });
  });

  it('keeps reports without observations as empty rows, sorted by file', () => {
    const table = buildIndicatorTable(TEST_INDICATORS, [
      { file: 'b.txt', org: null, year: null }, { file: 'a.txt', org: null, year: null },
    ], []);
    expect(table.rows.map((r) => [r.file, r.cells.size])).toEqual([['a.txt', 0], ['b.txt', 0]]);
  });
});

describe('table from the database equals the table from the reports', () => {
  it('agrees cell for cell, and the long table carries every observation', async () => {
    const reports = [
      sampleReport(),
      makeReport({
        file: 'a/白沙街道2022.txt', text: '白沙街道2022年工作总结\n排查矛盾纠纷88起，调解成功率为90%。',
        org: '白沙街道', year: 2022,
        quantities: [
          { text: '88起', value: 88, unit: '起', indicator: 'disputes.received' },
          { text: '90%', value: 90, unit: '%', indicator: 'disputes.success_rate' },
        ],
      }),
    ];
    await withTestDatabase(async (db) => {
      for (const r of reports) await writeReport(db, r);
      const fromDb = await buildIndicatorTableFromDb(db);
      expect(fromDb).toEqual(buildIndicatorTableFromReports(reports, TEST_INDICATORS));
      const sample = fromDb.rows[1]!;
      expect(sample.file).toBe('towns/青石镇2023.txt');
      expect(sample.cells.get('disputes.success_rate')).toMatchObject({ value: 96, qualifier: '以上', plan: false, count: 2 });
      expect(sample.cells.get('reconsideration.received')).toMatchObject({ value: null, placeholder: true });
      const values = await listIndicatorValues(db);
      expect(values).toHaveLength(9);
      expect(values).toEqual(indicatorValuesFromReports(reports, TEST_INDICATORS));
    });
  });
});
