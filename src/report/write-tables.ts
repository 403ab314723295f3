import { join } from 'node:path';
import type { Database } from '../store/database.js';
import { indicatorValuesToCsv } from './formats/csv.js';
import { TABLE_FORMATS, type TableFormat } from './formats/index.js';
import { readIndicatorTable } from './indicator-table.js';
import { writeFileAtomic } from './write-atomic.js';

export const INDICATOR_TABLE_BASENAME = 'indicators';
export const INDICATOR_VALUES_FILE = 'indicator_values.csv';

/**
 * Writes `indicators.<ext>` for each requested format and always `indicator_values.csv` (the long
 * table with every observation), each atomically. Returns the written paths in that order.
 */
export async function writeTables(db: Database, outDir: string, formats: readonly TableFormat[]): Promise<string[]> {
  const { table, values } = await readIndicatorTable(db);
  const written: string[] = [];
  for (const name of new Set(formats)) {
    const formatter = TABLE_FORMATS[name];
    const path = join(outDir, `${INDICATOR_TABLE_BASENAME}.${formatter.extension}`);
    await writeFileAtomic(path, await formatter.format(table));
    written.push(path);
  }
  const valuesPath = join(outDir, INDICATOR_VALUES_FILE);
  await writeFileAtomic(valuesPath, indicatorValuesToCsv(values));
  written.push(valuesPath);
  return written;
}
