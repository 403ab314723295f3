import pLimit from 'p-limit';
import { availableParallelism } from 'node:os';
import { discoverReports } from '../ingest/discover.js';
import { readSourceFile } from '../ingest/source-file.js';
import type { SkipKind } from '../ingest/skip-rules.js';
import { openDatabase, type Database } from '../store/database.js';
import { syncIndicators } from '../store/write-report.js';
import { readStoredIdentities, updateFileRecords, type StoredIdentity } from '../store/report-identity.js';
import { requireRules } from '../rules/load.js';
import type { RuleSet } from '../rules/compile.js';
import { InputFileError, ZhibiaoError, toError } from '../core/errors.js';
import { createExtractPool, DEFAULT_FILE_SECONDS, type PoolStats } from './extract-pool.js';
import { createReportWriter } from './report-writer.js';
import { lineTooLong } from './line-limit.js';
import type { StageTimings } from './stage-timings.js';
import { DEFAULT_MAX_FILE_MB } from './file-size-budget.js';
import { planWork, type WorkItem } from './plan-work.js';
import { createByteBudget } from './byte-budget.js';
import { describeFatalStore, fatalStoreCode } from '../store/store-errors.js';

export type FileStatus = 'ingested' | 'unchanged' | 'failed' | 'skipped';

export interface FileResult {
  readonly path: string;
  readonly status: FileStatus;
  readonly reason?: string;
  /** why a file was skipped (status `skipped`) */
  readonly skip?: SkipKind;
  readonly encoding?: string;
  readonly quantities?: number;
  readonly observations?: number;
  readonly placeholders?: number;
  readonly elapsedMs: number;
}

export interface RunSummary {
  readonly seen: number;
  readonly ingested: number;
  readonly unchanged: number;
  readonly failed: number;
  /** files found under folders that are not reports (unsupported, notes, own output, duplicates) */
  readonly skipped: number;
  /** report files discovered (before identity and reading): 0 means the inputs held no report at all */
  readonly found: number;
  readonly results: readonly FileResult[];
  readonly elapsedMs: number;
  readonly bytes: number;
  readonly timings: StageTimings;
  readonly phases: RunPhases;
  /** why the batch stopped before its end (the counts are the files done so far), else null */
  readonly stopped: BatchStop | null;
}

/** A batch stopped early: by SIGINT/SIGTERM (`interrupted`), or by a fatal store error (`store`). */
export interface BatchStop {
  readonly kind: 'interrupted' | 'store';
  readonly message: string;
}

export interface IngestOptions {
  readonly inputs: readonly string[];
  readonly dbPath: string;
  readonly rulesDir: string;
  readonly jobs?: number;
  readonly force?: boolean;
  /** per-report extraction time budget in seconds (default DEFAULT_FILE_SECONDS) */
  readonly maxFileSeconds?: number;
  /** display keys are relative to this folder when a file is under it (`--root`) */
  readonly root?: string;
  /** per-file size budget in MB (default DEFAULT_MAX_FILE_MB) */
  readonly maxFileMb?: number;
  /**
   * cut every sentence's words in the workers and store the reports already indexed for `zhibiao
   * search` (default true); false leaves them to `refreshSearchIndex`, which `search` runs first
   */
  readonly searchIndex?: boolean;
  /** aborting it stops the batch: no new file starts, reports being stored finish, the rest is dropped */
  readonly signal?: AbortSignal;
  readonly onStart?: (total: number) => void;
  readonly onFile?: (result: FileResult) => void;
}

/** Where the run's time went outside the extraction stages (milliseconds), for the bench. */
export interface RunPhases {
  /** rules, discovery, opening the database, reading stored hashes */
  readonly startupMs: number;
  /** reading, hashing, decoding and cleaning files on the main thread, summed over reads */
  readonly readMs: number;
  /** files read to hash them; the others were known unchanged by their stored size and mtime */
  readonly hashed: number;
  /** wall time of SQLite transactions */
  readonly writeMs: number;
  readonly transactions: number;
  readonly workers: PoolStats;
}

/**
 * Extraction workers by default: one core fewer than the machine has (at most 4), since the main
 * thread reads, decodes and writes to SQLite all along. On 2 cores one worker ingests as fast as two
 * (measured with `npm run bench`: 9.6–9.8 s against 10.0–10.4 s for 10,000 reports) with a quarter
 * less CPU and one jieba dictionary (~250 MB) fewer.
 */
export const defaultJobs = (): number => Math.max(1, Math.min(availableParallelism() - 1, 4));

/** Files read and not yet stored, at most; and their bytes at most (bounds memory whatever the corpus). */
const READ_AHEAD = 256;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

/**
 * Ingest report files into the database: discover, hash (main thread; a stored file with the same
 * size and mtime is not read at all), decide which files are unchanged (same content hash and
 * rule-set hash, unless `force`) BEFORE any worker starts,
 * extract the others in worker threads (the first starts as soon as planning meets a new file,
 * and loads jieba while the main thread goes on hashing and reading; none starts for a run with
 * nothing to extract), and store them many reports per transaction. One failing file never
 * stops the batch: a file that cannot be read, whose extraction fails or overruns the time budget,
 * or whose rows SQLite refuses, fails alone with its reason.
 */
export async function ingest(opts: IngestOptions): Promise<RunSummary> {
  const started = performance.now();
  const ruleSet = requireRules(opts.rulesDir);
  // discovery (fast-glob reads the folders in libuv's threads) overlaps opening the store
  const [found, store] = await Promise.allSettled([
    discoverReports([...opts.inputs], opts.root ? { root: opts.root } : {}),
    openStore(opts.dbPath, ruleSet),
  ]);
  if (store.status === 'rejected') throw store.reason;
  const { db } = store.value;
  if (found.status === 'rejected') {
    await db.close().catch(() => undefined);
    throw found.reason;
  }
  const { files, problems, skipped } = found.value;
  const results: FileResult[] = [];
  let bytes = 0;
  let readMs = 0;
  let hashed = 0;
  const record = (r: FileResult) => {
    results.push(r);
    opts.onFile?.(r);
  };
  opts.onStart?.(files.length + problems.length + skipped.length);
  for (const p of problems) record({ path: p.path, status: 'failed', reason: p.reason, elapsedMs: 0 });
  for (const s of skipped) record({ path: s.path, status: 'skipped', skip: s.kind, reason: s.reason, elapsedMs: 0 });
  const pool = createExtractPool({
    rules: ruleSet.inputs,
    jobs: opts.jobs ?? defaultJobs(),
    fileBudgetMs: (opts.maxFileSeconds ?? DEFAULT_FILE_SECONDS) * 1000,
    searchIndex: opts.searchIndex !== false,
  });
  const writer = createReportWriter(db);
  let startupMs = 0;
  let stopped: BatchStop | null = null;
  const stop = (why: BatchStop) => {
    if (stopped) return;
    stopped = why;
    // reports not yet in a worker are dropped; those in flight finish (terminating a worker inside
    // jieba's native code can abort the process), stored after an interrupt, dropped after a store error
    pool.cancelQueued();
    writer.flush();
  };
  const onAbort = () => stop({ kind: 'interrupted', message: `interrupted by ${String(opts.signal?.reason ?? 'a signal')}` });
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();
  try {
    let stored: StoredIdentity[] | null = store.value.stored;
    startupMs = performance.now() - started;
    const t1 = performance.now();
    const plan = planWork(files, stored, {
      rulesetHash: ruleSet.hash,
      force: opts.force === true,
      maxFileMb: opts.maxFileMb ?? DEFAULT_MAX_FILE_MB,
      // the first file to extract starts a worker: it loads jieba while the rest is hashed
      onLikelyWork: () => pool.prestart(),
    });
    stored = null; // the plan took what it needs
    readMs += performance.now() - t1;
    hashed = plan.hashed;
    for (const s of plan.settled) {
      if (stopped) break;
      if (s.kind === 'failed') record({ path: s.path, status: 'failed', reason: s.reason, elapsedMs: 0 });
      else if (s.kind === 'duplicate') record({ path: s.path, status: 'skipped', skip: 'duplicate', reason: `duplicate: same content as ${s.of}`, elapsedMs: 0 });
      else record({ path: s.path, status: 'unchanged', elapsedMs: 0 });
    }
    const { work, records } = plan;
    // the files in order, never more read and not yet stored than READ_AHEAD (p-limit), nor more
    // bytes than READ_AHEAD_BYTES (a folder of large documents keeps memory as flat as small texts);
    // files are handed to p-limit as slots free up, so its queue never holds the whole work list
    const budget = createByteBudget(READ_AHEAD_BYTES);
    const limit = pLimit(READ_AHEAD);
    const active = new Set<Promise<void>>();
    let slotFreed: (() => void) | null = null;
    const extractOne = async ({ file: h, key: path, replaces: old }: WorkItem) => {
      const size = Number(h.stamp?.size ?? 0n);
      await budget.take(size);
      const t0 = performance.now();
      try {
        if (stopped) return;
        const source = await readSourceFile({ path: h.file.path, relPath: path });
        readMs += performance.now() - t0;
        bytes += source.bytes;
        const refused = lineTooLong(source.text);
        if (refused) return record({ path, status: 'failed', reason: refused, elapsedMs: performance.now() - t0 });
        if (stopped) return;
        const outcome = await pool.submit({ file: path, text: source.text, encoding: source.encoding, sha256: source.sha256, title: source.title });
        if (stopped && (stopped as BatchStop).kind === 'store') return;
        if (stopped && !outcome.ok) return; // dropped by the stop, not a failure of the file
        if (!outcome.ok) return record({ path, status: 'failed', reason: outcome.reason, elapsedMs: performance.now() - t0 });
        const stored = writer.add({
          ...outcome.rows,
          source: {
            absPath: h.realPath,
            text: source.text,
            format: source.format,
            published: source.published,
            replaces: old?.id ?? null,
            stamp: h.stamp,
          },
        });
        // no report left in the workers: write what waits instead of lingering for more
        if (pool.pending === 0) writer.flush();
        await stored;
        record({ path, status: 'ingested', encoding: source.encoding, ...outcome.counts, elapsedMs: performance.now() - t0 });
      } catch (err) {
        const fatal = fatalStoreCode(err);
        if (fatal) return stop({ kind: 'store', message: describeFatalStore(fatal, opts.dbPath) });
        if (stopped) return;
        const reason = err instanceof InputFileError ? err.reason : toError(err).message;
        record({ path, status: 'failed', reason, elapsedMs: performance.now() - t0 });
      } finally {
        budget.give(size);
      }
    };
    for (let i = 0; i < work.length && !stopped; i++) {
      const item = work[i]!;
      work[i] = undefined as unknown as WorkItem; // handed on: the list no longer holds it
      const task = limit(() => extractOne(item).finally(() => slotFreed?.()));
      active.add(task);
      void task.finally(() => active.delete(task));
      while (limit.pendingCount > 0 && !stopped) await new Promise<void>((resolve) => (slotFreed = resolve));
    }
    await Promise.all(active);
    if (!stopped) await updateFileRecords(db, records);
  } catch (err) {
    const fatal = fatalStoreCode(err);
    throw fatal ? new ZhibiaoError(describeFatalStore(fatal, opts.dbPath), 2) : err;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await pool.close();
    await db.close();
  }
  const count = (s: FileStatus) => results.filter((r) => r.status === s).length;
  const collator = new Intl.Collator();
  results.sort((a, b) => collator.compare(a.path, b.path));
  return {
    seen: results.length,
    ingested: count('ingested'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    skipped: count('skipped'),
    found: files.length,
    results,
    elapsedMs: performance.now() - started,
    bytes,
    timings: pool.timings,
    stopped,
    phases: { startupMs, readMs, hashed, writeMs: writer.stats.writeMs, transactions: writer.stats.transactions, workers: pool.stats },
  };
}

/**
 * Opens the database, brings its indicator catalog up to date and reads the identities of the
 * stored reports (what planning compares files with); a store that cannot be written exits 2.
 */
async function openStore(dbPath: string, ruleSet: RuleSet): Promise<{ db: Database; stored: StoredIdentity[] }> {
  const db = await openDatabase(dbPath);
  try {
    await syncIndicators(db, ruleSet.indicators);
    return { db, stored: await readStoredIdentities(db) };
  } catch (err) {
    await db.close().catch(() => undefined);
    const fatal = fatalStoreCode(err);
    throw fatal ? new ZhibiaoError(describeFatalStore(fatal, dbPath), 2) : err;
  }
}
