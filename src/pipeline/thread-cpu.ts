import { readFileSync } from 'node:fs';

/**
 * CPU time the calling thread has used so far, in ms, or null where the system does not say (it is
 * read from Linux's /proc/thread-self/schedstat; Node 20 has no per-thread CPU clock). The bench uses
 * it to split an ingest's CPU between the main thread, the workers and the threads the process runs
 * for them (SQLite's, V8's compiler and garbage-collector helpers).
 */
export function threadCpuMs(): number | null {
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}
