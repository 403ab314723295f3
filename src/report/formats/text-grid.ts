import type { IndicatorTable, IndicatorValueRow } from '../indicator-table.js';
import { cellNote, displayValue, noteHeader, numberText, valueHeader } from './cell-text.js';

/**
 * The wide table for data formats (CSV, XLSX), header first: file, org, year, then per indicator a
 * numeric column `名称（单位）` — only numbers, empty for a placeholder — and its note column
 * `名称·说明` (占位符, 限定:余, 单位:份, 计划目标, 共N处).
 */
export function tableToDataGrid(table: IndicatorTable): string[][] {
  const header = table.columns.flatMap((c) => (c.kind === 'indicator' ? [valueHeader(c), noteHeader(c)] : [c.header]));
  const body = table.rows.map((row) =>
    table.columns.flatMap((c) => {
      if (c.kind === 'file') return [row.file];
      if (c.kind === 'org') return [row.org ?? ''];
      if (c.kind === 'year') return [row.year === null ? '' : String(row.year)];
      const cell = row.cells.get(c.key);
      return [numberText(cell), cellNote(cell)];
    }),
  );
  return [header, ...body];
}

/** The wide table for reading (Markdown): one column per indicator, `300余`, `占位`, a foreign unit shown. */
export function tableToDisplayGrid(table: IndicatorTable): string[][] {
  const header = table.columns.map((c) => (c.kind === 'indicator' ? valueHeader(c) : c.header));
  const body = table.rows.map((row) =>
    table.columns.map((c) => {
      if (c.kind === 'file') return row.file;
      if (c.kind === 'org') return row.org ?? '';
      if (c.kind === 'year') return row.year === null ? '' : String(row.year);
      const cell = row.cells.get(c.key);
      return cell ? displayValue(cell) : '';
    }),
  );
  return [header, ...body];
}

export const INDICATOR_VALUE_HEADER = [
  'file', 'org', 'year', 'indicator_id', 'indicator_name', 'value', 'unit', 'qualifier',
  'placeholder', 'plan', 'shown', 'line', 'column', 'section_path', 'sentence', 'rule_id',
];

/** The long table as rows of strings, header first; value is empty for a placeholder; shown = the table's cell. */
export function valuesToTextGrid(rows: readonly IndicatorValueRow[]): string[][] {
  return [
    INDICATOR_VALUE_HEADER,
    ...rows.map((r) => [
      r.file, r.org ?? '', r.year === null ? '' : String(r.year), r.indicatorId, r.indicatorName,
      r.value === null ? '' : String(r.value), r.unit, r.qualifier ?? '',
      r.placeholder ? '1' : '0', r.plan ? '1' : '0', r.shown ? '1' : '0', String(r.line), String(r.column),
      r.sectionPath, r.sentence, r.ruleId,
    ]),
  ];
}
