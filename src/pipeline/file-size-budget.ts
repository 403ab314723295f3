import { stat } from 'node:fs/promises';

/**
 * The per-file size budget (`--max-file-mb`): a file above it fails with that reason before a byte
 * of it is read, so one huge or pathological file cannot exhaust memory; the batch goes on. The
 * default leaves room for long reports and converted documents (a 300-page report as text is a few
 * MB). The per-file time budget is the worker pool's (`--max-file-seconds`).
 */
export const DEFAULT_MAX_FILE_MB = 64;

const MB = 1024 * 1024;

/** Why `path` is over the budget, or null (also when it cannot be stat'ed: reading it says why). */
export async function sizeBudgetProblem(path: string, maxMb: number): Promise<string | null> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return null;
  }
  if (size <= maxMb * MB) return null;
  return `${(size / MB).toFixed(1)} MB is over the per-file size budget of ${maxMb} MB (--max-file-mb)`;
}
