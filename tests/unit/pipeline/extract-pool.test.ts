import { describe, expect, it } from 'vitest';
import { createExtractPool } from '../../../src/pipeline/extract-pool.js';
import { requireRules } from '../../../src/rules/load.js';

const workerUrl = new URL('../../fixtures/pool/test-worker.mjs', import.meta.url);
// the test worker never reads them; the pool hands them on as a real worker gets them
const rules = requireRules('rules').inputs;
const input = (file: string, text: string) => ({ file, text, encoding: 'utf-8', sha256: file });

describe('extract pool', () => {
  it('starts no worker until a report is submitted', async () => {
    const pool = createExtractPool({ rules, jobs: 2, fileBudgetMs: 1000, workerUrl });
    await pool.close();
    expect(pool.stats.workersStarted).toBe(0);
  });

  it('starts one worker ahead of the work when told it is coming, and uses it for the work', async () => {
    const pool = createExtractPool({ rules, jobs: 2, fileBudgetMs: 1000, workerUrl });
    try {
      pool.prestart();
      pool.prestart(); // once is enough
      expect(pool.stats.workersStarted).toBe(1);
      const outcome = await pool.submit(input('a.txt', 'abc'));
      expect(outcome.ok && outcome.counts.quantities).toBe(3);
      expect(pool.stats.workersStarted).toBe(1);
    } finally {
      await pool.close();
    }
    pool.prestart(); // closed: nothing starts
    expect(pool.stats.workersStarted).toBe(1);
  });

  it('stops a report that overruns the time budget, replaces the worker and goes on', async () => {
    const pool = createExtractPool({ rules, jobs: 1, fileBudgetMs: 300, maxBatch: 4, workerUrl });
    try {
      const texts = ['a', 'bb', 'hang', 'ccc', 'dddd', 'crash', 'eeeee'];
      const outcomes = await Promise.all(texts.map((t, i) => pool.submit(input(`f${i}.txt`, t))));
      expect(outcomes.map((o) => (o.ok ? o.counts.quantities : 'failed'))).toEqual([1, 2, 'failed', 3, 4, 'failed', 5]);
      const reasons = outcomes.flatMap((o) => (o.ok ? [] : [o.reason]));
      expect(reasons[0]).toMatch(/longer than 0\.3 s, the per-file time budget/);
      expect(reasons[1]).toMatch(/worker blew up/);
      expect(pool.stats.timedOut).toBe(1);
      expect(pool.stats.workersStarted).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it('fails a report that fills the worker\'s heap with a reason that says so, and goes on', async () => {
    const pool = createExtractPool({ rules, jobs: 1, fileBudgetMs: 10_000, maxBatch: 1, maxHeapMb: 24, workerUrl });
    try {
      const outcomes = await Promise.all(['a', 'oom', 'ccc'].map((t, i) => pool.submit(input(`f${i}.txt`, t))));
      expect(outcomes.map((o) => (o.ok ? o.counts.quantities : o.reason))).toEqual([
        1, 'needs more memory than an extraction worker has (24 MB): a text this long is better split into several files', 3,
      ]);
    } finally {
      await pool.close();
    }
  });

  it('answers every report in order of submission whatever the batching', async () => {
    const pool = createExtractPool({ rules, jobs: 2, fileBudgetMs: 5000, maxBatch: 3, workerUrl });
    try {
      const texts = Array.from({ length: 50 }, (_, i) => 'x'.repeat(i + 1));
      const outcomes = await Promise.all(texts.map((t, i) => pool.submit(input(`f${i}.txt`, t))));
      expect(outcomes.map((o) => (o.ok ? o.counts.quantities : 0))).toEqual(texts.map((t) => t.length));
      expect(pool.stats.batches).toBeGreaterThan(1);
      // each worker's last report of its thread CPU, summed: 10 ms a batch in the test worker
      expect(pool.stats.cpuMs).toBe(10 * pool.stats.batches);
    } finally {
      await pool.close();
    }
  });
});
