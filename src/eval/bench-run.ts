import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunPhases } from '../pipeline/run-batch.js';
import type { StageTimings } from '../pipeline/stage-timings.js';

export interface FloorRun {
  readonly ms: number;
  readonly loadMs: number;
  readonly peakMb: number;
}

export interface IngestRun {
  readonly seen: number;
  readonly ingested: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly failures: readonly string[];
  readonly ms: number;
  /** wall time of the whole process, start-up included */
  readonly wallMs: number;
  readonly bytes: number;
  readonly timings: StageTimings;
  readonly phases: RunPhases;
  readonly peakMb: number;
  /** CPU time of the process, all threads */
  readonly cpuMs: number;
  /** CPU time of its main thread, or null where the system does not say */
  readonly mainCpuMs: number | null;
}

const child = fileURLToPath(new URL('./bench-child.js', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/zhibiao.js', import.meta.url));

/** Run one bench-child measurement in a fresh node process and parse its JSON line. */
export function runChild<T>(args: readonly string[]): T {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  const wallMs = performance.now() - t0;
  return { ...(JSON.parse(out.trim().split('\n').pop()!) as T), wallMs };
}

export interface CommandTime {
  readonly ms: number;
  readonly code: number | null;
}

/** Wall time of one `zhibiao` command, process start to exit. */
export function timeCommand(args: readonly string[]): CommandTime {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
  return { ms: performance.now() - t0, code: r.status };
}
