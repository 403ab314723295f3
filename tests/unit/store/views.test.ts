import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database.js';
import { listObservations, listPlaceholders } from '../../../src/store/queries.js';
import { buildIndicatorTableFromDb } from '../../../src/report/indicator-table.js';
import { writeReport } from '../../../src/store/write-report.js';
import { makeReport, sampleReport, openTestDatabase } from './make-report.js';

describe('views and queries', () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase({ name: 'v.db' }));
    await writeReport(db, sampleReport());
    await writeReport(db, makeReport({
      file: 'a/白沙街道2022.txt', text: '白沙街道2022年工作总结\n调解成功率为90%，另有X起纠纷待统计。',
      org: '白沙街道', year: 2022,
      quantities: [
        { text: '90%', value: 90, unit: '%', indicator: 'disputes.success_rate' },
        { text: 'X起', value: null, unit: '起' },
      ],
    }));
  });
  afterAll(() => close());

  it('v_observations joins report, indicator and sentence', async () => {
    const rows = await db.all<Record<string, unknown>>(
      "SELECT file, year, indicator_name, value, qualifier, plan, line, section_path, rule_id FROM v_observations WHERE indicator_id = 'disputes.success_rate' ORDER BY file, start_offset",
    );
    expect(rows).toEqual([
      { file: 'a/白沙街道2022.txt', year: 2022, indicator_name: '调解成功率', value: 90, qualifier: null, plan: 0, line: 2, section_path: '', rule_id: 'disputes.success_rate#1' },
      { file: 'towns/青石镇2023.txt', year: 2023, indicator_name: '调解成功率', value: 96, qualifier: '以上', plan: 0, line: 4, section_path: '主要工作成效 › 矛盾纠纷化解', rule_id: 'disputes.success_rate#1' },
      { file: 'towns/青石镇2023.txt', year: 2023, indicator_name: '调解成功率', value: 98, qualifier: null, plan: 1, line: 8, section_path: '下一步工作计划', rule_id: 'disputes.success_rate#1' },
    ]);
  });

  it('v_indicator_table holds exactly the cells of the wide table, so SQL sums agree with it', async () => {
    const rows = await db.all<{ file: string; indicator_id: string; value: number | null; placeholder: number; statements: number }>(
      'SELECT file, indicator_id, value, placeholder, statements FROM v_indicator_table ORDER BY file, indicator_id',
    );
    const table = await buildIndicatorTableFromDb(db);
    const cells = table.rows.flatMap((r) => [...r.cells].map(([id, c]) => ({
      file: r.file, indicator_id: id, value: c.value, placeholder: c.placeholder ? 1 : 0, statements: c.count,
    })));
    cells.sort((a, b) => (a.file + a.indicator_id < b.file + b.indicator_id ? -1 : 1));
    expect(rows).toEqual(cells);
    const sum = await db.get<{ s: number }>("SELECT sum(value) AS s FROM v_indicator_table WHERE indicator_id = 'publicity.events'");
    const all = await db.get<{ s: number }>("SELECT sum(value) AS s FROM v_observations WHERE indicator_id = 'publicity.events'");
    expect([sum?.s, all?.s]).toEqual([12, 32]);
    const shown = await db.all('SELECT value, plan, shown FROM v_observations WHERE indicator_id = ? ORDER BY start_offset', ['disputes.success_rate']);
    expect(shown).toEqual([{ value: 90, plan: 0, shown: 1 }, { value: 96, plan: 0, shown: 1 }, { value: 98, plan: 1, shown: 0 }]);
  });

  it('v_placeholders lists matched and unmatched placeholders', async () => {
    const rows = await db.all<Record<string, unknown>>(
      'SELECT file, line, col, indicator_id, unit, text FROM v_placeholders ORDER BY file, start_offset',
    );
    expect(rows).toEqual([
      { file: 'a/白沙街道2022.txt', line: 2, col: 13, indicator_id: null, unit: '起', text: 'X起' },
      { file: 'towns/青石镇2023.txt', line: 6, col: 9, indicator_id: 'reconsideration.received', unit: '件', text: '*件' },
    ]);
  });

  it('v_report_summary counts per report', async () => {
    expect(await db.all('SELECT * FROM v_report_summary ORDER BY file')).toEqual([
      { file: 'a/白沙街道2022.txt', org: '白沙街道', year: 2022, quantities: 2, observations: 1, placeholders: 1, errors: 0 },
      { file: 'towns/青石镇2023.txt', org: '青石镇人民政府', year: 2023, quantities: 7, observations: 7, placeholders: 1, errors: 0 },
    ]);
  });

  it('the README example query works: mean success rate per year', async () => {
    const rows = await db.all(
      `SELECT year, round(avg(value), 1) AS mean_rate, count(*) AS reports FROM v_observations
       WHERE indicator_id = 'disputes.success_rate' AND plan = 0 AND placeholder = 0 GROUP BY year ORDER BY year`,
    );
    expect(rows).toEqual([{ year: 2022, mean_rate: 90, reports: 1 }, { year: 2023, mean_rate: 96, reports: 1 }]);
  });

  it('queries return camelCase rows ordered by file then offset', async () => {
    const obs = await listObservations(db);
    expect(obs.map((o) => `${o.file}:${o.line}:${o.indicatorId}`)).toEqual([
      'a/白沙街道2022.txt:2:disputes.success_rate',
      'towns/青石镇2023.txt:4:disputes.received',
      'towns/青石镇2023.txt:4:disputes.success_rate',
      'towns/青石镇2023.txt:4:publicity.events',
      'towns/青石镇2023.txt:6:reconsideration.received',
      'towns/青石镇2023.txt:6:reconsideration.closed',
      'towns/青石镇2023.txt:8:disputes.success_rate',
      'towns/青石镇2023.txt:8:publicity.events',
    ]);
    expect(obs[4]).toMatchObject({ placeholder: true, value: null, plan: false });
    const ph = await listPlaceholders(db);
    expect(ph.map((p) => p.indicatorName)).toEqual([null, '行政复议案件受理数']);
  });
});
