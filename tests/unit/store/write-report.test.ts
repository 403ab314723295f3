import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/store/database.js';
import {
  countReports, deleteReport, readStoredHashes, splitSectionPath, syncIndicators, writeReport,
} from '../../../src/store/write-report.js';
import { makeReport, makeTempDir, sampleReport, TEST_INDICATORS, openTestDatabase } from './make-report.js';

const counts = async (db: Database) =>
  db.get<Record<string, number>>(`SELECT
    (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM sections) AS sections,
    (SELECT count(*) FROM quantities) AS quantities, (SELECT count(*) FROM observations) AS observations,
    (SELECT count(*) FROM diagnostics) AS diagnostics`);

describe('writeReport', () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ db, close } = await openTestDatabase({ name: join('out', 'indicators.db') }));
  });
  afterEach(() => close());

  it('stores every part of a report', async () => {
    await writeReport(db, sampleReport());
    expect(await counts(db)).toEqual({ reports: 1, sections: 4, quantities: 7, observations: 7, diagnostics: 1 });
    const q = await db.get<Record<string, unknown>>('SELECT * FROM quantities WHERE placeholder = 1');
    expect(q).toMatchObject({
      idx: 3, line: 6, col: 9, text: '*件', value: null, unit: '件', placeholder: 1,
      section_path: '主要工作成效 › 行政复议', role: 'results', section_line: 5,
    });
    expect(splitSectionPath(q!.section_path as string)).toEqual(['主要工作成效', '行政复议']);
    expect(q!.sentence).toMatch(/^受理行政复议案件\*件，.*登记。$/);
    const report = await db.get<Record<string, unknown>>('SELECT file, org, year, kind, line_count FROM reports');
    expect(report).toEqual({ file: 'towns/青石镇2023.txt', org: '青石镇人民政府', year: 2023, kind: 'annual-report', line_count: 8 });
  });

  it('re-writing a report replaces its rows instead of adding to them', async () => {
    await writeReport(db, sampleReport());
    const first = await counts(db);
    await writeReport(db, sampleReport({ sha256: 'changed' }));
    expect(await counts(db)).toEqual(first);
    expect(await countReports(db)).toBe(1);
    expect(await readStoredHashes(db)).toEqual(new Map([['towns/青石镇2023.txt', { sha256: 'changed', rulesetHash: 'rules-v1' }]]));
  });

  it('keeps the previous version when an observation names an unknown indicator (foreign key)', async () => {
    await writeReport(db, sampleReport());
    const before = await counts(db);
    const broken = sampleReport({
      sha256: 'new',
      quantities: [{ text: '156件', value: 157, unit: '件', indicator: 'no.such.indicator' }],
    });
    await expect(writeReport(db, broken)).rejects.toThrow(/FOREIGN KEY/);
    expect(await counts(db)).toEqual(before);
    expect((await readStoredHashes(db)).get('towns/青石镇2023.txt')?.sha256).toBe('sha-towns/青石镇2023.txt');
    expect(await db.get('SELECT value FROM quantities WHERE idx = 0')).toEqual({ value: 156 });
  });

  it('keeps the previous version when an error is thrown midway', async () => {
    await writeReport(db, sampleReport());
    const before = await counts(db);
    const failing: Database = {
      ...db,
      run: (sql, params) =>
        sql.includes('INTO observations') ? Promise.reject(new Error('disk on fire')) : db.run(sql, params),
    };
    await expect(writeReport(failing, sampleReport({ sha256: 'new' }))).rejects.toThrow('disk on fire');
    expect(await counts(db)).toEqual(before);
    expect((await readStoredHashes(db)).get('towns/青石镇2023.txt')?.sha256).not.toBe('new');
  });

  it('writes concurrently without interleaving, one failure touching nothing else', async () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      makeReport({
        file: `batch/r${i}.txt`,
        text: Array.from({ length: 120 }, (_, k) => `第${k}段开展普法宣传活动${k + 1}场。`).join('\n'),
        quantities: Array.from({ length: 120 }, (_, k) => ({
          text: `${k + 1}场`, value: k + 1, unit: '场', indicator: 'publicity.events',
        })),
      }),
    );
    const bad = makeReport({
      file: 'batch/bad.txt', text: '受理行政复议案件3件。',
      quantities: [{ text: '3件', value: 3, unit: '件', indicator: 'missing.id' }],
    });
    const results = await Promise.allSettled([...many.map((r) => writeReport(db, r)), writeReport(db, bad)]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results.at(-1)?.status).toBe('rejected');
    expect(await countReports(db)).toBe(8);
    const perReport = await db.all<{ n: number; s: number }>(
      'SELECT count(*) AS n, sum(value) AS s FROM observations GROUP BY report_id',
    );
    expect(perReport).toEqual(Array.from({ length: 8 }, () => ({ n: 120, s: (120 * 121) / 2 })));
  });

  it('deletes a report with all its rows', async () => {
    await writeReport(db, sampleReport());
    expect(await deleteReport(db, 'towns/青石镇2023.txt')).toBe(true);
    expect(await counts(db)).toEqual({ reports: 0, sections: 0, quantities: 0, observations: 0, diagnostics: 0 });
    expect(await deleteReport(db, 'towns/青石镇2023.txt')).toBe(false);
  });
});

describe('syncIndicators', () => {
  it('upserts in catalog order and drops only unreferenced stale ids', async () => {
    const { dir, cleanup } = makeTempDir();
    const db = await openDatabase(join(dir, 'i.db'));
    try {
      await syncIndicators(db, [...TEST_INDICATORS, { id: 'stale.one', name: '旧指标', group: 'x', units: ['个'] }]);
      await writeReport(db, sampleReport());
      const renamed = TEST_INDICATORS.map((d) => (d.id === 'publicity.events' ? { ...d, name: '普法活动场次' } : d));
      await syncIndicators(db, renamed.reverse());
      const rows = await db.all<{ id: string; name: string; units: string; position: number }>(
        'SELECT id, name, units, position FROM indicators ORDER BY position',
      );
      expect(rows.map((r) => r.id)).toEqual([...TEST_INDICATORS].reverse().map((d) => d.id));
      expect(rows[0]).toEqual({ id: 'publicity.events', name: '普法活动场次', units: '["场","次","期"]', position: 0 });
    } finally {
      await db.close();
      cleanup();
    }
  });
});
