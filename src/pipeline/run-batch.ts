import pLimit from 'p-limit';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { discoverReports } from '../ingest/discover.js';
import { readSourceFile } from '../ingest/source-file.js';
import { planIdentities } from '../ingest/identity-plan.js';
import type { SkipKind } from '../ingest/skip-rules.js';
import { openDatabase } from '../store/database.js';
import { syncIndicators } from '../store/write-report.js';
import { readStoredIdentities, updateFileRecords, type FileRecord, type StoredIdentity } from '../store/report-identity.js';
import { requireRules } from '../rules/load.js';
import { InputFileError, ZhibiaoError, toError } from '../core/errors.js';
import { createExtractPool, DEFAULT_FILE_SECONDS, type PoolStats } from './extract-pool.js';
import { createReportWriter } from './report-writer.js';
import { lineTooLong } from './line-limit.js';
import type { StageTimings } from './stage-timings.js';
import { DEFAULT_MAX_FILE_MB } from './file-size-budget.js';
import { checkFiles, type CheckedFile, type KnownFile } from './check-files.js';
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

export const defaultJobs = (): number => Math.max(1, Math.min(availableParallelism(), 4));

/** Files read ahead of extraction at most (bounds memory whatever the corpus size). */
const READ_AHEAD = 256;

/**
 * Ingest report files into the database: discover, hash (main thread; a stored file with the same
 * size and mtime is not read at all), decide which files are unchanged (same content hash and
 * rule-set hash, unless `force`) BEFORE any worker starts,
 * extract the others in worker threads (started only when there is work; they load jieba while the
 * main thread goes on reading), and store them many reports per transaction. One failing file never
 * stops the batch: a file that cannot be read, whose extraction fails or overruns the time budget,
 * or whose rows SQLite refuses, fails alone with its reason.
 */
export async function ingest(opts: IngestOptions): Promise<RunSummary> {
  const started = performance.now();
  const ruleSet = requireRules(opts.rulesDir);
  const { files, problems, skipped } = await discoverReports([...opts.inputs], opts.root ? { root: opts.root } : {});
  const db = await openDatabase(opts.dbPath);
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
    await syncIndicators(db, ruleSet.indicators);
    const stored = await readStoredIdentities(db);
    startupMs = performance.now() - started;
    const limit = pLimit(READ_AHEAD);
    // identity first (identity-plan.ts): which report each file is, or whose duplicate, from real
    // paths and content hashes; unchanged files are known before any file is converted. A stored
    // file with the same size and mtime is not even read (check-files.ts); the size budget first:
    // a file over it is never read, not even to hash it
    const t1 = performance.now();
    const known = new Map<string, KnownFile>();
    if (!opts.force) {
      for (const r of stored) if (r.absPath !== null && r.hasText && r.rulesetHash === ruleSet.hash) known.set(r.absPath, r);
    }
    const checked = checkFiles(files, known, opts.maxFileMb ?? DEFAULT_MAX_FILE_MB);
    readMs += performance.now() - t1;
    const readable = checked.filter((h): h is CheckedFile => h.sha256 !== null);
    for (const h of checked) if (h.sha256 === null) record({ path: h.file.relPath, status: 'failed', reason: h.error, elapsedMs: 0 });
    hashed = readable.filter((h) => h.hashed).length;
    const decisions = planIdentities(
      readable.map((h) => ({ key: h.file.relPath, realPath: h.realPath, sha256: h.sha256 })),
      stored,
      existsSync,
    );
    // duplicates and unchanged files are settled here, at once; the rest is read and extracted.
    // Reports found unchanged by reading their files get the stamp taken now (so the next run need
    // not read them) and, if the file moved, its new path and key (updateFileRecords).
    const records: FileRecord[] = [];
    const work: Array<{ h: CheckedFile; path: string; old: StoredIdentity | null }> = [];
    readable.forEach((h, i) => {
      if (stopped) return;
      const decision = decisions[i]!;
      if (decision.kind === 'duplicate') {
        return record({ path: h.file.relPath, status: 'skipped', skip: 'duplicate', reason: `duplicate: same content as ${decision.of}`, elapsedMs: 0 });
      }
      const old = decision.replaces as StoredIdentity | null;
      if (!opts.force && old && old.absPath !== null && old.hasText && old.sha256 === h.sha256 && old.rulesetHash === ruleSet.hash) {
        if (h.hashed) records.push({ id: old.id, sha256: old.sha256, file: decision.key, absPath: h.realPath, stamp: h.stamp });
        return record({ path: decision.key, status: 'unchanged', elapsedMs: 0 });
      }
      work.push({ h, path: decision.key, old });
    });
    await Promise.all(
      work.map(({ h, path, old }) =>
        limit(async () => {
          if (stopped) return;
          const t0 = performance.now();
          try {
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
          }
        }),
      ),
    );
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
