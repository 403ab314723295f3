/**
 * What already held and must keep holding: kill -9 at any moment leaves an intact database and a
 * re-run converges to the clean counts; concurrent ingests of one folder lose nothing; hostile
 * files are named with reasons; HTML and XLSX outputs are injection-safe.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, STACK_LINE, makeTmp, queryDb, runCli } from '../e2e/run-cli.js';
import { inventedReport, writeCorpus } from './corpus.js';

const tmp = makeTmp('zhibiao-holding-');
afterAll(() => tmp.cleanup());
const N = 40;
const CORPUS = writeCorpus(join(tmp.dir, 'corpus'), N);

/** row counts of every table a report fills: what a clean run gives */
async function counts(db: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['reports', 'sections', 'quantities', 'observations', 'diagnostics']) {
    out[table] = (await queryDb<{ n: number }>(db, `SELECT count(*) AS n FROM ${table}`))[0]!.n;
  }
  return out;
}

let clean: Record<string, number>;
beforeAll(async () => {
  const db = join(tmp.dir, 'clean.db');
  const r = await runCli(['ingest', CORPUS, '--db', db, '--no-progress']);
  expect(r.code, r.stderr).toBe(0);
  clean = await counts(db);
  expect(clean.reports).toBe(N);
});

/** Starts an ingest and SIGKILLs it once `lines` reports have been reported stored. */
function ingestKilledAfter(db: string, lines: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', CORPUS, '--db', db, '--jobs', '1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (stderr.split('\n').filter((l) => l.startsWith('ingested ')).length >= lines) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => resolve());
  });
}

describe('kill -9 and concurrent runs', () => {
  it.each([5])('kill -9 after %i stored reports: intact, and a re-run gives the clean counts', async (lines) => {
    const db = join(tmp.dir, `killed-${lines}.db`);
    await ingestKilledAfter(db, lines);
    expect((await queryDb<{ integrity_check: string }>(db, 'PRAGMA integrity_check'))[0]!.integrity_check).toBe('ok');
    const stored = (await counts(db)).reports;
    expect(stored).toBeGreaterThanOrEqual(lines);
    const again = await runCli(['ingest', CORPUS, '--db', db, '--no-progress']);
    expect(again.code, again.stderr).toBe(0);
    expect(await counts(db)).toEqual(clean);
  });

  it('two ingests of the same folder at once lose nothing', async () => {
    const db = join(tmp.dir, 'concurrent.db');
    const [a, b] = await Promise.all([
      runCli(['ingest', CORPUS, '--db', db, '--no-progress', '--jobs', '1']),
      runCli(['ingest', CORPUS, '--db', db, '--no-progress', '--jobs', '1']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(await counts(db)).toEqual(clean);
  });
});

describe('hostile files are named with reasons; the batch goes on', () => {
  it('empty, binary, bad bytes, a directory named .txt, symlink loops', async () => {
    const dir = join(tmp.dir, 'hostile');
    mkdirSync(join(dir, 'fake.txt'), { recursive: true });
    writeFileSync(join(dir, 'good.txt'), inventedReport(7));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(0)]));
    writeFileSync(join(dir, 'bad-bytes.txt'), Buffer.from([0xc3, 0x28, 0x80, 0x81, ...Array.from({ length: 60 }, (_, i) => [0xff, 0x80 + (i % 16), 0x41]).flat()]));
    symlinkSync('self.txt', join(dir, 'self.txt'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const db = join(tmp.dir, 'hostile.db');
    const r = await runCli(['ingest', dir, '--db', db, '--no-progress']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    for (const name of ['empty.txt', 'binary.txt', 'bad-bytes.txt']) {
      expect(r.stderr).toMatch(new RegExp(`failed: hostile/${name.replace('.', '\\.')}: \\S`));
    }
    expect(r.stderr).toMatch(/failed: hostile\/fake\.txt: is a directory/);
    expect(r.stderr).toMatch(/failed: hostile\/self\.txt: a symbolic link that loops back on itself/);
    // the folder loop sub/up -> .. reaches every file again: each is still one report, under its shortest path
    expect(r.stderr).not.toMatch(/sub\/up/);
    expect(await queryDb(db, 'SELECT file FROM reports')).toEqual([{ file: 'hostile/good.txt' }]);
  });
});

describe('HTML and XLSX outputs are injection-safe', () => {
  it('markup stays text in HTML; formulas stay strings in XLSX', async () => {
    const dir = join(tmp.dir, 'inject');
    mkdirSync(dir);
    writeFileSync(
      join(dir, '<img src=x onerror=alert(1)>.txt'),
      ['<script>alert(1)</script>镇人民政府2023年法治政府建设报告', '', '一、=HYPERLINK("x","y")', '=1+1全年共受理行政复议案件12件，办结11件。'].join('\n'),
    );
    const db = join(tmp.dir, 'inject.db');
    expect((await runCli(['ingest', dir, '--db', db, '--no-progress'])).code).toBe(0);
    const out = join(tmp.dir, 'inject-out');
    const t = await runCli(['tables', '--db', db, '--out', out, '--format', 'html,xlsx']);
    expect(t.code, t.stderr).toBe(0);
    const html = readFileSync(join(out, 'indicators.html'), 'utf8');
    expect(html).not.toMatch(/<img src=x|<script>alert/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'indicators.xlsx'));
    let cells = 0;
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type, String(cell.value)).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      ),
    );
    expect(cells).toBeGreaterThan(3);
  });
});
