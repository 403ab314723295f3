import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planWork } from '../../../src/pipeline/plan-work.js';
import { MAX_LINE_CHARS } from '../../../src/pipeline/line-limit.js';
import type { StoredIdentity } from '../../../src/store/report-identity.js';

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'zhibiao-plan-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return { path, relPath: name, sha256: createHash('sha256').update(body).digest('hex') };
};
const stored = (f: ReturnType<typeof file>, id: number): StoredIdentity => ({
  id, file: f.relPath, absPath: f.path, sha256: f.sha256, rulesetHash: 'R', hasText: true, stamp: null,
});
/** plans `files` against `store` and counts the calls that would start a worker */
const plan = (files: Array<ReturnType<typeof file>>, store: StoredIdentity[] = []) => {
  let likely = 0;
  const p = planWork(files, store, { rulesetHash: 'R', force: false, maxFileMb: 50, onLikelyWork: () => likely++ });
  return { work: p.work.map((w) => w.key), settled: p.settled.map((s) => `${s.kind} ${s.path}`), likely };
};

describe('planning tells the runner early that work is coming', () => {
  const a = file('a.txt', '全年受理行政复议案件12件。');
  const b = file('b.txt', '全年办结行政复议案件10件。');

  it('for each new file, as it is hashed', () => {
    expect(plan([a, b])).toEqual({ work: ['a.txt', 'b.txt'], settled: [], likely: 2 });
  });

  it('never for an unchanged re-run, even of files hashed again (a stamp too close to the mtime)', () => {
    expect(plan([a, b], [stored(a, 1), stored(b, 2)])).toEqual({ work: [], settled: ['unchanged a.txt', 'unchanged b.txt'], likely: 0 });
  });

  it('for a changed file only', () => {
    const changed = file('c.txt', '全年受理案件3件。');
    const before = { ...stored(changed, 3), sha256: 'older' };
    expect(plan([a, changed], [stored(a, 1), before])).toEqual({ work: ['c.txt'], settled: ['unchanged a.txt'], likely: 1 });
  });

  it('not for an empty file, nor for one large enough to hold a line that will be refused', () => {
    const empty = file('empty.txt', '');
    const long = file('long.txt', '一'.repeat(MAX_LINE_CHARS / 3 + 1)); // over MAX_LINE_CHARS bytes of UTF-8
    expect(plan([empty, long])).toEqual({ work: ['empty.txt', 'long.txt'], settled: [], likely: 0 });
  });
});
