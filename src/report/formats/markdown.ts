import type { IndicatorTable } from '../indicator-table.js';
import { escapeMarkdownCell } from './escape.js';
import { tableToTextGrid } from './text-grid.js';

/** A GFM pipe table; numbers right-aligned. A placeholder shows as `\*` (renders `*`). */
export function indicatorTableToMarkdown(table: IndicatorTable): string {
  const [header = [], ...body] = tableToTextGrid(table);
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  const align = table.columns.map((c) => (c.kind === 'indicator' || c.kind === 'year' ? '---:' : '---'));
  return [line(header), `| ${align.join(' | ')} |`, ...body.map(line)].join('\n') + '\n';
}
