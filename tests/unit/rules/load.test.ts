/**
 * loadRules over the rule directories in tests/fixtures/rules/: `valid/` loads; each `invalid-*`
 * has an expected.json listing every error (file relative to the directory, line, field, part of the
 * reason). `line` is a number, null, or [min, max] where two lines are both fair (the owning
 * rule's line or the offending key's). A case with `"todo": "why"` is a known failure (it.fails).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules, requireRules } from '../../../src/rules/load.js';
import { checkExamples } from '../../../src/rules/check-examples.js';
import { RuleFileError, ZhibiaoError } from '../../../src/core/errors.js';

const ROOT = resolve(import.meta.dirname, '..', '..', 'fixtures', 'rules');
const VALID = join(ROOT, 'valid');

interface ExpectedError {
  file: string;
  line: number | null | [number, number];
  field: string | null;
  reason: string;
}
interface Expected {
  errors: ExpectedError[];
  todo?: string;
}

const cases = readdirSync(ROOT)
  .filter((name) => name.startsWith('invalid-'))
  .sort()
  .map((name) => ({ name, dir: join(ROOT, name), expected: JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected }));

function checkErrors(dir: string, expected: Expected): void {
  const { ruleSet, errors } = loadRules(dir);
  expect(ruleSet).toBeNull();
  for (const e of errors) expect(e).toBeInstanceOf(RuleFileError);
  const got = errors.map((e) => ({ file: relative(dir, resolve(e.file)), line: e.line, field: e.field, reason: e.reason }));
  expect(got, JSON.stringify(got, null, 1)).toHaveLength(expected.errors.length);
  expected.errors.forEach((want, i) => {
    const e = got[i]!;
    expect(e.file).toBe(want.file);
    expect(e.field).toBe(want.field);
    expect(e.reason).toContain(want.reason);
    if (Array.isArray(want.line)) {
      expect(e.line).not.toBeNull();
      expect(e.line!).toBeGreaterThanOrEqual(want.line[0]);
      expect(e.line!).toBeLessThanOrEqual(want.line[1]);
    } else expect(e.line).toBe(want.line);
  });
  // the message a user sees carries file:line and field
  for (const e of errors) {
    expect(e.message).toContain(e.line ? `${e.file}:${e.line}: ` : `${e.file}: `);
    if (e.field) expect(e.message).toContain(`${e.field}: `);
  }
}

describe('loadRules: invalid rule directories', () => {
  it('has fixture cases', () => expect(cases.length).toBeGreaterThanOrEqual(12));
  for (const { name, dir, expected } of cases) {
    if (expected.todo) it.fails(`${name} (known failure: ${expected.todo})`, () => checkErrors(dir, expected));
    else it(name, () => checkErrors(dir, expected));
  }

  it('requireRules throws one ZhibiaoError (exit 2) listing every problem', () => {
    const dir = join(ROOT, 'invalid-two-files');
    let caught: unknown;
    try {
      requireRules(dir);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ZhibiaoError);
    const err = caught as ZhibiaoError;
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain('indicators/cases.yaml:9: indicators.0.units');
    expect(err.message).toContain('indicators/staff.yaml:11: indicators.0.rules.0.match');
  });

  it('a missing rules directory is a usage error, not a crash', () => {
    expect(() => loadRules(join(ROOT, 'no-such-dir'))).toThrow(ZhibiaoError);
    expect(() => loadRules(join(ROOT, 'no-such-dir'))).toThrow(/rules directory not found/);
  });
});

describe('loadRules: valid rule directories', () => {
  it('loads the fixture set: no errors, catalog order, every rule compiled', () => {
    const { ruleSet, errors, files } = loadRules(VALID);
    expect(errors).toEqual([]);
    expect(files.map((f) => relative(VALID, resolve(f)))).toEqual([
      'lexicon.yaml',
      'dictionary.yaml',
      'catalog.yaml',
      'indicators/cases.yaml',
      'indicators/staff.yaml',
    ]);
    expect(ruleSet).not.toBeNull();
    const rs = ruleSet!;
    expect(rs.indicators.map((i) => i.id)).toEqual(['staff.advisors', 'cases.received', 'cases.closed']);
    expect(rs.indicators.find((i) => i.id === 'cases.received')).toMatchObject({ group: 'cases', name: '受理案件数', units: ['件', '起'] });
    expect(rs.rules.map((r) => r.id).sort()).toEqual(['cases.closed.close', 'cases.received.receive', 'staff.advisors.count']);
    const advisors = rs.rules.find((r) => r.id === 'staff.advisors.count')!;
    expect(advisors.match).toHaveLength(2); // a list of alternatives
    expect([...advisors.units]).toEqual(['名']); // defaults to the indicator's units
    // the vocabulary: word → the custom tags it carries
    expect(rs.vocabulary.get('受理')).toEqual(['Receive']);
    expect(rs.vocabulary.get('法律顾问')).toEqual(['Advisor']);
    expect([...rs.tagNames].sort()).toEqual(['Advisor', 'Case', 'Close', 'Receive']);
    expect(rs.userWords).toEqual(expect.arrayContaining(['行政复议', '法律顾问', '办结']));
    expect(rs.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('every example of the fixture rules passes', () => {
    expect(checkExamples(requireRules(VALID))).toEqual([]);
  });

  it('the hash is stable and follows the content of every rule file', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'zhibiao-rules-'));
    try {
      cpSync(VALID, tmp, { recursive: true });
      const a = requireRules(VALID).hash;
      expect(requireRules(tmp).hash).toBe(a); // the same content elsewhere: the same hash
      const dict = join(tmp, 'dictionary.yaml');
      writeFileSync(dict, `${readFileSync(dict, 'utf8')}  - 人民调解\n`);
      expect(requireRules(tmp).hash).not.toBe(a);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the real rules/ directory loads without errors', () => {
    const { ruleSet, errors } = loadRules('rules');
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(ruleSet!.indicators.length).toBeGreaterThanOrEqual(20);
  });
});
