import { Worker } from 'node:worker_threads';
import type { RuleSet } from '../rules/compile.js';
import type { ExtractedReport } from '../core/document.js';
import { extractReport, type ExtractInput } from './extract.js';
import { addTimings, emptyTimings, type StageTimings } from './stage-timings.js';

/** Runs extractions: in this thread, or spread over worker threads so CPU work runs in parallel. */
export interface Extractor {
  extract(input: ExtractInput): Promise<ExtractedReport>;
  readonly timings: StageTimings;
  close(): Promise<void>;
}

export function inProcessExtractor(ruleSet: RuleSet): Extractor {
  const timings = emptyTimings();
  return {
    timings,
    extract: async (input) => extractReport(input, { ruleSet, timings }),
    close: async () => {},
  };
}

interface Job {
  input: ExtractInput;
  resolve: (r: ExtractedReport) => void;
  reject: (e: Error) => void;
}

/** `jobs` workers, each loading the rules and jieba's dictionary once. */
export function workerExtractor(rulesDir: string, jobs: number): Extractor {
  const timings = emptyTimings();
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const url = new URL('./extract-worker.js', import.meta.url);
  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage(job.input);
    }
  };
  const workers = new Set<Worker>();
  let respawns = jobs * 2;
  const spawn = () => {
    const worker = new Worker(url, { workerData: { rulesDir } });
    worker.on('message', (msg: { report?: ExtractedReport; timings?: StageTimings; error?: string }) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (msg.timings) addTimings(timings, msg.timings);
      if (job) {
        if (msg.report) job.resolve(msg.report);
        else job.reject(new Error(msg.error ?? 'worker failed'));
      }
      dispatch();
    });
    // a worker that dies fails its own job only: a replacement takes its place (a few times at most,
    // so a worker that cannot start does not loop); with no worker left, the queue fails
    worker.on('error', (err) => {
      busy.get(worker)?.reject(err);
      busy.delete(worker);
      workers.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      if (respawns-- > 0) spawn();
      else if (workers.size === 0) for (const job of queue.splice(0)) job.reject(err);
      dispatch();
    });
    workers.add(worker);
    idle.push(worker);
  };
  for (let i = 0; i < jobs; i++) spawn();
  return {
    timings,
    extract(input) {
      return new Promise((resolve, reject) => {
        queue.push({ input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}

/**
 * Worker threads pay off only for larger batches: each worker loads jieba's dictionaries and the
 * rules (about a second), while one report takes a few milliseconds in-process.
 */
export const FILES_PER_WORKER = 50;

export function createExtractor(rulesDir: string, ruleSet: RuleSet, jobs: number, files: number): Extractor {
  const useWorkers = jobs > 1 && files >= jobs * FILES_PER_WORKER;
  return useWorkers ? workerExtractor(rulesDir, jobs) : inProcessExtractor(ruleSet);
}
