import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireRules } from '../../src/rules/load.js';
import { extractReport } from '../../src/pipeline/extract.js';
import { toReportJson } from '../../src/pipeline/report-json.js';

/**
 * Whole-pipeline examples: tests/fixtures/extract/<case>/input.txt → expected.json, the JSON that
 * `zhibiao extract --format json` prints (minus the content hash). UPDATE_FIXTURES=1 rewrites them;
 * review the diff before committing.
 */
const root = 'tests/fixtures/extract';
const ruleSet = requireRules('rules');

describe('extract fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const text = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const report = extractReport({ file: 'input.txt', text, encoding: 'utf-8', sha256: '' }, { ruleSet });
      const { sha256: _hash, ...json } = toReportJson(report);
      const expectedFile = join(root, name, 'expected.json');
      if (process.env.UPDATE_FIXTURES || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(json, null, 2)}\n`);
      expect(json).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
