import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditFromReports } from '../../../src/report/audit.js';
import { auditToText } from '../../../src/report/formats/audit-text.js';
import { indicatorTableToCsv } from '../../../src/report/formats/csv.js';
import { indicatorTableToMarkdown } from '../../../src/report/formats/markdown.js';
import { buildIndicatorTableFromReports } from '../../../src/report/indicator-table.js';
import { sampleReport, TEST_INDICATORS } from '../store/make-report.js';

/** Rendered outputs of the sample report, checked against files; `UPDATE_FIXTURES=1` rewrites them. */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/report/sample');

const reports = [sampleReport()];
const table = buildIndicatorTableFromReports(reports, TEST_INDICATORS);
const outputs: Record<string, string> = {
  'indicators.md': indicatorTableToMarkdown(table),
  'indicators.csv': indicatorTableToCsv(table),
  'audit.txt': auditToText(auditFromReports(reports, TEST_INDICATORS)),
};

describe('report fixtures', () => {
  for (const [name, actual] of Object.entries(outputs)) {
    it(name, () => {
      const path = join(FIXTURES, name);
      if (process.env.UPDATE_FIXTURES === '1' || !existsSync(path)) writeFileSync(path, actual);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
