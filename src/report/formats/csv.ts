import { stringify } from 'csv-stringify/sync';
import type { IndicatorTable, IndicatorValueRow } from '../indicator-table.js';
import { tableToDataGrid, valuesToTextGrid } from './text-grid.js';

/**
 * RFC 4180 CSV with a UTF-8 BOM and CRLF line ends: what Excel needs to open Chinese text
 * correctly on double-click. Fields with `,` `"` or line breaks are quoted.
 */
export function gridToCsv(grid: readonly (readonly string[])[]): string {
  return stringify(grid as string[][], { bom: true, record_delimiter: '\r\n' });
}

export const indicatorTableToCsv = (table: IndicatorTable): string => gridToCsv(tableToDataGrid(table));

export const indicatorValuesToCsv = (rows: readonly IndicatorValueRow[]): string => gridToCsv(valuesToTextGrid(rows));
