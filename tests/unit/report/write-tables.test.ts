import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTables } from '../../../src/report/write-tables.js';
import { writeReport } from '../../../src/store/write-report.js';
import { sampleReport, withTestDatabase } from '../store/make-report.js';

describe('writeTables', () => {
  it('writes the requested formats plus indicator_values.csv and leaves no temp files', async () => {
    // the database one folder down: opening it makes the folder
    await withTestDatabase(async (db, dir) => {
      await writeReport(db, sampleReport());
      const out = join(dir, 'tables');
      const paths = await writeTables(db, out, ['csv', 'xlsx', 'md', 'html', 'csv']);
      expect(paths).toEqual(['indicators.csv', 'indicators.xlsx', 'indicators.md', 'indicators.html', 'indicator_values.csv'].map((f) => join(out, f)));
      expect(readdirSync(out).sort()).toEqual(['.zhibiao-outputs.sha256', 'indicator_values.csv', 'indicators.csv', 'indicators.html', 'indicators.md', 'indicators.xlsx']);
      expect(readFileSync(join(out, 'indicators.csv'), 'utf8')).toContain('towns/青石镇2023.txt,青石镇人民政府,2023,,占位符,9,,156,,96,限定:以上；共2处,12,共2处');
      expect(readFileSync(join(out, 'indicator_values.csv'), 'utf8').split('\r\n')).toHaveLength(1 + 7 + 1);
      expect(await writeTables(db, out, [])).toEqual([join(out, 'indicator_values.csv')]);
    }, { name: join('db', 'i.db') });
  });
});
