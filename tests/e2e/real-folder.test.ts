/**
 * End-to-end, issue 8: an analyst's real folder. The same invented report as .txt, a GBK web page,
 * .docx, .doc and .pdf (tests/fixtures/formats), with notes, a spreadsheet and zhibiao's own outputs
 * beside them; every run from a folder that is not the checkout, so the bundled rules must be found.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, lazy, makeTmp, queryDb, runCli, type CliResult } from './run-cli.js';

const FORMATS = join(ROOT, 'tests', 'fixtures', 'formats');
const NAME = 'luting-county-2023';
const EXTS = ['txt', 'html', 'docx', 'doc', 'pdf'] as const;

const tmp = makeTmp('zhibiao-real-');
const cwd = tmp.dir; // not the checkout: rules come from the package
const db = join(tmp.dir, 'out', 'indicators.db');

function setUp(): void {
  const reports = join(tmp.dir, 'reports');
  mkdirSync(reports, { recursive: true });
  for (const ext of EXTS) cpSync(join(FORMATS, `${NAME}.${ext}`), join(reports, `${NAME}.${ext}`));
  writeFileSync(join(reports, 'SOURCES.md'), '下载自县政府网站，2024年1月。\n');
  writeFileSync(join(reports, 'README.txt'), '本文件夹收集法治政府建设年度报告。\n');
  writeFileSync(join(reports, 'summary.xlsx'), 'not really a spreadsheet');
  for (const side of ['a', 'b']) {
    mkdirSync(join(tmp.dir, side, '2023'), { recursive: true });
    cpSync(join(ROOT, 'corpus', side === 'a' ? 'qinglan-county-2023.txt' : 'liutang-subdistrict-2022.txt'), join(tmp.dir, side, '2023', 'report.txt'));
  }
  mkdirSync(join(tmp.dir, 'empty', 'sub'), { recursive: true });
  writeFileSync(join(tmp.dir, 'empty', 'NOTES.md'), '待补充\n');
  writeFileSync(join(tmp.dir, 'empty', 'sub', 'photo.jpg'), 'jpg');
  mkdirSync(join(tmp.dir, 'scans'));
  cpSync(join(FORMATS, 'scanned-no-text.pdf'), join(tmp.dir, 'scans', 'scanned-no-text.pdf'));
}

const run = (args: string[]) => runCli(args, { cwd });
let first: CliResult;
const again = lazy(() => run(['ingest', 'reports', '--db', db, '--verbose']));

beforeAll(async () => {
  setUp();
  first = await run(['ingest', 'reports', '--db', db, '--tables', 'reports', '--format', 'csv,md,html', '--verbose']);
}, 120_000);
afterAll(() => tmp.cleanup());

interface QRow { file: string; value: number | null; unit: string; header: string | null }

describe('a folder of one report in five formats', () => {
  it('stores five reports, names every skipped file with its reason, exits 0', async () => {
    expect(first.stderr).toContain('8 files seen: 5 ingested, 0 unchanged, 0 failed, 3 skipped');
    expect(first.stderr).toContain('skipped: reports/SOURCES.md: notes file');
    expect(first.stderr).toContain('skipped: reports/README.txt: notes file');
    expect(first.stderr).toContain('skipped: reports/summary.xlsx: unsupported type .xlsx');
    expect(first.code).toBe(0);
    const rows = await queryDb<{ file: string; format: string; title: string; org: string; year: number; abs_path: string }>(
      db, 'SELECT file, format, title, org, year, abs_path FROM reports ORDER BY file',
    );
    expect(rows.map((r) => [r.file, r.format])).toEqual([
      [`reports/${NAME}.doc`, 'doc'], [`reports/${NAME}.docx`, 'docx'], [`reports/${NAME}.html`, 'html'],
      [`reports/${NAME}.pdf`, 'pdf'], [`reports/${NAME}.txt`, 'text'],
    ]);
    for (const r of rows) {
      expect(r).toMatchObject({ title: '芦汀县人民政府关于2023年度法治政府建设情况的报告', org: '芦汀县人民政府', year: 2023 });
      expect(r.abs_path).toBe(resolve(tmp.dir, r.file));
    }
  });

  it('quantities of every format agree with the .txt original (≥95%, same values and units), none from site boilerplate', async () => {
    const rows = await queryDb<QRow>(db, 'SELECT r.file, q.value, q.unit, q.header FROM quantities q JOIN reports r ON r.id = q.report_id ORDER BY r.file, q.idx');
    const of = (ext: string) => rows.filter((r) => r.file.endsWith(`.${ext}`)).map((r) => `${r.value} ${r.unit}`);
    const original = of('txt');
    expect(original.length).toBeGreaterThan(20);
    for (const ext of EXTS) {
      const got = of(ext);
      const left = [...got];
      const agreed = original.filter((q) => {
        const i = left.indexOf(q);
        return i !== -1 && left.splice(i, 1).length === 1;
      }).length;
      expect(agreed / original.length, `${ext} agrees`).toBeGreaterThanOrEqual(0.95);
      expect(left, `${ext} has quantities the original lacks`).toEqual([]);
    }
    // the Word table's cells carry their column header's unit, with the header as context
    const cells = rows.filter((r) => r.file.endsWith('.docx') && r.header !== null);
    expect(cells.map((r) => [r.value, r.unit, r.header])).toEqual([
      [61, '件', '受理数（件）'], [58, '件', '办结数（件）'], [7, '件', '纠错数（件）'],
      [45, '件', '受理数（件）'], [39, '件', '办结数（件）'], [3, '件', '纠错数（件）'],
    ]);
  });

  it('stores the extracted text, which `extract --format text` prints and positions refer to', async () => {
    const [docx] = await queryDb<{ text: string }>(db, `SELECT t.text FROM report_texts t JOIN reports r ON r.id = t.report_id WHERE r.file = 'reports/${NAME}.docx'`);
    const printed = await run(['extract', `reports/${NAME}.docx`, '--format', 'text']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(docx!.text);
    const [q] = await queryDb<{ line: number; col: number; text: string; start_offset: number; end_offset: number }>(
      db, `SELECT q.line, q.col, q.text, q.start_offset, q.end_offset FROM quantities q JOIN reports r ON r.id = q.report_id WHERE r.file = 'reports/${NAME}.pdf' AND q.text = '5,128件'`,
    );
    const [pdf] = await queryDb<{ text: string }>(db, `SELECT t.text FROM report_texts t JOIN reports r ON r.id = t.report_id WHERE r.file = 'reports/${NAME}.pdf'`);
    expect(pdf!.text.slice(q!.start_offset, q!.end_offset)).toBe('5,128件');
    expect(pdf!.text.split('\n')[q!.line - 1]!.slice(q!.col - 1)).toMatch(/^5,128件/);
  });

  it('never reads its own outputs back: a second run skips them and the notes, and changes nothing', async () => {
    const r = await again();
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('5 unchanged');
    for (const out of ['indicators.csv', 'indicators.md', 'indicators.html', 'indicator_values.csv']) {
      expect(r.stderr).toContain(`skipped: reports/${out}: zhibiao's own output`);
    }
  });
});

describe('identity', () => {
  it('same-named files of two folders are two reports; a file reached by two paths is one', async () => {
    const idDb = join(tmp.dir, 'id.db');
    const a = await run(['ingest', 'a/2023', '--db', idDb]);
    const b = await run(['ingest', 'b/2023', '--db', idDb]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const both = await run(['ingest', 'a/2023/report.txt', 'a', './b/2023/../2023', '--db', idDb]);
    expect(both.stderr).toContain('0 ingested, 2 unchanged');
    const rows = await queryDb<{ file: string; org: string }>(idDb, 'SELECT file, org FROM reports ORDER BY file');
    expect(rows).toEqual([
      { file: '2023/report.txt', org: '青岚县人民政府' },
      { file: 'b/2023/report.txt', org: expect.stringContaining('柳塘街道') },
    ]);
  });

  it('the same content under another path is a duplicate, not stored twice', async () => {
    const dupDb = join(tmp.dir, 'dup.db');
    mkdirSync(join(tmp.dir, 'copy'), { recursive: true });
    cpSync(join(tmp.dir, 'a', '2023', 'report.txt'), join(tmp.dir, 'copy', 'same.txt'));
    const r = await run(['ingest', 'a', 'copy', '--db', dupDb, '--verbose']);
    expect(r.stderr).toContain('skipped: copy/same.txt: duplicate: same content as a/2023/report.txt');
    expect(await queryDb(dupDb, 'SELECT file FROM reports')).toHaveLength(1);
  });
});

describe('nothing to read', () => {
  it('a folder without reports exits 1 saying what it looked for', async () => {
    const r = await run(['ingest', 'empty', '--db', join(tmp.dir, 'empty.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no reports found: looked for \.txt .*\.docx \.doc \.wps \.pdf/);
    expect(r.stderr).toContain('1 notes file, 1 unsupported type');
  });

  it('a scanned PDF fails with its reason; extract says the same', async () => {
    const r = await run(['ingest', 'scans', '--db', join(tmp.dir, 'scans.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('failed: scans/scanned-no-text.pdf: no text layer: needs OCR');
    const x = await run(['extract', 'empty']);
    expect(x.code).toBe(1);
    expect(x.stderr).toMatch(/no reports found in empty: looked for/);
  });

  it('rules check and explain work from any folder with the bundled rules', async () => {
    const check = await run(['rules', 'check']);
    expect(check.code).toBe(0);
    const explain = await run(['explain', `reports/${NAME}.pdf:16`]);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('5,128件');
  });
});
