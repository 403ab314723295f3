import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { ingest, defaultJobs } from '../pipeline/run-batch.js';
import { findTexts, generateCorpus } from './bench-corpus.js';
import type { StageTimings } from '../pipeline/stage-timings.js';

/**
 * `npm run bench`: generate a corpus of a few thousand reports from real texts, ingest it into a
 * temporary database, and print reports/s, MB/s and peak memory next to a floor measured in the
 * same run (read + nodejieba.cut of the same files, nothing else), so the figure reads as a ratio.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    jobs: { type: 'string', default: String(defaultJobs()) },
    texts: { type: 'string', multiple: true },
    keep: { type: 'boolean', default: false },
  },
});

const sources = findTexts(values.texts ?? ['../shared/seeds', '../shared/corpus-dev']);
const fallback = sources.length ? sources : findTexts(['corpus']);
if (fallback.length === 0) throw new Error('bench: no .txt texts found (give --texts DIR)');
const count = Number(values.count);
const jobs = Number(values.jobs);
const root = mkdtempSync(join(tmpdir(), 'zhibiao-bench-'));
const corpus = join(root, 'corpus');
const gen = generateCorpus(fallback, count, corpus);
const mb = gen.bytes / 1e6;
const files = findTexts([corpus]);

const floor = measureFloor(files);
const before = process.memoryUsage().rss;
const summary = await ingest({ inputs: [corpus], dbPath: join(root, 'bench.db'), rulesDir: 'rules', jobs });
const s = summary.elapsedMs / 1000;
const peak = process.resourceUsage().maxRSS / 1024;

const lines = [
  `zhibiao bench: ${gen.files} reports (${mb.toFixed(1)} MB) generated from ${fallback.length} texts, ${jobs} worker(s)`,
  `floor   read + jieba cut, 1 thread : ${(files.length / floor).toFixed(0)} reports/s  ${(mb / floor).toFixed(2)} MB/s  (${floor.toFixed(1)} s)`,
  `ingest  full pipeline into SQLite   : ${(summary.ingested / s).toFixed(0)} reports/s  ${(mb / s).toFixed(2)} MB/s  (${s.toFixed(1)} s; ${summary.failed} failed)`,
  `ratio   ingest time / floor time    : ${(s / floor).toFixed(2)}×`,
  `memory  peak RSS ${peak.toFixed(0)} MB (RSS before ingest ${(before / 1e6).toFixed(0)} MB)`,
  `stages  (CPU ms summed over workers): ${formatShares(summary.timings)}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (!values.keep) rmSync(root, { recursive: true, force: true });
else process.stdout.write(`kept ${root}\n`);

function measureFloor(paths: readonly string[]): number {
  const jieba = createRequire(import.meta.url)('nodejieba') as { cut(s: string, hmm?: boolean): string[] };
  jieba.cut('预热');
  const t0 = performance.now();
  let tokens = 0;
  for (const p of paths) tokens += jieba.cut(readFileSync(p, 'utf8'), true).length;
  if (tokens === 0) throw new Error('floor cut nothing');
  return (performance.now() - t0) / 1000;
}

function formatShares(t: StageTimings): string {
  const total = Object.values(t).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(t)
    .map(([k, v]) => `${k} ${(v as number).toFixed(0)} ms (${((100 * (v as number)) / total).toFixed(0)}%)`)
    .join(', ');
}
