/**
 * Text from reports, file names and rule files reaches the terminal: a raw ESC, BEL or CSI in it
 * could recolour, retitle or rewrite the analyst's terminal. Every string the CLI writes to stdout
 * and stderr goes through `stripControl` (C0 except tab and newline, DEL, C1). JSON output is
 * unaffected: JSON.stringify already writes C0 characters as \u escapes.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export const stripControl = (text: string): string => text.replace(CONTROL, '');

const raw = new Map<NodeJS.WriteStream, NodeJS.WriteStream>();

/** Filter every string written to stdout and stderr (once per process). */
export function guardTerminalOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (raw.has(stream)) continue;
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    // the progress bar's own cursor and colour sequences go through an unfiltered view of the stream
    raw.set(stream, Object.create(stream, { write: { value: write } }) as NodeJS.WriteStream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) =>
      write(typeof chunk === 'string' ? stripControl(chunk) : chunk, ...rest)) as typeof stream.write;
  }
}

/** The stream itself, unfiltered: for the progress bar's escape sequences only. */
export const unfiltered = (stream: NodeJS.WriteStream): NodeJS.WriteStream => raw.get(stream) ?? stream;
