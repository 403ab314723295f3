import type { Database } from '../store/database.js';
import { writeReports } from '../store/write-report.js';
import type { ReportRows } from '../store/report-rows.js';
import { toError } from '../core/errors.js';
import { fatalStoreCode } from '../store/store-errors.js';

/** Writes reports as they come, many per transaction; `add` settles when its report is stored. */
export interface ReportWriter {
  add(rows: ReportRows): Promise<void>;
  /** write what is waiting now, without lingering for more (no more reports are coming soon) */
  flush(): void;
  /** wall time spent in SQLite, for the bench */
  readonly stats: { writeMs: number; transactions: number };
}

export interface WriterOptions {
  /** most reports per transaction */
  readonly maxBatch?: number;
  /** fewer reports than this wait up to `lingerMs` for more before they are written */
  readonly minBatch?: number;
  readonly lingerMs?: number;
}

interface Pending {
  readonly rows: ReportRows;
  readonly resolve: () => void;
  readonly reject: (err: Error) => void;
}

/**
 * Reports that arrive while a transaction runs wait and go into the next one together (at most
 * `maxBatch`). A batch smaller than `minBatch` lingers up to `lingerMs` for more, or until `flush`:
 * a transaction has a fixed cost (two DELETEs, the id lookup, the commit: ~1 ms of CPU that the
 * workers need), so 64 reports per transaction cost a quarter less CPU per report than 20. When a
 * batch fails, its reports are written again one by one, so one bad report fails alone and the
 * others are stored.
 */
export function createReportWriter(db: Database, opts: WriterOptions = {}): ReportWriter {
  const maxBatch = opts.maxBatch ?? 500;
  const minBatch = opts.minBatch ?? 64;
  const lingerMs = opts.lingerMs ?? 250;
  const pending: Pending[] = [];
  const stats = { writeMs: 0, transactions: 0 };
  let running = false;
  let flushing = false;
  let timer: NodeJS.Timeout | null = null;

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
    if (timer) clearTimeout(timer);
    timer = null;
    while (pending.length > 0 && (flushing || pending.length >= minBatch)) {
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
    flushing = false;
    running = false;
    if (pending.length > 0) timer ??= setTimeout(flush, lingerMs);
  };

  function flush() {
    flushing = true;
    if (running) return;
    // on the next turn, so that the reports of a worker's batch, resolved together, go in together
    running = true;
    setImmediate(() => void drain());
  }

  return {
    stats,
    flush,
    add(rows) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ rows, resolve, reject });
        if (running) return;
        if (pending.length >= minBatch) void drain();
        else timer ??= setTimeout(flush, lingerMs);
      });
    },
  };
}
