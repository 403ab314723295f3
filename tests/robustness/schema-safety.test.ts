/**
 * A database this code must not change is refused, byte-identical: a newer schema, another
 * application's file, a file that is not SQLite. Read-only commands open read-only and never
 * migrate; an older zhibiao database is migrated by ingest in one transaction.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, STACK_LINE, makeTmp, queryDb, runCli } from '../e2e/run-cli.js';
import { MIGRATIONS } from '../../src/store/migrations.js';

const tmp = makeTmp('zhibiao-schema-');
const BASIC = join(FIXTURES, 'basic');
const md5 = (path: string) => createHash('md5').update(readFileSync(path)).digest('hex');

function sql(path: string, statements: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => {
      if (err) return reject(err);
      db.exec(statements, (e) => db.close(() => (e ? reject(e) : resolve())));
    });
  });
}

let good = '';
beforeAll(async () => {
  good = join(tmp.dir, 'good.db');
  const r = await runCli(['ingest', BASIC, '--db', good, '--no-progress']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => tmp.cleanup());

/** every command that opens a database, with its arguments before --db */
const COMMANDS: ReadonlyArray<readonly string[]> = [['tables', '--out', 'OUT'], ['audit'], ['ingest', BASIC, '--no-progress']];

async function expectRefused(path: string, reason: RegExp): Promise<void> {
  const before = md5(path);
  const runs = await Promise.all(
    COMMANDS.map((cmd) => runCli([...cmd.map((a) => (a === 'OUT' ? join(tmp.dir, 'out-refused') : a)), '--db', path])),
  );
  runs.forEach((r, i) => {
    const cmd = COMMANDS[i]!;
    expect(r.code, `${cmd[0]}: ${r.stderr}`).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toContain(path);
    expect(lines[0]).toMatch(reason);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
  expect(md5(path), 'a command changed the file').toBe(before);
  expect(existsSync(`${path}-wal`)).toBe(false);
  expect(existsSync(join(tmp.dir, 'out-refused'))).toBe(false);
}

describe.concurrent('databases that must not be changed are refused, byte-identical', () => {
  it('a newer schema (user_version 99)', async () => {
    const path = join(tmp.dir, 'newer.db');
    copyFileSync(good, path);
    await sql(path, 'PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;');
    await expectRefused(path, /schema version 99 is newer than this zhibiao's \(\d+\)/);
    expect((await queryDb<{ user_version: number }>(path, 'PRAGMA user_version'))[0]!.user_version).toBe(99);
  });

  it('a newer schema recorded by a migration this code does not know', async () => {
    const path = join(tmp.dir, 'newer-migration.db');
    copyFileSync(good, path);
    await sql(path, "PRAGMA journal_mode = DELETE; INSERT INTO schema_migrations VALUES ('999-from-the-future', '2030-01-01');");
    await expectRefused(path, /is newer than this zhibiao's/);
  });

  it("another application's SQLite file", async () => {
    const path = join(tmp.dir, 'customers.db');
    await sql(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('张三');");
    await expectRefused(path, /not a zhibiao database \(it has tables customers\)/);
    const tables = await queryDb<{ name: string }>(path, "SELECT name FROM sqlite_master WHERE type = 'table'");
    expect(tables.map((t) => t.name)).toEqual(['customers']);
  });

  it('a file that is not SQLite at all', async () => {
    const path = join(tmp.dir, 'notes.db');
    writeFileSync(path, '这不是数据库，是一份笔记。\n');
    await expectRefused(path, /not a SQLite database/);
  });
});

describe('unopenable databases: one line naming the path, exit 2', () => {
  it('a folder given as --db', async () => {
    const dir = join(tmp.dir, 'a-folder.db');
    mkdirSync(dir);
    for (const cmd of COMMANDS) {
      const r = await runCli([...cmd.map((a) => (a === 'OUT' ? join(tmp.dir, 'o') : a)), '--db', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(dir);
    }
  });

  it('a database under a file instead of a folder', async () => {
    const file = join(tmp.dir, 'plain.txt');
    writeFileSync(file, 'x');
    const r = await runCli(['ingest', BASIC, '--db', join(file, 'i.db'), '--no-progress']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(file, 'i.db'));
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('read-only commands never migrate; ingest migrates an older database in one transaction', () => {
  it('tables and audit refuse an older schema without touching it; ingest upgrades it', async () => {
    const path = join(tmp.dir, 'older.db');
    // what a database written before the last migration looks like: every migration but the last
    const older = MIGRATIONS.slice(0, -1);
    await sql(
      path,
      [
        'CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);',
        ...older.map((m) => `${m.sql};\nINSERT INTO schema_migrations VALUES ('${m.name}', '2026-01-01');`),
        `PRAGMA user_version = ${older.length};`,
      ].join('\n'),
    );
    const before = md5(path);
    for (const cmd of [['tables', '--out', join(tmp.dir, 'o-older')], ['audit']]) {
      const r = await runCli([...cmd, '--db', path]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is older than this zhibiao's .*run `zhibiao ingest` on it once/);
      expect(md5(path)).toBe(before);
    }
    const r = await runCli(['ingest', BASIC, '--db', path, '--no-progress']);
    expect(r.code, r.stderr).toBe(0);
    const names = await queryDb<{ name: string }>(path, 'SELECT name FROM schema_migrations ORDER BY name');
    expect(names.map((n) => n.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect((await queryDb<{ user_version: number }>(path, 'PRAGMA user_version'))[0]!.user_version).toBe(MIGRATIONS.length);
    expect((await runCli(['tables', '--db', path, '--out', join(tmp.dir, 'o-upgraded')])).code).toBe(0);
  });

  it('tables and audit leave a current database byte-identical', async () => {
    const path = join(tmp.dir, 'current.db');
    copyFileSync(good, path);
    await sql(path, 'PRAGMA journal_mode = DELETE');
    const before = md5(path);
    expect((await runCli(['tables', '--db', path, '--out', join(tmp.dir, 'o-current')])).code).toBe(0);
    expect((await runCli(['audit', '--db', path])).code).toBe(0);
    expect(md5(path)).toBe(before);
  });

  // a read-only mount needs a tmpfs (root in a container, as in CI here); elsewhere the test is skipped
  const canMount = process.platform === 'linux' && process.getuid?.() === 0;
  it.skipIf(!canMount)('tables and audit read a WAL database on a read-only mount', async () => {
    const mnt = join(tmp.dir, 'ro-mount');
    mkdirSync(mnt);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      return; // no mount permission here: nothing to test
    }
    try {
      copyFileSync(good, join(mnt, 'i.db'));
      execFileSync('mount', ['-o', 'remount,ro', mnt]);
      const t = await runCli(['tables', '--db', join(mnt, 'i.db'), '--out', join(tmp.dir, 'o-ro'), '--format', 'csv']);
      expect(t.code, t.stderr).toBe(0);
      expect(readFileSync(join(tmp.dir, 'o-ro', 'indicators.csv'), 'utf8')).toContain('hexi-town-2023');
      const a = await runCli(['audit', '--db', join(mnt, 'i.db'), '--format', 'json']);
      expect(a.code, a.stderr).toBe(0);
      expect(JSON.parse(a.stdout).total).toBe(2);
    } finally {
      execFileSync('umount', [mnt]);
    }
  });
});
