import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANNED_QUERIES } from '../../src/report/datasette-metadata.js';
import { FIXTURES, makeTmp, queryDb, runCli } from './run-cli.js';

const tmp = makeTmp();
const main = join(tmp.dir, 'main.db');
const basic = join(tmp.dir, 'basic.db');
const other = join(tmp.dir, 'other.db');
afterAll(() => tmp.cleanup());

beforeAll(async () => {
  const runs = await Promise.all([
    runCli(['ingest', join(FIXTURES, 'basic'), join(FIXTURES, 'review'), '--db', main, '--no-progress']),
    runCli(['ingest', join(FIXTURES, 'basic'), '--db', basic, '--no-progress']),
    runCli(['ingest', join(FIXTURES, 'review'), join(FIXTURES, 'consistency'), '--db', other, '--no-progress']),
  ]);
  for (const r of runs) expect(r.code, r.stderr).toBe(0);
}, 120_000);

describe('zhibiao values', () => {
  it('prints one indicator across reports by id or Chinese name, in four formats', async () => {
    const [byName, byId, json, ndjson, csv] = await Promise.all([
      runCli(['values', '调解成功率', '--db', main]),
      runCli(['values', 'disputes.success_rate', '--db', main, '--format', 'table']),
      runCli(['values', 'disputes.success_rate', '--db', main, '--format', 'json']),
      runCli(['values', '普法宣传活动场次', '--db', main, '--format', 'ndjson', '--all']),
      runCli(['values', 'reconsideration.received', '--db', main, '--format', 'csv']),
    ]);
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe(byId.stdout);
    expect(byName.stdout.split('\n')[0]).toMatch(/^year\s+org\s+value\s+unit/);
    // the terminal table shows paths from the current folder (the stored real path)
    expect(byName.stdout).toMatch(/2024\s+白沙街道\s+98以上\s+%\s+tests\/fixtures\/e2e\/review\/baisha-2024\.txt:4:\d+/);
    const rows = JSON.parse(json.stdout) as Array<{ file: string; value: number; qualifier: string; shown: boolean }>;
    expect(rows.find((r) => r.file === 'review/baisha-2024.txt')).toMatchObject({ value: 98, qualifier: '以上', shown: true });
    const events = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; value: number; plan: boolean; shown: boolean });
    expect(events.filter((e) => e.file === 'review/baisha-2024.txt').map((e) => [e.value, e.plan, e.shown])).toEqual([[12, false, true], [20, true, false]]);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toMatch(/^file,org,year,indicator_id,value,unit/);
    const placeholder = lines.find((l) => l.startsWith('basic/beishan-draft-2023.txt'));
    expect(placeholder).toMatch(/^basic\/beishan-draft-2023\.txt,[^,]*,2023,reconsideration\.received,,起,,1,/);
  });

  it('filters by organisation and year; an unknown or ambiguous indicator is a usage error', async () => {
    const [org, year, unknown, ambiguous] = await Promise.all([
      runCli(['values', '调解成功率', '--db', main, '--org', '白沙', '--format', 'json']),
      runCli(['values', '调解成功率', '--db', main, '--year', '2023', '--format', 'json']),
      runCli(['values', '不存在的指标', '--db', main]),
      runCli(['values', '行政复议', '--db', main]),
    ]);
    expect((JSON.parse(org.stdout) as Array<{ org: string }>).map((r) => r.org)).toEqual(['白沙街道']);
    expect((JSON.parse(year.stdout) as Array<{ year: number }>).every((r) => r.year === 2023)).toBe(true);
    expect(unknown.code).toBe(2);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('reconsideration.received');
  });
});

describe('zhibiao search', () => {
  it('finds jieba words in stored sentences, with file:line:col; nothing found exits 1', async () => {
    const [hit, json, none] = await Promise.all([
      runCli(['search', '调解', '--db', main]),
      runCli(['search', '宣传', '活动', '--db', main, '--format', 'json']),
      runCli(['search', '火星', '--db', main]),
    ]);
    expect(hit.code).toBe(0);
    expect(hit.stdout).toMatch(/^tests\/fixtures\/e2e\/review\/baisha-2024\.txt:4:1  全年排查矛盾纠纷86件，调解成功率达98%以上。$/m);
    const parsed = JSON.parse(json.stdout) as { words: string[]; hits: Array<{ file: string; line: number }> };
    expect(parsed.words).toEqual(['宣传', '活动']);
    expect(parsed.hits.map((h) => `${h.file}:${h.line}`)).toContain('review/baisha-2024.txt:6');
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
  });
});

describe('the search index an ingest builds', () => {
  it("is cut by the ingest's workers with the rules' words, which a query is cut with too", async () => {
    const indexed = await queryDb<{ source: string; n: number }>(main, 'SELECT source, count(*) AS n FROM search_indexed GROUP BY source');
    const reports = await queryDb<{ n: number }>(main, 'SELECT count(*) AS n FROM reports');
    expect(indexed).toEqual([{ source: 'text', n: reports[0]!.n }]);
    // 调解成功率 is one of the rules' words: jieba keeps it whole, and search mode adds its parts
    const [row] = await queryDb<{ words: string }>(main, "SELECT words FROM search_sentences WHERE sentence LIKE '%调解成功率达98%'");
    expect(row!.words.split(' ')).toEqual(expect.arrayContaining(['调解', '成功率', '调解成功率']));
    const hit = await runCli(['search', '调解成功率', '--db', main, '--format', 'json']);
    const parsed = JSON.parse(hit.stdout) as { words: string[]; hits: Array<{ file: string; line: number }> };
    expect(parsed.words).toEqual(['调解成功率']);
    expect(parsed.hits.map((h) => `${h.file}:${h.line}`)).toContain('review/baisha-2024.txt:4');
  });

  it('--no-search-index leaves it to the first search, which indexes every report', async () => {
    const path = join(tmp.dir, 'later.db');
    const r = await runCli(['ingest', join(FIXTURES, 'review'), '--db', path, '--no-progress', '--no-search-index']);
    expect(r.code, r.stderr).toBe(0);
    expect(await queryDb(path, 'SELECT * FROM search_indexed')).toEqual([]);
    expect(await queryDb(path, 'SELECT * FROM search_sentences')).toEqual([]);
    const hit = await runCli(['search', '调解成功率', '--db', path]);
    expect(hit.code, hit.stderr).toBe(0);
    expect(hit.stdout).toMatch(/review\/baisha-2024\.txt:4:1  全年排查矛盾纠纷86件，调解成功率达98%以上。$/m);
    expect(await queryDb(path, 'SELECT source FROM search_indexed')).toEqual([{ source: 'text' }]);
    // the same rows as an ingest that indexes at once
    const same = join(tmp.dir, 'at-once.db');
    expect((await runCli(['ingest', join(FIXTURES, 'review'), '--db', same, '--no-progress'])).code).toBe(0);
    const rows = (db: string) => queryDb(db, 'SELECT line, col, start_offset, end_offset, sentence, words FROM search_sentences ORDER BY id');
    expect(await rows(path)).toEqual(await rows(same));
  });
});

describe('Datasette metadata', () => {
  it('is written beside the database; its tables exist and its canned queries run', async () => {
    const path = join(tmp.dir, 'main.datasette.json');
    expect(existsSync(path)).toBe(true);
    const meta = JSON.parse(readFileSync(path, 'utf8')) as { databases: Record<string, { tables: Record<string, { facets?: string[]; fts_table?: string }>; queries: Record<string, { sql: string }> }> };
    const db = meta.databases.main!;
    const names = (await queryDb<{ name: string }>(main, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")).map((r) => r.name);
    for (const [table, conf] of Object.entries(db.tables)) {
      expect(names).toContain(table);
      const cols = (await queryDb<{ name: string }>(main, 'SELECT name FROM pragma_table_info(?)', [table])).map((r) => r.name);
      for (const f of conf.facets ?? []) expect(cols).toContain(f);
      if (conf.fts_table) expect(names).toContain(conf.fts_table);
    }
    expect(db.tables.v_indicator_table!.facets).toEqual(['indicator_id', 'org', 'year']);
    expect(Object.keys(db.queries)).toEqual(Object.keys(CANNED_QUERIES));
    const params = { ':indicator_id': 'disputes.success_rate', ':words': '调解' };
    for (const { sql } of Object.values(db.queries)) {
      const bound = Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(k)));
      await expect(queryDb(main, sql, bound as unknown as unknown[])).resolves.toBeInstanceOf(Array);
    }
    const byYear = await queryDb(main, db.queries.indicator_by_year!.sql, { ':indicator_id': 'disputes.success_rate' } as unknown as unknown[]);
    expect(byYear).toEqual(expect.arrayContaining([expect.objectContaining({ year: 2024, reports: 1, total: 98 })]));
  });
});

describe('zhibiao merge', () => {
  it('combines databases, skips reports already present, and keeps values and search', async () => {
    const into = join(tmp.dir, 'all.db');
    const first = await runCli(['merge', basic, other, '--into', into]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/basic\.db: 2 report\(s\) added, 0 already present/);
    expect(first.stderr).toMatch(/other\.db: 2 report\(s\) added, 0 already present/);
    const again = await runCli(['merge', main, '--into', into]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/main\.db: 0 report\(s\) added, 3 already present/);
    const count = async (db: string, sql: string) => (await queryDb<{ n: number }>(db, sql))[0]!.n;
    const obs = 'SELECT count(*) AS n FROM observations';
    expect(await count(into, obs)).toBe(await count(basic, obs) + await count(other, obs));
    const valuesIn = (db: string) => queryDb(db, 'SELECT file, indicator_id, value, line, col, sentence, shown FROM v_observations ORDER BY file, start_offset, observation_idx');
    const merged = await valuesIn(into);
    expect(merged).toEqual([...await valuesIn(basic), ...await valuesIn(other)].sort((a, b) => String(a.file) < String(b.file) ? -1 : String(a.file) > String(b.file) ? 1 : 0));
    const search = await runCli(['search', '调解', '--db', into]);
    expect(search.stdout).toContain('consistency/柳溪镇2024.txt');
  });

  it('refuses a conflicting report (same file, other content) and copies nothing of that source', async () => {
    const changed = join(tmp.dir, 'changed.db');
    copyFileSync(basic, changed);
    const into = join(tmp.dir, 'conflict.db');
    expect((await runCli(['merge', basic, '--into', into])).code).toBe(0);
    const { default: sqlite3 } = await import('sqlite3');
    await new Promise<void>((res, rej) => {
      const d = new sqlite3.Database(changed, (err) => {
        if (err) return rej(err);
        d.run("UPDATE reports SET sha256 = 'other' WHERE file LIKE '%hexi%'", (e) => d.close(() => (e ? rej(e) : res())));
      });
    });
    const r = await runCli(['merge', changed, '--into', into]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/changed\.db: 1 report\(s\) conflict with the target .*hexi-town-2023\.txt/);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect((await queryDb<{ n: number }>(into, 'SELECT count(*) AS n FROM reports'))[0]!.n).toBe(2);
    const self = await runCli(['merge', into, '--into', into]);
    expect(self.code).toBe(2);
  });
});
