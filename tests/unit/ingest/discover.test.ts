import { realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverReports } from '../../../src/ingest/discover.js';

let tmp = '';

const TREE = [
  'reports/2023/a.txt',
  'reports/2023/b.md',
  'reports/2023/deep/c.TXT',
  'reports/x.txt/inner.txt', // a directory named like a report, with a report inside
  'reports/node_modules/pkg/readme.txt',
  'reports/node_modules/pkg/log.txt',
  'reports/.git/log.txt',
  'reports/~$lock.txt',
  'reports/notes.docx',
  'reports/README.md',
  'reports/SOURCES.txt',
  'reports/2023/table.xlsx',
  'reports/2023/page.shtml',
  'reports/2023/scan.PDF',
  'reports/2023/old.doc',
  'reports/2023/wps.wps',
  'reports/2023/indicators.csv',
  'reports/2023/audit.txt',
  'other/2023/a.txt',
  'single.txt',
];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'zhibiao-discover-'));
  for (const rel of TREE) {
    await mkdir(path.dirname(path.join(tmp, rel)), { recursive: true });
    await writeFile(path.join(tmp, rel), '报告\n');
  }
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const discover = (inputs: string[], root?: string) => discoverReports(inputs, root ? { cwd: tmp, root } : { cwd: tmp });
const rels = (files: Array<{ relPath: string }>) => files.map((f) => f.relPath);

describe('discoverReports', () => {
  it('searches a folder recursively for every supported format, keyed under its basename, sorted', async () => {
    const { files, problems } = await discover(['reports']);
    expect(rels(files)).toEqual([
      'reports/2023/a.txt',
      'reports/2023/b.md',
      'reports/2023/deep/c.TXT',
      'reports/2023/old.doc',
      'reports/2023/page.shtml',
      'reports/2023/scan.PDF',
      'reports/2023/wps.wps',
      'reports/x.txt/inner.txt',
    ]);
    expect(files[0]!.path).toBe(path.join(tmp, 'reports/2023/a.txt'));
    expect(problems).toEqual([{ path: 'reports/x.txt', reason: 'is a directory' }]);
  });

  it('accounts for every other file under a folder: skipped with its reason', async () => {
    const { skipped } = await discover(['reports']);
    expect(skipped.map((s) => [s.path, s.kind])).toEqual([
      ['reports/2023/audit.txt', 'output'],
      ['reports/2023/indicators.csv', 'output'],
      ['reports/2023/table.xlsx', 'unsupported'],
      ['reports/README.md', 'notes'],
      ['reports/SOURCES.txt', 'notes'],
      ['reports/notes.docx', 'notes'],
      ['reports/~$lock.txt', 'lock-file'],
    ]);
    expect(skipped.find((s) => s.kind === 'unsupported')!.reason).toBe('unsupported type .xlsx');
  });

  it('keys files relative to a declared root', async () => {
    const { files } = await discover(['reports/2023/deep', 'single.txt'], tmp);
    expect(rels(files)).toEqual(['reports/2023/deep/c.TXT', 'single.txt']);
  });

  it('takes a single file by its basename, and an absolute path', async () => {
    const { files } = await discover(['single.txt', path.join(tmp, 'reports/notes.docx')]);
    expect(files).toEqual([
      { path: path.join(tmp, 'reports/notes.docx'), relPath: 'notes.docx', realPath: path.join(realpathSync(tmp), 'reports/notes.docx') },
      { path: path.join(tmp, 'single.txt'), relPath: 'single.txt', realPath: path.join(realpathSync(tmp), 'single.txt') },
    ]);
  });

  it('reports a missing input and goes on', async () => {
    const { files, problems } = await discover(['nope', 'single.txt', 'nope/deeper.txt']);
    expect(rels(files)).toEqual(['single.txt']);
    expect(problems).toEqual([
      { path: 'nope', reason: 'no such file or folder' },
      { path: 'nope/deeper.txt', reason: 'no such file or folder' },
    ]);
  });

  it('expands a glob, keyed under its literal base like a folder', async () => {
    const { files, problems } = await discover(['reports/**/*.txt']);
    expect(rels(files)).toEqual(['reports/2023/a.txt', 'reports/x.txt/inner.txt']); // audit.txt is zhibiao's output
    expect(problems).toEqual([{ path: 'reports/x.txt', reason: 'is a directory' }]);
  });

  it('reports a glob that matches nothing', async () => {
    const { files, problems } = await discover(['reports/*.pdf']);
    expect(files).toEqual([]);
    expect(problems).toEqual([{ path: 'reports/*.pdf', reason: 'no files match this pattern' }]);
  });

  it('de-duplicates: the first input that finds a file names it', async () => {
    const { files } = await discover(['reports/2023', 'reports', 'reports/2023/a.txt', 'reports/2023/*.md']);
    expect(rels(files)).toEqual([
      '2023/a.txt', '2023/b.md', '2023/deep/c.TXT', '2023/old.doc', '2023/page.shtml', '2023/scan.PDF', '2023/wps.wps',
      'reports/x.txt/inner.txt',
    ]);
  });

  it('widens keys that would collide (two folders named 2023)', async () => {
    const { files } = await discover(['reports/2023', 'other/2023']);
    expect(rels(files).filter((k) => /\/(a|b|c)\./i.test(k))).toEqual(['2023/b.md', '2023/deep/c.TXT', 'other/2023/a.txt', 'reports/2023/a.txt']);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it('searches a dot folder or node_modules when it is named directly', async () => {
    expect(rels((await discover(['reports/.git'])).files)).toEqual(['.git/log.txt']);
    expect(rels((await discover(['reports/node_modules'])).files)).toEqual(['node_modules/pkg/log.txt']);
  });

  it('gives the same order whatever the order of inputs', async () => {
    const a = await discover(['single.txt', 'reports', 'other']);
    const b = await discover(['other', 'reports', 'single.txt']);
    expect(rels(a.files)).toEqual(rels(b.files));
  });
});
