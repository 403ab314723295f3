import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, lazy, makeTmp, runCli } from './run-cli.js';

// an invented report: 受理12件 then 办结15件, 80件 with a part of 95件, a 120% success rate, a 150% plan target
const REPORT = join(FIXTURES, 'consistency', '柳溪镇2024.txt');
const tmp = makeTmp();
afterAll(() => tmp.cleanup());

const json = lazy(() => runCli(['audit', REPORT, '--format', 'json']));

describe('audit consistency findings through the real pipeline', () => {
  it('flags closed > received, a part above its total, and rates above 100%, with lines', async () => {
    const r = await json();
    expect(r.code).toBe(0); // findings alone do not fail without --fail-on
    const audit = JSON.parse(r.stdout) as { inconsistencies: number; reports: Array<{ findings: Array<{ code: string; line: number; severity: string; indicatorId: string | null }> }> };
    const found = audit.reports[0]!.findings.map((f) => [f.code, f.line, f.severity]);
    expect(found).toEqual([
      ['closed-exceeds-received', 4, 'warning'],
      ['subcount-exceeds-total', 6, 'error'],
      ['rate-over-100', 6, 'error'],
      ['rate-over-100', 9, 'error'],
    ]);
    expect(audit.inconsistencies).toBe(4);
  });

  it('--fail-on decides the exit code; --fail-on-placeholder still works', async () => {
    const [inconsistent, placeholder, both, alias, bad] = await Promise.all([
      runCli(['audit', REPORT, '--fail-on', 'inconsistent']),
      runCli(['audit', REPORT, '--fail-on', 'placeholder']),
      runCli(['audit', REPORT, '--fail-on', 'placeholder,inconsistent']),
      runCli(['audit', REPORT, '--fail-on-placeholder']),
      runCli(['audit', REPORT, '--fail-on', 'typos']),
    ]);
    expect([inconsistent.code, placeholder.code, both.code, alias.code, bad.code]).toEqual([1, 0, 1, 0, 2]);
    expect(inconsistent.stdout).toMatch(/柳溪镇2024\.txt:4:\d+  warning closed-exceeds-received  reconsideration\.closed 15件 is more than reconsideration\.received 12件/);
  });

  it('--db together with files is a usage error', async () => {
    const r = await runCli(['audit', REPORT, '--db', join(tmp.dir, 'x.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--db');
  });
});
