/**
 * Ctrl-C and SIGTERM during a batch: the first one aborts `controller` (the runner stops starting
 * files, lets the reports being stored commit, drops the rest) and calls `onFirst` at once, so the
 * terminal is restored before anything else; a second one exits at once (SQLite keeps the database
 * intact either way). Exit code 130 in both cases.
 */
export const INTERRUPTED_EXIT = 130;

export function catchInterrupts(onFirst: () => void): { readonly signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handler = (sig: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      onFirst();
      process.stderr.write(`\n${sig} again: stopping now\n`);
      process.exit(INTERRUPTED_EXIT);
    }
    onFirst();
    process.stderr.write(`\n${sig}: finishing the reports being stored, then stopping (${sig} again to stop now)\n`);
    controller.abort(sig);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
