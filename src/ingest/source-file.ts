import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputFileError } from '../core/errors.js';
import { cleanText } from './clean.js';
import { decodeReport, type ReportEncoding } from './decode.js';
import type { DiscoveredFile } from './discover.js';

/** One report as read from disk: what the pipeline gets, and what the store keys on. */
export interface SourceFile {
  /** absolute path */
  readonly path: string;
  /** display path and database key (see discover.ts) */
  readonly relPath: string;
  readonly encoding: ReportEncoding;
  /** hex SHA-256 of the raw bytes as read (before decoding), to skip unchanged files */
  readonly sha256: string;
  /** size of the raw file in bytes */
  readonly bytes: number;
  /** decoded and cleaned text (line ends `\n`, debris blanked); spans index this */
  readonly text: string;
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/**
 * Reads, hashes, decodes and cleans one discovered file. Every failure is an InputFileError that
 * names `relPath`: read errors have code `not-a-file`; decoding errors come from decodeReport.
 */
export async function readSourceFile(file: DiscoveredFile): Promise<SourceFile> {
  let raw: Buffer;
  try {
    raw = await readFile(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_ERRORS[code] ?? `cannot read file: ${(error as Error).message}`;
    throw new InputFileError(file.relPath, reason, 'not-a-file');
  }
  const { text, encoding } = decodeReport(raw, file.relPath);
  return {
    path: file.path,
    relPath: file.relPath,
    encoding,
    sha256: sha256Hex(raw),
    bytes: raw.length,
    text: cleanText(text),
  };
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
