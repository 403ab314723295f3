import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sqlite3 from 'sqlite3';

/** The repository root: the CLI runs here so that the default `rules/` is found. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'zhibiao.js');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'e2e');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** At most this many CLI processes at once: tests start their runs early and let them queue. */
const MAX_RUNNING = Math.max(3, availableParallelism() + 1);
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs `node bin/zhibiao.js ...args` in the repository root and collects its output. */
export function runCli(args: readonly string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return slot(() => spawnCli(args, opts));
}

function spawnCli(args: readonly string[], opts: { cwd?: string; timeoutMs?: number }): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 45_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** A fresh temporary folder and its cleanup. */
export function makeTmp(prefix = 'zhibiao-e2e-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies tests/fixtures/e2e/<scenario> to <dir>/<scenario> (so stored keys start with `<scenario>/`). */
export function copyScenario(scenario: string, dir: string): string {
  const target = join(dir, scenario);
  cpSync(join(FIXTURES, scenario), target, { recursive: true });
  return target;
}

/** Memoizes an async scenario so that it can be started early and awaited later, once. */
export function lazy<T>(fn: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => {
    if (!started) {
      started = fn();
      started.catch(() => undefined); // awaited (and reported) by the tests that need it
    }
    return started;
  };
}

/** `    at ` lines: a stack trace leaked to the user. */
export const STACK_LINE = /^\s{4}at /m;

/** Read-only queries against a database the CLI wrote. */
export async function queryDb<T = Record<string, unknown>>(path: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const db = await new Promise<sqlite3.Database>((res, rej) => {
    const d = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (err) => (err ? rej(err) : res(d)));
  });
  try {
    return await new Promise<T[]>((res, rej) => db.all(sql, params, (err: Error | null, rows: T[]) => (err ? rej(err) : res(rows))));
  } finally {
    await new Promise<void>((res) => db.close(() => res()));
  }
}

/** 1-based line of the first line of `text` that matches `re`; throws when none does. */
export function lineMatching(text: string, re: RegExp): number {
  const i = text.split('\n').findIndex((l) => re.test(l));
  if (i === -1) throw new Error(`no line matches ${re}`);
  return i + 1;
}
