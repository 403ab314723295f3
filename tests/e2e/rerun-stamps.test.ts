/**
 * A re-run trusts a stored file's size and mtime, as git's index and make do: such a file is not
 * even read. A file whose mtime changed is read (and re-extracted when its content changed), one
 * stamped too close to its mtime (racy) is read whatever its stamp, a touched file gets a new stamp,
 * a moved file takes its report over, and --force reads everything. Real files, real SQLite.
 */
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmp, queryDb, runCli, type CliResult } from './run-cli.js';

const tmp = makeTmp('zhibiao-rerun-');
afterAll(() => tmp.cleanup());
const reports = join(tmp.dir, 'reports');
const db = join(tmp.dir, 'out.db');
const OLD = new Date('2022-05-06T07:08:09Z');

/** An invented report whose reconsideration count is `n` (two digits, so every variant has the same size). */
const report = (town: string, n: number) =>
  `${town}人民政府2023年法治政府建设工作报告\n\n一、主要工作\n全年共受理行政复议案件${n}件，依法办结${n - 2}件。\n`;

function write(name: string, text: string, mtime: Date): void {
  writeFileSync(join(reports, name), text);
  utimesSync(join(reports, name), mtime, mtime);
}

const ingest = (...flags: string[]) => runCli(['ingest', reports, '--db', db, '--jobs', '1', '--no-progress', ...flags], { timeoutMs: 120_000 });
const received = async () =>
  Object.fromEntries(
    (await queryDb<{ file: string; value: number }>(db, "SELECT file, value FROM v_observations WHERE indicator_id = 'reconsideration.received'"))
      .map((r) => [r.file, r.value]),
  );
const summary = (run: CliResult) => /\d+ files seen: .*/.exec(run.stderr)?.[0];

let first: CliResult;
let second: CliResult;
let afterSecond: Record<string, number>;
let third: CliResult;
let afterThird: Record<string, number>;
let stampAfterTouch: { file_mtime_ns: string } | undefined;
let moved: CliResult;
let movedRow: { file: string; abs_path: string } | undefined;
let forced: CliResult;
let afterForce: Record<string, number>;

beforeAll(async () => {
  mkdirSync(reports);
  write('changed.txt', report('东坡镇', 12), OLD);
  write('swapped.txt', report('西岭乡', 21), OLD);
  // a clock ahead, or a file written in the second it is read: its stamp is racy
  const future = new Date(Date.now() + 3600_000);
  write('racy.txt', report('南湖街道', 31), future);
  write('touched.txt', report('北岸镇', 41), OLD);
  first = await ingest();
  // the same number of bytes each time; only the mtime (or nothing) tells
  write('changed.txt', report('东坡镇', 15), new Date(OLD.getTime() + 1000)); // a normal edit
  write('swapped.txt', report('西岭乡', 27), OLD); // an edit whose size and mtime were put back
  write('racy.txt', report('南湖街道', 37), future); // an edit within the racy stamp
  utimesSync(join(reports, 'touched.txt'), OLD, new Date(OLD.getTime() + 5000)); // `touch`, same bytes
  second = await ingest();
  afterSecond = await received();
  third = await ingest();
  afterThird = await received();
  stampAfterTouch = (await queryDb<{ file_mtime_ns: string }>(db, "SELECT CAST(file_mtime_ns AS TEXT) AS file_mtime_ns FROM reports WHERE file = 'reports/touched.txt'"))[0];
  mkdirSync(join(reports, 'archive'));
  renameSync(join(reports, 'touched.txt'), join(reports, 'archive', 'touched.txt'));
  moved = await ingest();
  movedRow = (await queryDb<{ file: string; abs_path: string }>(db, "SELECT file, abs_path FROM reports WHERE file LIKE '%touched.txt'"))[0];
  forced = await ingest('--force');
  afterForce = await received();
}, 300_000);

describe('re-run by size and mtime', () => {
  it('stores the size, the mtime in nanoseconds and when the file was read', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(summary(first)).toContain('4 ingested, 0 unchanged');
    const rows = await queryDb<{ file: string; size: number; mtime: string; seen: string }>(
      db, 'SELECT file, file_size AS size, CAST(file_mtime_ns AS TEXT) AS mtime, CAST(file_seen_ns AS TEXT) AS seen FROM reports ORDER BY file');
    expect(rows).toHaveLength(4);
    const changed = rows.find((r) => r.file === 'reports/changed.txt')!;
    expect(changed.size).toBe(Buffer.byteLength(report('东坡镇', 15)));
    expect(BigInt(changed.mtime)).toBe(statSync(join(reports, 'changed.txt'), { bigint: true }).mtimeNs);
    expect(BigInt(changed.seen)).toBeGreaterThan(BigInt(changed.mtime));
  });

  it('re-extracts a file whose mtime changed, and one whose stamp is racy even with size and mtime as stored', () => {
    expect(second.code, second.stderr).toBe(0);
    expect(summary(second)).toContain('2 ingested, 2 unchanged, 0 failed');
    expect(afterSecond['reports/changed.txt']).toBe(15);
    expect(afterSecond['reports/racy.txt']).toBe(37);
  });

  it('does not read a file whose size and mtime are as stored: an edit that put both back goes unseen (as in git and make)', () => {
    expect(afterSecond['reports/swapped.txt']).toBe(21);
    expect(readFileSync(join(reports, 'swapped.txt'), 'utf8')).toContain('27件');
  });

  it('a touched file (new mtime, same bytes) is found unchanged and stamped again', () => {
    expect(summary(third)).toContain('0 ingested, 4 unchanged, 0 failed');
    expect(afterThird).toEqual(afterSecond);
    expect(stampAfterTouch?.file_mtime_ns).toBe(String(BigInt(OLD.getTime() + 5000) * 1_000_000n));
  });

  it('a moved file takes its report over: its key and real path follow the file', () => {
    expect(summary(moved)).toContain('0 ingested, 4 unchanged, 0 failed');
    expect(movedRow?.file).toBe('reports/archive/touched.txt');
    expect(movedRow?.abs_path).toMatch(/archive[/\\]touched\.txt$/);
  });

  it('--force reads and re-extracts every file', () => {
    expect(summary(forced)).toContain('4 ingested, 0 unchanged, 0 failed');
    expect(afterForce['reports/swapped.txt']).toBe(27);
  });
});
