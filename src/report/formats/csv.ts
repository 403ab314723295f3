import { stringify } from 'csv-stringify/sync';
import type { IndicatorTable, IndicatorValueRow } from '../indicator-table.js';
import { tableToDataGrid, valuesToTextGrid } from './text-grid.js';

/**
 * RFC 4180 CSV with a UTF-8 BOM and CRLF line ends: what Excel needs to open Chinese text
 * correctly on double-click. Fields with `,` `"` or line breaks are quoted. Every cell goes through
 * `spreadsheetSafe`, so no file name, heading or sentence becomes a live formula.
 */
export function gridToCsv(grid: readonly (readonly string[])[]): string {
  return stringify(grid.map((row) => row.map(spreadsheetSafe)), { bom: true, record_delimiter: '\r\n' });
}

/** A plain decimal number (`-3`, `+2.5`, `1e-7`): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
/** Cells that Excel, LibreOffice or WPS may evaluate: `= + - @`, tab or CR first, or after leading blanks. */
const FORMULA_START = /^[\t\r]|^[\s\u3000]*[=+\-@]/;

/**
 * OWASP's guidance for CSV injection: a cell that starts with `=`, `+`, `-`, `@`, tab or carriage
 * return (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`, `@SUM(…)`) is prefixed with `'`, which spreadsheets
 * show as text and do not evaluate. Numbers stay numbers (`-3` is a value, not a formula).
 */
export function spreadsheetSafe(cell: string): string {
  if (PLAIN_NUMBER.test(cell)) return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export const indicatorTableToCsv = (table: IndicatorTable): string => gridToCsv(tableToDataGrid(table));

export const indicatorValuesToCsv = (rows: readonly IndicatorValueRow[]): string => gridToCsv(valuesToTextGrid(rows));
