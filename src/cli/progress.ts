import cliProgress from 'cli-progress';
import type { FileResult } from '../pipeline/run-batch.js';
import { stripControl, unfiltered } from './terminal-text.js';

/** A progress bar on a terminal; plain lines (failures only) otherwise. */
export function createProgress(enabled: boolean) {
  const tty = enabled && Boolean(process.stderr.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: 'ingest [{bar}] {value}/{total} files | {file}', stream: unfiltered(process.stderr), hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let active = false;
  return {
    start(total: number) {
      bar?.start(total, 0, { file: '' });
      active = true;
    },
    file(result: FileResult) {
      if (bar) {
        if (active) bar.increment({ file: stripControl(result.path) });
      } else if (result.status === 'failed') process.stderr.write(`failed  ${result.path}: ${result.reason}\n`);
      else if (enabled && result.status !== 'skipped') process.stderr.write(`${result.status.padEnd(9)} ${result.path}\n`);
    },
    /** removes the bar and shows the cursor again; safe to call twice (a signal, then the end) */
    stop() {
      if (active) bar?.stop();
      active = false;
    },
  };
}
