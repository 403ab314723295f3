import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { ingest } from '../pipeline/run-batch.js';
import { threadCpuMs } from '../pipeline/thread-cpu.js';

/**
 * One bench measurement in a fresh process (so each has its own peak RSS and its own dictionary
 * load), printing one JSON line: `floor FILE_LIST` or `ingest DIR DB JOBS [no-search-index]`.
 */
const [mode, ...args] = process.argv.slice(2);
const peakMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU time of the whole process (all threads: main, workers, SQLite's), ms */
const cpuMs = () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  return (userCPUTime + systemCPUTime) / 1000;
};

if (mode === 'floor') {
  // the floor: one thread that loads jieba's dictionary, reads every text and segments it all
  const paths = readFileSync(args[0]!, 'utf8').split('\n').filter(Boolean);
  const t0 = performance.now();
  const jieba = createRequire(import.meta.url)('nodejieba') as { load(): void; cut(s: string, hmm?: boolean): string[] };
  jieba.load();
  const loadMs = performance.now() - t0;
  let tokens = 0;
  for (const p of paths) tokens += jieba.cut(readFileSync(p, 'utf8'), true).length;
  if (tokens === 0) throw new Error('floor cut nothing');
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - t0, loadMs, peakMb: peakMb() })}\n`);
} else if (mode === 'ingest') {
  const [dir, db, jobs, index] = args;
  const summary = await ingest({ inputs: [dir!], dbPath: db!, rulesDir: 'rules', jobs: Number(jobs), searchIndex: index !== 'no-search-index' });
  const failures = summary.results.filter((r) => r.status === 'failed').map((r) => `${r.path}: ${r.reason}`);
  const { seen, ingested, unchanged, failed, elapsedMs, bytes, timings, phases } = summary;
  process.stdout.write(
    `${JSON.stringify({ seen, ingested, unchanged, failed, failures, ms: elapsedMs, bytes, timings, phases, peakMb: peakMb(), cpuMs: cpuMs(), mainCpuMs: threadCpuMs() })}\n`,
  );
} else {
  throw new Error(`bench-child: unknown mode ${mode}`);
}
