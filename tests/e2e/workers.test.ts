import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, makeTmp, queryDb, runCli } from './run-cli.js';

/**
 * A batch large enough for worker threads (50 files per worker): the same values as in-process,
 * and a report that fails inside a worker fails alone.
 */
const tmp = makeTmp();
afterAll(() => tmp.cleanup());

const corpus = join(tmp.dir, 'batch');
mkdirSync(corpus);
for (let i = 0; i < 110; i++) {
  const text = `桃源镇${2000 + i}号报告\n一、主要工作\n全年共受理行政复议案件${i + 1}件，办结${i}件。调解矛盾纠纷${i + 20}起，调解成功率达9${i % 10}%。\n`;
  writeFileSync(join(corpus, `r${String(i).padStart(3, '0')}.txt`), text);
}
writeFileSync(join(corpus, 'zz-empty.txt'), '');

describe('ingest with worker threads', () => {
  it('stores every report with the values an in-process run gives', async () => {
    const workersDb = join(tmp.dir, 'workers.db');
    const singleDb = join(tmp.dir, 'single.db');
    const [withWorkers, single] = await Promise.all([
      runCli(['ingest', corpus, '--db', workersDb, '--jobs', '2', '--no-progress'], { timeoutMs: 120_000 }),
      runCli(['ingest', corpus, '--db', singleDb, '--jobs', '1', '--no-progress'], { timeoutMs: 120_000 }),
    ]);
    expect(withWorkers.code).toBe(1); // the empty file failed, the rest went in
    expect(withWorkers.stderr).toMatch(/111 files seen: 110 ingested, 0 unchanged, 1 failed/);
    expect(withWorkers.stderr).toMatch(/zz-empty\.txt: empty file/);
    const sql = 'SELECT r.file, o.indicator_id, o.value FROM observations o JOIN reports r ON r.id = o.report_id ORDER BY r.file, o.idx';
    const a = await queryDb(workersDb, sql);
    const b = await queryDb(singleDb, sql);
    expect(a.length).toBeGreaterThanOrEqual(110 * 4);
    expect(a).toEqual(b);
    expect(a).toContainEqual({ file: 'batch/r041.txt', indicator_id: 'reconsideration.received', value: 42 });
  }, 180_000);

  it('one worker for a first ingest, none for an unchanged re-run', () => {
    const db = join(tmp.dir, 'phases.db');
    // the ingest runner itself (dist), for the worker counts of its summary
    const run = () => {
      // a script file, not --eval: workers inherit the process's options
      const script = join(tmp.dir, 'phases.mjs');
      writeFileSync(
        script,
        `import { ingest } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/pipeline/run-batch.js')).href)};
        const s = await ingest({ inputs: [${JSON.stringify(corpus)}], dbPath: ${JSON.stringify(db)}, rulesDir: 'rules', jobs: 1 });
        console.log(JSON.stringify({ ingested: s.ingested, unchanged: s.unchanged, started: s.phases.workers.workersStarted }));`,
      );
      const r = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { ingested: number; unchanged: number; started: number };
    };
    expect(run()).toEqual({ ingested: 110, unchanged: 0, started: 1 });
    expect(run()).toEqual({ ingested: 0, unchanged: 110, started: 0 });
  }, 120_000);
});
