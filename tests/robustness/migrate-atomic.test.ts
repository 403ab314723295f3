/** Pending migrations apply in one transaction: a failing step leaves the database as it was. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { MIGRATIONS, appliedMigrations, applyMigrations } from '../../src/store/migrations.js';

describe('applyMigrations', () => {
  it('rolls back every pending migration and user_version when one of them fails', async () => {
    const db = await openDatabase(':memory:');
    try {
      const steps = [...MIGRATIONS, { name: '900-fine', sql: 'CREATE TABLE fine (x INTEGER)' }, { name: '901-broken', sql: 'CREATE TABLE broken (' }];
      await expect(applyMigrations(db, steps)).rejects.toThrow(/syntax error|incomplete input/);
      expect(await appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await db.get('PRAGMA user_version')).toEqual({ user_version: MIGRATIONS.length });
      expect(await db.all("SELECT name FROM sqlite_master WHERE name = 'fine'")).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('applies all pending ones together and records each', async () => {
    const db = await openDatabase(':memory:');
    try {
      const steps = [...MIGRATIONS, { name: '900-a', sql: 'CREATE TABLE a (x INTEGER)' }, { name: '901-b', sql: 'CREATE TABLE b (y INTEGER)' }];
      expect(await applyMigrations(db, steps)).toEqual(['900-a', '901-b']);
      expect(await db.get('PRAGMA user_version')).toEqual({ user_version: MIGRATIONS.length + 2 });
      expect(await applyMigrations(db, steps)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
