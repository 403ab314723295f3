import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/store/database.js';
import { MIGRATIONS, appliedMigrations } from '../../../src/store/migrations.js';
import { makeTempDir } from './make-report.js';

describe('openDatabase', () => {
  const open: Database[] = [];
  const dirs: Array<() => void> = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.close().catch(() => undefined);
    for (const cleanup of dirs.splice(0)) cleanup();
  });
  const fresh = async (name = 'nested/dir/indicators.db'): Promise<{ db: Database; path: string }> => {
    const { dir, cleanup } = makeTempDir();
    dirs.push(cleanup);
    const path = join(dir, name);
    const db = await openDatabase(path);
    open.push(db);
    return { db, path };
  };

  it('creates the parent directory and sets the pragmas', async () => {
    const { db, path } = await fresh();
    expect(existsSync(path)).toBe(true);
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await db.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(await db.get<{ timeout: number }>('PRAGMA busy_timeout')).toEqual({ timeout: 10_000 });
  });

  it('applies migrations once: reopening keeps user_version and the migration rows', async () => {
    const { db, path } = await fresh();
    expect(await db.get('PRAGMA user_version')).toEqual({ user_version: MIGRATIONS.length });
    expect(await appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.name));
    await db.close();
    open.pop();
    const again = await openDatabase(path);
    open.push(again);
    expect(await again.get('PRAGMA user_version')).toEqual({ user_version: MIGRATIONS.length });
    const rows = await again.all<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
    expect(rows).toEqual([{ n: MIGRATIONS.length }]);
    const views = await again.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name");
    expect(views.map((v) => v.name)).toEqual(['v_indicator_table', 'v_observations', 'v_placeholders', 'v_report_summary']);
  });

  it('rolls back a transaction whose function throws, and rethrows', async () => {
    const { db } = await fresh();
    await db.exec('CREATE TABLE t (x INTEGER)');
    await expect(
      db.withTransaction(async () => {
        await db.run('INSERT INTO t VALUES (?)', [1]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.all('SELECT x FROM t')).toEqual([]);
    await db.withTransaction(() => db.run('INSERT INTO t VALUES (?)', [2]));
    expect(await db.all('SELECT x FROM t')).toEqual([{ x: 2 }]);
  });

  it('never interleaves concurrent transactions; outside statements wait for the commit', async () => {
    const { db } = await fresh();
    await db.exec('CREATE TABLE log (who TEXT, step INTEGER)');
    const tx = (who: string, fail: boolean) =>
      db.withTransaction(async () => {
        for (let step = 0; step < 5; step++) {
          await db.run('INSERT INTO log VALUES (?, ?)', [who, step]);
          await new Promise((r) => setTimeout(r, 1));
        }
        if (fail) throw new Error(`${who} failed`);
      });
    const results = await Promise.allSettled([
      tx('a', false), tx('b', true), db.get<{ n: number }>('SELECT count(*) AS n FROM log'), tx('c', false),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    // the read queued after a and b saw a's five rows only (b rolled back), never a half transaction
    expect((results[2] as PromiseFulfilledResult<{ n: number }>).value).toEqual({ n: 5 });
    const rows = await db.all<{ who: string; step: number }>('SELECT who, step FROM log ORDER BY rowid');
    expect(rows.map((r) => `${r.who}${r.step}`).join(' ')).toBe('a0 a1 a2 a3 a4 c0 c1 c2 c3 c4');
  });

  it('joins an enclosing transaction when nested', async () => {
    const { db } = await fresh();
    await db.exec('CREATE TABLE t (x INTEGER)');
    await db.withTransaction(async () => {
      await db.run('INSERT INTO t VALUES (1)');
      await db.withTransaction(() => db.run('INSERT INTO t VALUES (2)'));
    });
    expect(await db.all('SELECT x FROM t ORDER BY x')).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it('opens an in-memory database', async () => {
    const db = await openDatabase(':memory:');
    open.push(db);
    expect(await db.get('PRAGMA user_version')).toEqual({ user_version: MIGRATIONS.length });
  });
});
