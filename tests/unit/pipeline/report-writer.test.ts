/**
 * The ingest's writer: many reports per transaction. A few reports linger for more (a transaction
 * has a fixed cost) until `flush` or the linger ends; enough reports go at once. Real SQLite.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database.js';
import { countReports } from '../../../src/store/write-report.js';
import { toReportRows } from '../../../src/store/report-rows.js';
import { createReportWriter } from '../../../src/pipeline/report-writer.js';
import { sampleReport, openTestDatabase } from '../store/make-report.js';

const rows = (i: number) => toReportRows(sampleReport({ file: `towns/r${i}.txt`, sha256: `h${i}` }));

describe('createReportWriter', () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ db, close } = await openTestDatabase({ name: 'w.db' }));
  });
  afterEach(() => close());

  it('writes a few reports together on flush, in one transaction', async () => {
    const writer = createReportWriter(db, { minBatch: 8, lingerMs: 60_000 });
    const stored = [0, 1, 2].map((i) => writer.add(rows(i)));
    expect(writer.stats.transactions).toBe(0);
    writer.flush();
    await Promise.all(stored);
    expect(writer.stats.transactions).toBe(1);
    expect(await countReports(db)).toBe(3);
  });

  it('writes at once when enough reports wait, and the rest when the linger ends', async () => {
    const writer = createReportWriter(db, { minBatch: 4, lingerMs: 20 });
    const stored = Array.from({ length: 6 }, (_, i) => writer.add(rows(i)));
    await Promise.all(stored);
    expect(await countReports(db)).toBe(6);
    expect(writer.stats.transactions).toBe(2); // 4 at once, then the 2 that lingered
  });

  it('a report SQLite refuses fails alone; the others of its batch are stored', async () => {
    const writer = createReportWriter(db, { minBatch: 3, lingerMs: 60_000 });
    const bad = { ...rows(1), children: { ...rows(1).children, observations: '[["no.such.indicator","r",0,1,1,0,1,1,"件",null,0,0,null]]' } };
    const results = await Promise.allSettled([writer.add(rows(0)), writer.add(bad), writer.add(rows(2))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await countReports(db)).toBe(2);
  });
});
