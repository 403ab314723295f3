/**
 * Broken rule patterns fail loudly: `rules check` and `ingest` stop with exit 2 and a message
 * naming file:line and the pattern, before any report is read (no database is created).
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_LINE, copyScenario, makeTmp, runCli } from '../e2e/run-cli.js';

const tmp = makeTmp('zhibiao-rules-');
afterAll(() => tmp.cleanup());

/** A copy of the real rules/ with one extra indicator file holding `rule` (YAML lines under `rules:`). */
function rulesWith(name: string, rule: string): string {
  const dir = join(tmp.dir, name);
  cpSync(join(ROOT, 'rules'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'indicators', 'zz-probe.yaml'),
    [
      '# an indicator written for the robustness tests',
      'group: probe',
      'vocabulary:',
      '  Appearance: [出庭应诉]',
      'indicators:',
      '  - id: probe.appearances',
      '    name: 出庭次数',
      '    units: [次]',
      '    rules:',
      rule,
      '',
    ].join('\n'),
  );
  return dir;
}

const UNBALANCED = rulesWith('unbalanced', "      - id: probe.appearances.count\n        match: '(#Appearance .{0,3} [<num>#Value] [<unit>#Unit]'");
const BAD_REGEX = rulesWith(
  'regex',
  "      - id: probe.appearances.count\n        match: '#Appearance /[0-9+/ [<num>#Value] [<unit>#Unit]'\n        examples: [负责人出庭应诉12次。]",
);

describe('rules check and ingest refuse a broken pattern', () => {
  for (const [label, dir, reason, pattern] of [
    ['unbalanced group', UNBALANCED, /unbalanced \( at column 1 is never closed/, "'(#Appearance .{0,3} [<num>#Value]"],
    ['invalid regex', BAD_REGEX, /Invalid regular expression/, "'#Appearance /[0-9+/ [<num>#Value]"],
  ] as const) {
    it(`rules check: ${label} → exit 2 with file:line and the pattern`, async () => {
      const r = await runCli(['rules', 'check', '--rules', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/zz-probe\.yaml:11: indicators\.0\.rules\.0\.match: /);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).toContain(pattern);
      expect(r.stderr).not.toMatch(/example does not yield/);
      expect(r.stdout).not.toMatch(/all pass/);
      expect(r.stderr).not.toMatch(STACK_LINE);
    });

    it(`ingest: ${label} → exit 2 before any report is read`, async () => {
      const corpus = copyScenario('basic', join(tmp.dir, `in-${dir.split('/').pop()}`));
      const db = join(tmp.dir, `${dir.split('/').pop()}.db`);
      const r = await runCli(['ingest', corpus, '--db', db, '--rules', dir, '--no-progress']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/zz-probe\.yaml:11: /);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).not.toMatch(/files seen|ingested/);
      expect(existsSync(db)).toBe(false);
    });
  }

  it('a rule whose pattern matches none of its own examples is an error', async () => {
    const dir = rulesWith('dead', "      - id: probe.appearances.count\n        match: '#Appearance 共 [<num>#Value] [<unit>#Unit]'\n        examples: [负责人出庭应诉12次。]");
    const r = await runCli(['rules', 'check', '--rules', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/zz-probe\.yaml:10: probe\.appearances\.count: its pattern matches none of its own examples/);
  });

  it('a rule without examples is a warning; the check still passes', async () => {
    const dir = rulesWith('no-examples', "      - id: probe.appearances.count\n        match: '#Appearance .{0,2} [<num>#Value] [<unit>#Unit]'");
    const r = await runCli(['rules', 'check', '--rules', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*zz-probe\.yaml:10: indicators\.0\.rules\.0: rule probe\.appearances\.count has no examples/m);
    expect(r.stdout).toMatch(/all pass, 1 warning\(s\)/);
  });

  it('rules check --no-examples checks the files alone: a broken pattern still fails, a dead rule is not looked for', async () => {
    const broken = await runCli(['rules', 'check', '--no-examples', '--rules', UNBALANCED]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/zz-probe\.yaml:11: indicators\.0\.rules\.0\.match: /);
    const dead = rulesWith('dead-unrun', "      - id: probe.appearances.count\n        match: '#Appearance 共 [<num>#Value] [<unit>#Unit]'\n        examples: [负责人出庭应诉12次。]");
    const r = await runCli(['rules', 'check', '--no-examples', '--rules', dead]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\d+ files, \d+ indicators, \d+ rules: valid, examples not run \(ruleset [0-9a-f]{16}\)$/m);
    expect(r.stderr).toBe('');
  });
});
