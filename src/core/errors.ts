/** An error that maps to a process exit code at the CLI boundary. */
export class ZhibiaoError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'ZhibiaoError';
  }
}

/** A rule or lexicon file that does not validate; names file, line and field. */
export class RuleFileError extends ZhibiaoError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${reason}`, 2);
    this.name = 'RuleFileError';
  }
}

/** A file that cannot be read as a report (binary, empty, unknown encoding, a directory, a damaged document, a scan). */
export class InputFileError extends ZhibiaoError {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly code: 'decode-failed' | 'empty-file' | 'binary-file' | 'not-a-file' | 'unreadable-document' | 'no-text-layer',
  ) {
    super(`${file}: ${reason}`, 1);
    this.name = 'InputFileError';
  }
}

export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}
