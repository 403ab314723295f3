import { Worker } from 'node:worker_threads';
import type { ExtractInput } from './extract.js';
import type { RuleInputs } from '../rules/rule-inputs.js';
import type { ExtractOutcome } from './extract-rows.js';
import { addTimings, emptyTimings, type StageTimings } from './stage-timings.js';
import type { WorkerData, WorkerReply, WorkerTask } from './worker-protocol.js';

/** Seconds one report may take in a worker before it is stopped and fails (`--max-file-seconds`). */
export const DEFAULT_FILE_SECONDS = 60;

export interface PoolOptions {
  /** the validated rules (rules/load.ts), compiled by each worker */
  readonly rules: RuleInputs;
  /** most workers to run */
  readonly jobs: number;
  /** per-report time budget in ms */
  readonly fileBudgetMs: number;
  /** cut every sentence's words for the search index too (the ingest's default) */
  readonly searchIndex?: boolean;
  /** most reports per message to a worker */
  readonly maxBatch?: number;
  /** a worker's heap at most, in MB (default WORKER_LIMITS); tests give a small one */
  readonly maxHeapMb?: number;
  /** the worker module (default extract-worker.js); tests give one that misbehaves on purpose */
  readonly workerUrl?: URL;
}

/** Where the workers' time went, for the bench. */
export interface PoolStats {
  workersStarted: number;
  /** worker start-up (module load, rules, jieba dictionary), summed */
  startupMs: number;
  batches: number;
  timedOut: number;
  /** CPU of the worker threads, summed (as each last reported it), or null where unknown */
  cpuMs: number | null;
}

/** Extracts reports in worker threads, started only when the first report is submitted. */
export interface ExtractPool {
  submit(input: ExtractInput): Promise<ExtractOutcome>;
  readonly timings: StageTimings;
  readonly stats: PoolStats;
  /** reports submitted and not yet answered (queued or in a worker) */
  readonly pending: number;
  /**
   * Starts a worker now if none runs (work is about to come): its modules, rules and dictionary load
   * while the caller goes on. Closing the pool then waits for that load to finish.
   */
  prestart(): void;
  /** fails the reports not yet sent to a worker ('extraction was stopped'); those in flight finish */
  cancelQueued(): void;
  close(): Promise<void>;
}

interface Job {
  readonly input: ExtractInput;
  readonly resolve: (outcome: ExtractOutcome) => void;
}

interface Batch {
  readonly seq: number;
  readonly jobs: readonly Job[];
}

interface Slot {
  readonly worker: Worker;
  readonly progress: Int32Array;
  ready: boolean;
  /** batches posted and not yet answered, oldest first */
  readonly inflight: Batch[];
  /** last (seq, position) seen by the watchdog and since when */
  seen: { seq: number; pos: number; at: number };
  /** the worker thread's CPU as it last reported it */
  cpuMs: number;
}

/** Batches a worker holds at once: one running, one waiting, so it never idles on the main thread. */
const PIPELINE_DEPTH = 2;
/**
 * A worker's JavaScript heap: small young generation and a capped old one, so the heap is collected
 * instead of growing (jieba's dictionary lives outside it). A report that needs more fails alone
 * ("out of memory"), its worker replaced.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 };
/** A worker that cannot even start this many times in a row fails the remaining reports. */
const MAX_START_FAILURES = 3;

/**
 * A lazy pool of extraction workers. No worker starts before there is work, so a re-run over an
 * unchanged corpus loads no dictionary; a second worker starts once reports queue up. Reports go out
 * in batches (up to `maxBatch`, smaller when the queue is short, so the workers finish together).
 * A watchdog stops a worker whose current report has run longer than the per-file budget: that
 * report fails with the reason, the other reports of its batches go back to the queue, and a new
 * worker takes its place, so the batch goes on.
 */
export function createExtractPool(opts: PoolOptions): ExtractPool {
  const limits = { ...WORKER_LIMITS, ...(opts.maxHeapMb ? { maxOldGenerationSizeMb: opts.maxHeapMb } : {}) };
  const maxBatch = opts.maxBatch ?? 32;
  const url = opts.workerUrl ?? new URL('./extract-worker.js', import.meta.url);
  const timings = emptyTimings();
  const stats: PoolStats = { workersStarted: 0, startupMs: 0, batches: 0, timedOut: 0, cpuMs: null };
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let seq = 0;
  let startFailures = 0;
  let closed = false;
  let watchdog: NodeJS.Timeout | null = null;

  const fail = (job: Job, reason: string) => job.resolve({ ok: false, reason });

  const spawn = () => {
    const progress = new SharedArrayBuffer(8);
    const workerData: WorkerData = { rules: opts.rules, progress, searchIndex: opts.searchIndex === true };
    const worker = new Worker(url, { workerData, resourceLimits: limits });
    const slot: Slot = { worker, progress: new Int32Array(progress), ready: false, inflight: [], seen: { seq: -1, pos: -1, at: 0 }, cpuMs: 0 };
    slots.add(slot);
    stats.workersStarted++;
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') {
        slot.ready = true;
        startFailures = 0;
        stats.startupMs += reply.startupMs;
      } else if (reply.kind === 'done') {
        const batch = slot.inflight.shift();
        if (batch?.seq === reply.seq) batch.jobs.forEach((job, i) => job.resolve(reply.outcomes[i]!));
        addTimings(timings, reply.timings);
        if (typeof reply.cpuMs === 'number') {
          stats.cpuMs = (stats.cpuMs ?? 0) + reply.cpuMs - slot.cpuMs;
          slot.cpuMs = reply.cpuMs;
        }
      } else {
        retire(slot, reply.message, false);
        return;
      }
      dispatch();
    });
    worker.on('error', (err: Error & { code?: string }) =>
      retire(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `needs more memory than an extraction worker has (${limits.maxOldGenerationSizeMb} MB): a text this long is better split into several files`
        : `extraction worker failed: ${err.message}`, true));
    worker.on('exit', (code) => retire(slot, `extraction worker stopped (exit code ${code})`, true));
    watchdog ??= setInterval(checkBudgets, Math.min(1000, Math.max(20, opts.fileBudgetMs / 10))).unref();
  };

  /** A worker is gone: the report it was on fails, the rest of its batches are queued again. */
  const retire = (slot: Slot, reason: string, current: boolean) => {
    if (!slots.delete(slot)) return;
    void slot.worker.terminate();
    const culprit = current && slot.ready ? currentJob(slot) : null;
    if (culprit) fail(culprit, reason);
    if (!slot.ready && ++startFailures >= MAX_START_FAILURES) {
      for (const job of [...slot.inflight.flatMap((b) => b.jobs), ...queue.splice(0)]) if (job !== culprit) fail(job, reason);
      return;
    }
    queue.unshift(...slot.inflight.flatMap((b) => b.jobs).filter((job) => job !== culprit));
    if (!closed) dispatch();
  };

  const currentJob = (slot: Slot): Job | null => {
    const batchSeq = Atomics.load(slot.progress, 0);
    const batch = slot.inflight.find((b) => b.seq === batchSeq);
    return batch?.jobs[Atomics.load(slot.progress, 1)] ?? null;
  };

  function checkBudgets() {
    const now = performance.now();
    for (const slot of slots) {
      if (!slot.ready || slot.inflight.length === 0) continue;
      const seqNow = Atomics.load(slot.progress, 0);
      const pos = Atomics.load(slot.progress, 1);
      if (seqNow !== slot.seen.seq || pos !== slot.seen.pos) slot.seen = { seq: seqNow, pos, at: now };
      else if (now - slot.seen.at > opts.fileBudgetMs && slot.inflight.some((b) => b.seq === seqNow)) {
        stats.timedOut++;
        const seconds = opts.fileBudgetMs / 1000;
        retire(slot, `took longer than ${seconds} s, the per-file time budget (--max-file-seconds), and was stopped`, true);
      }
    }
  }

  const dispatch = () => {
    if (closed) return;
    const wanted = Math.min(opts.jobs, slots.size + (queue.length > maxBatch || slots.size === 0 ? 1 : 0));
    while (queue.length > 0 && slots.size < wanted) spawn();
    for (const slot of slots) {
      while (slot.ready && slot.inflight.length < PIPELINE_DEPTH && queue.length > 0) {
        const size = Math.max(1, Math.min(maxBatch, Math.ceil(queue.length / (slots.size * PIPELINE_DEPTH))));
        const batch: Batch = { seq: ++seq, jobs: queue.splice(0, size) };
        slot.inflight.push(batch);
        if (slot.inflight.length === 1) slot.seen = { seq: -1, pos: -1, at: performance.now() };
        stats.batches++;
        slot.worker.postMessage({ seq: batch.seq, inputs: batch.jobs.map((j) => j.input) } satisfies WorkerTask);
      }
    }
  };

  return {
    timings,
    stats,
    get pending() {
      let n = queue.length;
      for (const slot of slots) for (const batch of slot.inflight) n += batch.jobs.length;
      return n;
    },
    submit(input) {
      return new Promise<ExtractOutcome>((resolve) => {
        queue.push({ input, resolve });
        dispatch();
      });
    },
    prestart() {
      if (!closed && slots.size === 0 && startFailures === 0) spawn();
    },
    cancelQueued() {
      for (const job of queue.splice(0)) fail(job, 'extraction was stopped');
    },
    async close() {
      closed = true;
      if (watchdog) clearInterval(watchdog);
      const all = [...slots];
      slots.clear();
      for (const job of [...all.flatMap((s) => s.inflight.flatMap((b) => b.jobs)), ...queue.splice(0)]) fail(job, 'extraction was stopped');
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
