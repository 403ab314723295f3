import type { DiscoveredFile } from '../ingest/discover.js';
import { hashFileSync } from '../ingest/source-file.js';
import { realPath } from '../ingest/identity.js';
import { statStamp, trusted, type FileStamp } from '../ingest/file-stamp.js';
import { InputFileError, toError } from '../core/errors.js';
import { sizeBudgetProblem } from './file-size-budget.js';

/** What the store says about a file (by real path) that may spare reading it: see `checkFiles`. */
export interface KnownFile {
  readonly sha256: string;
  readonly stamp: FileStamp | null;
}

/** A file whose content hash is known: read and hashed now (`hashed`), or trusted by its stamp. */
export interface CheckedFile {
  readonly file: DiscoveredFile;
  readonly realPath: string;
  readonly sha256: string;
  /** size and mtime as stat'ed now, before any read; null when stat failed (the read then succeeded) */
  readonly stamp: FileStamp | null;
  readonly hashed: boolean;
}

/** A file that cannot be taken: over the size budget, or unreadable. */
export interface RefusedFile {
  readonly file: DiscoveredFile;
  readonly sha256: null;
  readonly error: string;
}

/**
 * The content hash of every file, reading as few as possible (git's index, make): one `stat` each;
 * a file over the size budget is refused without being read; a file whose real path is in `known`
 * with the same size and mtime as stored, and a stamp not taken too close to its mtime (racy,
 * file-stamp.ts), takes the stored hash WITHOUT being read; every other file is read and hashed.
 * `known` holds only reports a re-run could keep (same rule set, text stored; empty with --force).
 * `onNew(bytes)` is told of each file read whose content is not the one stored under its real path.
 */
export function checkFiles(
  files: readonly DiscoveredFile[],
  known: ReadonlyMap<string, KnownFile>,
  maxMb: number,
  onNew?: (bytes: number) => void,
): Array<CheckedFile | RefusedFile> {
  return files.map((file) => {
    const stamp = statStamp(file.path);
    const tooBig = stamp ? sizeBudgetProblem(Number(stamp.size), maxMb) : null;
    if (tooBig) return { file, sha256: null, error: tooBig };
    try {
      const real = file.realPath ?? realPath(file.path);
      const stored = known.get(real);
      if (stored && trusted(stored.stamp, stamp)) return { file, realPath: real, sha256: stored.sha256, stamp, hashed: false };
      const { sha256, bytes } = hashFileSync(file);
      if (stored?.sha256 !== sha256) onNew?.(bytes);
      return { file, realPath: real, sha256, stamp, hashed: true };
    } catch (err) {
      return { file, sha256: null, error: err instanceof InputFileError ? err.reason : toError(err).message };
    }
  });
}
