import type { IndicatorCell, IndicatorTable, IndicatorValueRow } from '../indicator-table.js';

/** What a text format shows for a placeholder cell. */
export const PLACEHOLDER_MARK = '*';

/** Cell → text: the number as JavaScript prints it, `*` for a placeholder, '' when not stated. */
export function cellText(cell: IndicatorCell | undefined): string {
  if (!cell) return '';
  if (cell.placeholder) return PLACEHOLDER_MARK;
  return cell.value === null ? '' : String(cell.value);
}

/** The wide table as rows of strings, header first: the common input of csv, markdown and html. */
export function tableToTextGrid(table: IndicatorTable): string[][] {
  const header = table.columns.map((c) => c.header);
  const body = table.rows.map((row) =>
    table.columns.map((c) => {
      if (c.kind === 'file') return row.file;
      if (c.kind === 'org') return row.org ?? '';
      if (c.kind === 'year') return row.year === null ? '' : String(row.year);
      return cellText(row.cells.get(c.key));
    }),
  );
  return [header, ...body];
}

export const INDICATOR_VALUE_HEADER = [
  'file', 'org', 'year', 'indicator_id', 'indicator_name', 'value', 'unit', 'qualifier',
  'placeholder', 'plan', 'line', 'column', 'section_path', 'sentence', 'rule_id',
];

/** The long table as rows of strings, header first; value is empty for a placeholder. */
export function valuesToTextGrid(rows: readonly IndicatorValueRow[]): string[][] {
  return [
    INDICATOR_VALUE_HEADER,
    ...rows.map((r) => [
      r.file, r.org ?? '', r.year === null ? '' : String(r.year), r.indicatorId, r.indicatorName,
      r.value === null ? '' : String(r.value), r.unit, r.qualifier ?? '',
      r.placeholder ? '1' : '0', r.plan ? '1' : '0', String(r.line), String(r.column),
      r.sectionPath, r.sentence, r.ruleId,
    ]),
  ];
}
