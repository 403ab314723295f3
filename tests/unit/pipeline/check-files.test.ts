/**
 * A re-run decides "unchanged" from a file's size and mtime, as git's index and make do, and reads
 * only the files whose stamp differs or was taken too close to their mtime (racy). Real files.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles, type KnownFile } from '../../../src/pipeline/check-files.js';
import { isRacy, statStamp, trusted, type FileStamp } from '../../../src/ingest/file-stamp.js';
import { sha256Hex } from '../../../src/ingest/source-file.js';

const dir = mkdtempSync(join(tmpdir(), 'zhibiao-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OLD = new Date('2021-03-04T05:06:07Z');
const S = 1_000_000_000n;

/** A report file with mtime OLD; its discovered form; its stamp as a run long after OLD took it. */
function report(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  utimesSync(path, OLD, OLD);
  const now = statStamp(path)!;
  const stamp: FileStamp = { ...now, seenNs: now.mtimeNs + 3600n * S };
  return { path, file: { path, relPath: name, realPath: path }, stamp };
}

describe('file stamps', () => {
  it('a stamp taken less than two whole seconds after the mtime is racy', () => {
    const mtimeNs = 1_700_000_000n * S + 999_000_000n;
    expect(isRacy({ size: 1n, mtimeNs, seenNs: mtimeNs })).toBe(true);
    expect(isRacy({ size: 1n, mtimeNs, seenNs: mtimeNs - S })).toBe(true); // a clock ahead
    expect(isRacy({ size: 1n, mtimeNs, seenNs: 1_700_000_001n * S + 999_000_000n })).toBe(true);
    expect(isRacy({ size: 1n, mtimeNs, seenNs: 1_700_000_002n * S })).toBe(false);
  });

  it('trusts only the same size and the same mtime to the nanosecond', () => {
    const stored: FileStamp = { size: 10n, mtimeNs: 5n * S + 1n, seenNs: 100n * S };
    expect(trusted(stored, { ...stored, seenNs: 200n * S })).toBe(true);
    expect(trusted(stored, { ...stored, mtimeNs: 5n * S + 2n })).toBe(false);
    expect(trusted(stored, { ...stored, size: 11n })).toBe(false);
    expect(trusted(null, stored)).toBe(false);
    expect(trusted(stored, null)).toBe(false);
  });

  it('reads size and mtime in nanoseconds without opening the file; null for a folder or a missing path', () => {
    const { path } = report('stamped.txt', '全年办理案件7件。\n');
    const stamp = statStamp(path)!;
    expect(stamp.size).toBe(BigInt(Buffer.byteLength('全年办理案件7件。\n')));
    expect(stamp.mtimeNs).toBe(BigInt(OLD.getTime()) * 1_000_000n);
    expect(stamp.seenNs).toBeGreaterThan(stamp.mtimeNs);
    expect(statStamp(dir)).toBeNull();
    expect(statStamp(join(dir, 'no-such.txt'))).toBeNull();
  });
});

describe('checkFiles', () => {
  it('takes the stored hash of a file with its stored size and mtime, without reading it', () => {
    const a = report('a.txt', '甲镇全年受理复议案件12件。\n');
    // the stored hash is not this content's: only a read would notice, and none happens
    const known = new Map<string, KnownFile>([[a.path, { sha256: 'stored-hash', stamp: a.stamp }]]);
    const [checked] = checkFiles([a.file], known, 64);
    expect(checked).toMatchObject({ sha256: 'stored-hash', hashed: false, realPath: a.path });
  });

  it('reads and hashes a file whose mtime or size changed, whose stamp is racy, or that is not stored', () => {
    const text = '乙镇全年受理复议案件13件。\n';
    const touched = report('touched.txt', text);
    const grown = report('grown.txt', text);
    const racy = report('racy.txt', text);
    const fresh = report('fresh.txt', text);
    const known = new Map<string, KnownFile>([
      [touched.path, { sha256: 'stored-hash', stamp: touched.stamp }],
      [grown.path, { sha256: 'stored-hash', stamp: grown.stamp }],
      [racy.path, { sha256: 'stored-hash', stamp: { ...racy.stamp, seenNs: racy.stamp.mtimeNs + S } }],
    ]);
    // same size, new mtime (content replaced by the same number of bytes)
    writeFileSync(touched.path, text.replace('13', '31'));
    utimesSync(touched.path, OLD, new Date(OLD.getTime() + 1000));
    writeFileSync(grown.path, `${text}。`);
    utimesSync(grown.path, OLD, OLD);
    const checked = checkFiles([touched.file, grown.file, racy.file, fresh.file], known, 64);
    expect(checked.map((c) => c.sha256)).toEqual([
      sha256Hex(Buffer.from(text.replace('13', '31'))),
      sha256Hex(Buffer.from(`${text}。`)),
      sha256Hex(Buffer.from(text)),
      sha256Hex(Buffer.from(text)),
    ]);
    expect(checked.map((c) => c.sha256 !== null && c.hashed)).toEqual([true, true, true, true]);
  });

  it('refuses a file over the size budget without reading it, and names why a path cannot be read', () => {
    const big = report('big.txt', 'x'.repeat(2 * 1024 * 1024));
    mkdirSync(join(dir, 'folder.txt'));
    const folder = { path: join(dir, 'folder.txt'), relPath: 'folder.txt' };
    const missing = { path: join(dir, 'gone.txt'), relPath: 'gone.txt' };
    const checked = checkFiles([big.file, folder, missing], new Map(), 1);
    expect(checked.map((c) => (c.sha256 === null ? c.error : 'read'))).toEqual([
      '2.0 MB is over the per-file size budget of 1 MB (--max-file-mb)',
      'is a directory',
      'no such file',
    ]);
  });
});
