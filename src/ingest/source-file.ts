import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { InputFileError } from '../core/errors.js';
import { cleanText } from './clean.js';
import type { DiscoveredFile } from './discover.js';
import { readDocument } from './read-document.js';
import type { ReportFormat } from './report-format.js';

/** One report as read from disk: what the pipeline gets, and what the store keys on. */
export interface SourceFile {
  /** absolute path */
  readonly path: string;
  /** display path and database key (see discover.ts) */
  readonly relPath: string;
  /** the format its reader took it for (by content, then extension) */
  readonly format: ReportFormat;
  /** character encoding of a text/HTML file, else the format name */
  readonly encoding: string;
  /** hex SHA-256 of the raw bytes as read (before decoding), to skip unchanged files */
  readonly sha256: string;
  /** size of the raw file in bytes */
  readonly bytes: number;
  /** the extracted, cleaned text (line ends `\n`, debris blanked); spans index this */
  readonly text: string;
  /** the title the format declares, else null */
  readonly title: string | null;
  /** a web page's publication date (YYYY-MM-DD), else null */
  readonly published: string | null;
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a symbolic link that loops back on itself',
};

/**
 * Reads a file's bytes, synchronously: for the many small files of a corpus far cheaper than the
 * promise API (which reads in chunks through the thread pool). Failures are InputFileErrors (code
 * `not-a-file`) naming `relPath`.
 */
export function readBytesSync(file: DiscoveredFile): Buffer {
  try {
    return readFileSync(file.path);
  } catch (error) {
    throw readError(file, error);
  }
}

/** Space that hashFileSync reads through, chunk by chunk: kept, so hashing a folder allocates no buffer per file. */
const scratch = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * The hex SHA-256 and size of a file's bytes, read chunk by chunk into one buffer kept for all
 * files (planning hashes every new file of a folder; a buffer per file would grow the main
 * thread's heap with garbage in step with the corpus). Failures as readBytesSync.
 */
export function hashFileSync(file: DiscoveredFile): { readonly sha256: string; readonly bytes: number } {
  let fd: number;
  try {
    fd = openSync(file.path, 'r');
  } catch (error) {
    throw readError(file, error);
  }
  try {
    const hash = createHash('sha256');
    let bytes = 0;
    for (let n = readSync(fd, scratch); n > 0; n = readSync(fd, scratch)) {
      hash.update(scratch.subarray(0, n));
      bytes += n;
    }
    return { sha256: hash.digest('hex'), bytes };
  } catch (error) {
    throw readError(file, error);
  } finally {
    closeSync(fd);
  }
}

function readError(file: DiscoveredFile, error: unknown): InputFileError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = (Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : undefined) ?? `cannot read file: ${(error as Error).message}`;
  return new InputFileError(file.relPath, reason, 'not-a-file');
}

/**
 * Reads, hashes and converts one discovered file with the reader for its format, then cleans the
 * text. Every failure is an InputFileError that names `relPath`. `raw` skips the read when the
 * caller already has the bytes. The bytes are read synchronously (see readBytesSync): the promise
 * API costs four thread-pool round trips a file, in the pool that also runs SQLite's statements.
 */
export async function readSourceFile(file: DiscoveredFile, raw?: Buffer): Promise<SourceFile> {
  const bytes = raw ?? readBytesSync(file);
  const doc = await readDocument(bytes, file.relPath);
  const text = cleanText(doc.text);
  if (text.trim() === '') throw new InputFileError(file.relPath, `no text in this ${doc.format} file`, 'empty-file');
  return {
    path: file.path,
    relPath: file.relPath,
    format: doc.format,
    encoding: doc.encoding,
    sha256: sha256Hex(bytes),
    bytes: bytes.length,
    text,
    title: doc.title,
    published: doc.published,
  };
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
