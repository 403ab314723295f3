/**
 * The per-file size budget (`--max-file-mb`): a file above it fails with that reason before a byte
 * of it is read, so one huge or pathological file cannot exhaust memory; the batch goes on. The
 * default leaves room for long reports and converted documents (a 300-page report as text is a few
 * MB). The per-file time budget is the worker pool's (`--max-file-seconds`).
 */
export const DEFAULT_MAX_FILE_MB = 64;

const MB = 1024 * 1024;

/** Why a file of `size` bytes is over the budget, or null. The caller stats it (the file is not opened). */
export function sizeBudgetProblem(size: number, maxMb: number): string | null {
  if (size <= maxMb * MB) return null;
  return `${(size / MB).toFixed(1)} MB is over the per-file size budget of ${maxMb} MB (--max-file-mb)`;
}
