import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../../src/rules/load.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhibiao-rules-cache-'));
const cache = join(tmp, 'cache');
let saved: string | undefined;
beforeAll(() => {
  saved = process.env.ZHIBIAO_CACHE_DIR;
  process.env.ZHIBIAO_CACHE_DIR = cache;
});
afterAll(() => {
  if (saved === undefined) delete process.env.ZHIBIAO_CACHE_DIR;
  else process.env.ZHIBIAO_CACHE_DIR = saved;
  rmSync(tmp, { recursive: true, force: true });
});

const copyRules = (name: string) => {
  const dir = join(tmp, name);
  cpSync('rules', dir, { recursive: true });
  return dir;
};

describe('validated rules are cached per user, keyed by their content', () => {
  it('the second load of the same files comes from the cache, with the same rule set', () => {
    const dir = copyRules('same');
    const first = loadRules(dir);
    const second = loadRules(dir);
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.ruleSet!.hash).toBe(first.ruleSet!.hash);
    expect(second.ruleSet!.rules.map((r) => r.id)).toEqual(first.ruleSet!.rules.map((r) => r.id));
    expect(second.files).toEqual(first.files);
  });

  it('a changed file is a miss, and a file with errors is never cached', () => {
    const dir = copyRules('changed');
    const before = loadRules(dir);
    appendFileSync(join(dir, 'dictionary.yaml'), '\n# a comment changes the text, so the hash\n');
    const after = loadRules(dir);
    expect(after.cached).toBe(false);
    expect(after.ruleSet!.hash).not.toBe(before.ruleSet!.hash);
    writeFileSync(join(dir, 'indicators', 'zz-broken.yaml'), 'group: x\nindicators: [\n');
    expect(loadRules(dir).ruleSet).toBeNull();
    const again = loadRules(dir);
    expect(again.cached).toBe(false);
    expect(again.errors.length).toBeGreaterThan(0);
  });

  it('an unreadable entry is a miss and is written again', () => {
    const dir = copyRules('corrupt');
    loadRules(dir);
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), '{ not json');
    const r = loadRules(dir);
    expect(r.cached).toBe(false);
    expect(r.ruleSet).not.toBeNull();
    expect(loadRules(dir).cached).toBe(true);
  });
});
