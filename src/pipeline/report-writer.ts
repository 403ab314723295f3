import type { Database } from '../store/database.js';
import { writeReports } from '../store/write-report.js';
import type { ReportRows } from '../store/report-rows.js';
import { toError } from '../core/errors.js';
import { fatalStoreCode } from '../store/store-errors.js';

/** Writes reports as they come, many per transaction; `add` settles when its report is stored. */
export interface ReportWriter {
  add(rows: ReportRows): Promise<void>;
  /** wall time spent in SQLite, for the bench */
  readonly stats: { writeMs: number; transactions: number };
}

interface Pending {
  readonly rows: ReportRows;
  readonly resolve: () => void;
  readonly reject: (err: Error) => void;
}

/**
 * Reports that arrive while a transaction runs wait and go into the next one together (at most
 * `maxBatch`), so the batch size follows the pace of extraction. When a batch fails, its reports
 * are written again one by one, so one bad report fails alone and the others are stored.
 */
export function createReportWriter(db: Database, maxBatch = 500): ReportWriter {
  const pending: Pending[] = [];
  const stats = { writeMs: 0, transactions: 0 };
  let running = false;

  const write = async (batch: readonly ReportRows[]) => {
    const t0 = performance.now();
    try {
      stats.transactions++;
      await writeReports(db, batch);
    } finally {
      stats.writeMs += performance.now() - t0;
    }
  };

  const drain = async () => {
    running = true;
    while (pending.length > 0) {
      const batch = pending.splice(0, maxBatch);
      try {
        await write(batch.map((p) => p.rows));
        for (const p of batch) p.resolve();
      } catch (err) {
        // the disk is full or gone: retrying one by one would only fail every report again
        if (batch.length === 1 || fatalStoreCode(err)) for (const p of batch) p.reject(toError(err));
        else for (const p of batch) await write([p.rows]).then(p.resolve, (e: unknown) => p.reject(toError(e)));
      }
    }
    running = false;
  };

  return {
    stats,
    add(rows) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ rows, resolve, reject });
        if (!running) void drain();
      });
    },
  };
}
