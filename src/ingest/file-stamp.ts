import { statSync } from 'node:fs';

/**
 * What a report file looked like when it was read, as git's index and make keep it: its size and
 * modification time (nanoseconds), and when it was looked at. A re-run trusts a file whose real
 * path, size and mtime all equal the stored ones as unchanged without reading it (see `trusted`).
 * Numbers are bigint: nanoseconds since 1970 do not fit in a double.
 */
export interface FileStamp {
  /** size in bytes */
  readonly size: bigint;
  /** modification time, ns since the epoch */
  readonly mtimeNs: bigint;
  /** wall-clock time (ns since the epoch) taken just BEFORE the file was stat'ed and read */
  readonly seenNs: bigint;
}

/**
 * How many whole seconds the mtime must lie before the moment the file was read for its stamp to be
 * trusted later. A file written in the same second as it was read (or after it, by a clock that
 * runs ahead) is "racily clean" (git's term): a later write within the same timestamp tick leaves
 * size and mtime as they were, so such a file is hashed on the next run anyway. Two seconds, not
 * one, because FAT/exFAT keep mtimes at 2-second granularity.
 */
export const RACY_SECONDS = 2n;
const NS = 1_000_000_000n;

/** Stats `path` (one system call, the file is not opened); null when it cannot be stat'ed (reading it then says why). */
export function statStamp(path: string): FileStamp | null {
  const seenNs = BigInt(Date.now()) * 1_000_000n;
  try {
    const st = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (!st?.isFile()) return null;
    return { size: st.size, mtimeNs: st.mtimeNs, seenNs };
  } catch {
    return null;
  }
}

/** Whether a stored stamp was taken too close to the file's mtime to be trusted (see RACY_SECONDS). */
export function isRacy(stamp: FileStamp): boolean {
  return stamp.mtimeNs / NS + RACY_SECONDS > stamp.seenNs / NS;
}

/**
 * Whether the file as stat'ed now (`now`) can be taken for the stored version without reading it:
 * same size, same mtime to the nanosecond, and the stored stamp not racy.
 */
export function trusted(stored: FileStamp | null, now: FileStamp | null): boolean {
  return stored !== null && now !== null && stored.size === now.size && stored.mtimeNs === now.mtimeNs && !isRacy(stored);
}

/** The stamp as stored (decimal strings: exact in JSON and in SQLite's 64-bit INTEGER columns). */
export const stampColumns = (s: FileStamp | null | undefined): [string | null, string | null, string | null] =>
  s ? [String(s.size), String(s.mtimeNs), String(s.seenNs)] : [null, null, null];

/** A stamp read back from its columns (read as TEXT), or null when the report has none. */
export function stampFromColumns(size: string | null, mtimeNs: string | null, seenNs: string | null): FileStamp | null {
  if (size === null || mtimeNs === null || seenNs === null) return null;
  return { size: BigInt(size), mtimeNs: BigInt(mtimeNs), seenNs: BigInt(seenNs) };
}
