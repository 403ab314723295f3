/** Migration 004: an observation's scope is stored, and a part is never the value the tables show. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database.js';
import { buildIndicatorTableFromDb } from '../../../src/report/indicator-table.js';
import { writeReport } from '../../../src/store/write-report.js';
import { makeReport, openTestDatabase } from './make-report.js';

describe('observation scope in the database', () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase({ name: 's.db' }));
    await writeReport(db, makeReport({
      file: 'total.txt', text: '全年开展普法活动30场，其中进校园12场。', year: 2023,
      quantities: [
        { text: '30场', value: 30, unit: '场', indicator: 'publicity.events' },
        { text: '12场', value: 12, unit: '场', indicator: 'publicity.events', scope: 'subset' },
      ],
    }));
    await writeReport(db, makeReport({
      file: 'part-only.txt', text: '其中进社区普法活动8场。', year: 2023,
      quantities: [{ text: '8场', value: 8, unit: '场', indicator: 'publicity.events', scope: 'subset' }],
    }));
  });
  afterAll(() => close());

  it('v_observations keeps every value with its scope; a part is never shown', async () => {
    const rows = await db.all('SELECT file, value, scope, shown FROM v_observations ORDER BY file, start_offset');
    expect(rows).toEqual([
      { file: 'part-only.txt', value: 8, scope: 'subset', shown: 0 },
      { file: 'total.txt', value: 30, scope: null, shown: 1 },
      { file: 'total.txt', value: 12, scope: 'subset', shown: 0 },
    ]);
  });

  it('the wide table shows the total, and nothing where the report states only a part', async () => {
    const table = await buildIndicatorTableFromDb(db);
    const cell = (file: string) => table.rows.find((r) => r.file === file)?.cells.get('publicity.events');
    expect(cell('total.txt')?.value).toBe(30);
    expect(cell('part-only.txt')).toBeUndefined();
    expect(await db.all('SELECT file, value FROM v_indicator_table')).toEqual([{ file: 'total.txt', value: 30 }]);
  });
});
