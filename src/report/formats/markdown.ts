import type { IndicatorTable } from '../indicator-table.js';
import { escapeMarkdownCell } from './escape.js';
import { PLACEHOLDER_TEXT } from './cell-text.js';
import { tableToDisplayGrid } from './text-grid.js';

/**
 * A GFM pipe table; numbers right-aligned, the unit in each header, qualifiers kept (`300余`), a
 * placeholder as `占位`, a value whose unit differs from its column's with that unit (`43份`); an
 * empty cell means the report does not mention the indicator.
 */
export function indicatorTableToMarkdown(table: IndicatorTable): string {
  const [header = [], ...body] = tableToDisplayGrid(table);
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  const align = table.columns.map((c) => (c.kind === 'indicator' || c.kind === 'year' ? '---:' : '---'));
  const legend = `\n${PLACEHOLDER_TEXT} = 原文为占位符（如 *），未给出数值；空白 = 报告未提及。\n`;
  return [line(header), `| ${align.join(' | ')} |`, ...body.map(line)].join('\n') + '\n' + legend;
}
