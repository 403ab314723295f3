import type { CommandTime, FloorRun, IngestRun } from './bench-run.js';

export interface BenchResults {
  readonly gen: { files: number; bytes: number };
  readonly jobs: number;
  /** workers of the second ingest (`single`): 1 when `jobs` is more, else 2 */
  readonly otherJobs: number;
  /** the floor and first ingest reported (the pair of median ratio when the bench repeats them) */
  readonly floor: FloorRun;
  readonly first: IngestRun;
  /** ingest/floor speed of every pair, in the order they ran */
  readonly ratios: readonly number[];
  /** the first ingest without the search index (`--no-search-index`) */
  readonly noIndex: IngestRun;
  /** `zhibiao ingest DIR` as a user runs it: the whole process, with what the command does after the ingest */
  readonly command: CommandTime;
  readonly rerun: IngestRun;
  readonly single: IngestRun;
  /** the same ingests over 1,000 of the reports (null when --count is not larger) */
  readonly flat: { files: number; first: IngestRun; single: IngestRun } | null;
  readonly long: { kb: number; oneLine: IngestRun; shortLines: IngestRun };
  readonly huge: { mb: number; run: IngestRun };
  /** one report of `mb` MB, and the same texts as separate files (both with one worker) */
  readonly big: { mb: number; one: IngestRun; parts: IngestRun };
  /** light commands: tables and audit on a database without reports */
  readonly startup: Readonly<Record<string, CommandTime>>;
  /** tables and audit over the whole generated corpus (its first ingest's database) */
  readonly overCorpus: Readonly<Record<string, CommandTime>>;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pct = (part: number, whole: number) => `${((100 * part) / (whole || 1)).toFixed(0)}%`;
const workers = (n: number) => `${n} worker${n === 1 ? '' : 's'}`;
const growth = (from: number, to: number) => `${to >= from ? '+' : ''}${((100 * (to - from)) / (from || 1)).toFixed(1)}%`;

/**
 * The ingest's CPU split by thread (where the system says): the main thread, the workers, and the
 * rest of the process — SQLite's threads and V8's compiler and garbage-collector helpers.
 */
function cpuByThread(run: IngestRun): string[] {
  const workerMs = run.phases.workers.cpuMs;
  if (run.mainCpuMs === null || workerMs === null) return [];
  const other = Math.max(0, run.cpuMs - run.mainCpuMs - workerMs);
  return [
    `  CPU by thread (${s(run.cpuMs)} in all): main ${s(run.mainCpuMs)} (${pct(run.mainCpuMs, run.cpuMs)}), workers ${s(workerMs)} (${pct(workerMs, run.cpuMs)}), ` +
      `the others (SQLite, V8's compiler and GC helpers) ${s(other)} (${pct(other, run.cpuMs)})`,
  ];
}

/** The bench's report: ratios first, then where the time went. */
export function formatBench(r: BenchResults): string {
  const mb = r.gen.bytes / 1e6;
  const { floor, first, rerun, single } = r;
  const mbps = (ms: number) => `${(mb / (ms / 1000)).toFixed(2)} MB/s`;
  const w = first.phases.workers;
  const stageMs = Object.entries(first.timings).filter(([k]) => k !== 'rows');
  const stageTotal = stageMs.reduce((a, [, v]) => a + v, 0);
  const busy = stageTotal + first.timings.rows + w.startupMs;
  // worker time not spent in start-up, stages or building rows: waiting for work, message hand-off
  const handoff = Math.max(0, first.ms * w.workersStarted - busy);
  const failed = (run: IngestRun) => (run.failed ? `; ${run.failed} failed: ${run.failures.slice(0, 3).join('; ')}` : '');
  const lines = [
    `zhibiao bench: ${r.gen.files} reports (${mb.toFixed(1)} MB), ${workers(r.jobs)} (the default here)`,
    `floor    load dictionary + read + segment all, 1 thread: ${mbps(floor.ms)} (${s(floor.ms)}; dictionary load ${s(floor.loadMs)})`,
    `ingest   full pipeline into SQLite, search index included (as \`zhibiao ingest\` does): ${mbps(first.ms)} (${s(first.ms)}, ${first.ingested} ingested${failed(first)}; CPU ${s(first.cpuMs)} in all threads)`,
    `ratio    ingest/floor speed: ${(floor.ms / first.ms).toFixed(2)}×` +
      (r.ratios.length > 1 ? ` (median of ${r.ratios.length} runs, each ingest next to its own floor: ${r.ratios.map((x) => `${x.toFixed(2)}×`).join(', ')})` : ''),
    `no index the same with --no-search-index: ${mbps(r.noIndex.ms)} (${s(r.noIndex.ms)}${failed(r.noIndex)}; CPU ${s(r.noIndex.cpuMs)}; peak RSS ${r.noIndex.peakMb.toFixed(0)} MB) → ratio ${(floor.ms / r.noIndex.ms).toFixed(2)}×; ` +
      `the index costs ${s(first.ms - r.noIndex.ms)} of wall and ${s(first.cpuMs - r.noIndex.cpuMs)} of CPU`,
    `command  zhibiao ingest as a whole process (start-up, ingest, search index check, Datasette metadata): ${s(r.command.ms)}${r.command.code ? ` (exit ${r.command.code})` : ''}`,
    `re-run   unchanged corpus: ${s(rerun.ms)} (${rerun.unchanged} unchanged, ${rerun.phases.hashed} of them read, ${rerun.phases.workers.workersStarted} workers started; process ${s(rerun.wallMs)}) → ${(first.ms / rerun.ms).toFixed(1)}× faster than the first ingest`,
    `memory   peak RSS: ${workers(r.jobs)} ${first.peakMb.toFixed(0)} MB; ${workers(r.otherJobs)} ${single.peakMb.toFixed(0)} MB (${s(single.ms)}, ${mbps(single.ms)}, ratio ${(floor.ms / single.ms).toFixed(2)}×${failed(single)}); floor process ${floor.peakMb.toFixed(0)} MB`,
    ...(r.flat
      ? [
          `flat     peak RSS ${r.flat.files} → ${r.gen.files} reports: ${workers(r.jobs)} ${r.flat.first.peakMb.toFixed(0)} → ${first.peakMb.toFixed(0)} MB (${growth(r.flat.first.peakMb, first.peakMb)}); ` +
            `${workers(r.otherJobs)} ${r.flat.single.peakMb.toFixed(0)} → ${single.peakMb.toFixed(0)} MB (${growth(r.flat.single.peakMb, single.peakMb)})`,
        ]
      : []),
    `where the first ingest's time went (wall ${s(first.ms)}):`,
    `  main thread: start-up (rules, discovery, database) ${s(first.phases.startupMs)} (${pct(first.phases.startupMs, first.ms)} of wall); ` +
      `read/decode/hash ${s(first.phases.readMs)} summed over overlapping reads; SQLite ${s(first.phases.writeMs)} in ${first.phases.transactions} transactions (${pct(first.phases.writeMs, first.ms)} of wall)`,
    `  workers (${w.workersStarted} started, ${w.batches} batches; thread time summed): start-up (modules, rules, dictionary) ${s(w.startupMs)} (${pct(w.startupMs, busy + handoff)}), ` +
      `stages ${s(stageTotal)} (${pct(stageTotal, busy + handoff)}), store rows ${s(first.timings.rows)} (${pct(first.timings.rows, busy + handoff)}), ` +
      `waiting/hand-off ${s(handoff)} (${pct(handoff, busy + handoff)})`,
    `  stages: ${stageMs.map(([k, v]) => `${k} ${s(v)} (${pct(v, stageTotal)})`).join(', ')}`,
    ...cpuByThread(first),
    `long line ${r.long.kb} KB on one line ${s(r.long.oneLine.ms)}${failed(r.long.oneLine)}; the same in short lines ${s(r.long.shortLines.ms)}${failed(r.long.shortLines)} → ${(r.long.oneLine.ms / r.long.shortLines.ms).toFixed(2)}×`,
    `huge line ${r.huge.mb} MB on one line: ${s(r.huge.run.ms)}, ${r.huge.run.ingested ? 'ingested' : 'not ingested'}${failed(r.huge.run)}; peak ${r.huge.run.peakMb.toFixed(0)} MB`,
    `big file one report of ${r.big.mb} MB ${s(r.big.one.ms)} (CPU ${s(r.big.one.cpuMs)}, peak ${r.big.one.peakMb.toFixed(0)} MB)${failed(r.big.one)}; ` +
      `the same texts as ${r.big.parts.ingested} files ${s(r.big.parts.ms)} (CPU ${s(r.big.parts.cpuMs)})${failed(r.big.parts)} → ` +
      `${(r.big.one.ms / r.big.parts.ms).toFixed(2)}× the time, ${(r.big.one.cpuMs / r.big.parts.cpuMs).toFixed(2)}× the CPU (one report cannot be extracted while another is stored)`,
    `start-up ${Object.entries(r.startup).map(([k, v]) => `${k} ${s(v.ms)}${v.code ? ` (exit ${v.code})` : ''}`).join(', ')}; ` +
      `extract of one line − dictionary load = ${s((r.startup.extract?.ms ?? 0) - floor.loadMs)}`,
    `database ${r.gen.files} reports: ${Object.entries(r.overCorpus).map(([k, v]) => `${k} ${s(v.ms)}${v.code ? ` (exit ${v.code})` : ''}`).join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
