import { parentPort, workerData } from 'node:worker_threads';
import { compileRules } from '../rules/rule-inputs.js';
import { useUserWords } from '../segment/tokenize.js';
import { toError } from '../core/errors.js';
import { extractRowsBatch } from './extract-rows.js';
import { emptyTimings } from './stage-timings.js';
import { threadCpuMs } from './thread-cpu.js';
import type { WorkerData, WorkerReply, WorkerTask } from './worker-protocol.js';

/**
 * One extraction thread: compiles the rules the main thread validated and loads jieba's dictionary
 * at once (while the main thread is still discovering and reading), then extracts batches of reports
 * into store rows, stage by stage over the batch (extractReports). Whenever the work turns to
 * another report it writes (batch, position) into shared memory, so the main thread can tell which
 * report overran the per-file time budget without a message per report.
 */
const data = workerData as WorkerData;
const progress = new Int32Array(data.progress);
const port = parentPort!;

try {
  const t0 = performance.now();
  const ruleSet = compileRules(data.rules);
  useUserWords(ruleSet.userWords);
  port.postMessage({ kind: 'ready', startupMs: performance.now() - t0 } satisfies WorkerReply);
  port.on('message', (task: WorkerTask) => {
    const timings = emptyTimings();
    Atomics.store(progress, 0, task.seq);
    const ctx = { ruleSet, timings, searchIndex: data.searchIndex };
    const outcomes = extractRowsBatch(task.inputs, ctx, (i) => Atomics.store(progress, 1, i));
    port.postMessage({ kind: 'done', seq: task.seq, outcomes, timings, cpuMs: threadCpuMs() } satisfies WorkerReply);
  });
} catch (err) {
  port.postMessage({ kind: 'fatal', message: toError(err).message } satisfies WorkerReply);
}
