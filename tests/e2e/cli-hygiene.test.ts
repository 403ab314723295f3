import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, makeTmp, runCli, STACK_LINE } from './run-cli.js';

const tmp = makeTmp();
afterAll(() => tmp.cleanup());

/** Every file below `dir` with its bytes, to prove a run left them alone. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** Two folders holding a report of the same name. */
function twoFolders(name: string): string {
  const dir = join(tmp.dir, name);
  mkdirSync(join(dir, 'a'), { recursive: true });
  mkdirSync(join(dir, 'b'), { recursive: true });
  cpSync(join(FIXTURES, 'basic', 'hexi-town-2023.txt'), join(dir, 'a', 'report.txt'));
  cpSync(join(FIXTURES, 'basic', 'beishan-draft-2023.txt'), join(dir, 'b', 'report.txt'));
  return dir;
}

describe('--version', () => {
  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

describe('extract --out', () => {
  it('mirrors the input folders and leaves every input byte unchanged, even with --out the input folder', async () => {
    const dir = twoFolders('same');
    const before = snapshot(dir);
    const r = await runCli(['extract', dir, '--format', 'json', '--out', dir]);
    expect(r.code, r.stderr).toBe(0);
    const after = snapshot(dir);
    for (const [file, bytes] of before) expect(after.get(file), file).toBe(bytes);
    const a = JSON.parse(readFileSync(join(dir, 'a', 'report.json'), 'utf8')) as { indicators: unknown[] };
    const b = JSON.parse(readFileSync(join(dir, 'b', 'report.json'), 'utf8')) as { indicators: unknown[] };
    expect(a).not.toEqual(b);
  });

  it('the plain-text and listing formats too leave the inputs as they were', async () => {
    const dir = twoFolders('text');
    const before = snapshot(dir);
    for (const format of ['text', 'listing']) {
      const r = await runCli(['extract', dir, '--format', format, '--out', dir]);
      expect(r.code, r.stderr).toBe(0);
    }
    const after = snapshot(dir);
    for (const [file, bytes] of before) expect(after.get(file), file).toBe(bytes);
    expect(existsSync(join(dir, 'a', 'report.text.txt'))).toBe(true);
    expect(existsSync(join(dir, 'b', 'report.listing.txt'))).toBe(true);
  });

  it('a file where the --out folder should be is one line, exit 2', async () => {
    const file = join(tmp.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await runCli(['extract', join(FIXTURES, 'basic'), '--format', 'json', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not-a-folder');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('options that do not apply are errors', () => {
  it.each([
    [['ingest', 'x', '--format', 'csv'], '--format'],
    [['ingest', 'x', '--audit', 'audit.csv'], '--audit'],
    [['audit', '--rules', 'rules'], '--rules'],
  ])('%j → exit 2 naming the option', async (args, option) => {
    const r = await runCli([...args, '--db', join(tmp.dir, 'never.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(option);
    expect(existsSync(join(tmp.dir, 'never.db'))).toBe(false);
  });
});

describe('system errors are one line naming the file', () => {
  it('tables --out onto a file', async () => {
    const db = join(tmp.dir, 'sys.db');
    expect((await runCli(['ingest', join(FIXTURES, 'basic'), '--db', db, '--no-progress'])).code).toBe(0);
    const file = join(tmp.dir, 'blocker');
    writeFileSync(file, 'x');
    const r = await runCli(['tables', '--db', db, '--out', join(file, 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('blocker');
    expect(r.stderr).not.toMatch(/EEXIST|ENOTDIR|mkdir/);
  });
  it('a database that is not one', async () => {
    const bogus = join(tmp.dir, 'bogus.db');
    writeFileSync(bogus, 'this is a text file, not SQLite, and long enough to have a header of sorts.'.repeat(10));
    const r = await runCli(['values', '调解成功率', '--db', bogus]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bogus.db');
    expect(r.stderr).not.toMatch(/\[in: /);
  });
});

describe('paths relative to the current folder, and explain FILE:LINE:COL', () => {
  it('audit prints paths an editor (and explain) opens from here', async () => {
    const work = join(tmp.dir, 'work');
    cpSync(join(FIXTURES, 'basic'), join(work, 'drafts'), { recursive: true });
    const audit = await runCli(['audit', 'drafts', '--rules', join(ROOT, 'rules')], { cwd: work });
    expect(audit.code).toBe(0);
    const first = /^(drafts\/beishan-draft-2023\.txt):(\d+):(\d+)\s/m.exec(audit.stdout);
    expect(first, audit.stdout).not.toBeNull();
    expect(existsSync(join(work, first![1]!))).toBe(true);
    const target = `${first![1]}:${first![2]}:${first![3]}`;
    const explain = await runCli(['explain', target, '--rules', join(ROOT, 'rules')], { cwd: work });
    expect(explain.code, explain.stderr).toBe(0);
    expect(explain.stdout).toContain(`${first![2]}:${first![3]} *起`);
    const outside = await runCli(['explain', `${first![1]}:${first![2]}:999`, '--rules', join(ROOT, 'rules')], { cwd: work });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/column 999/);
  });
});
