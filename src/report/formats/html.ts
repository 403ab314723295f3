import type { IndicatorTable } from '../indicator-table.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './html-page.js';
import { cellText } from './text-grid.js';

/** The wide table as a standalone page; the indicator id and cell provenance go in `title` tooltips. */
export function indicatorTableToHtml(table: IndicatorTable, title = '指标汇总表'): string {
  const head = table.columns
    .map((c) => `<th${c.kind === 'indicator' ? ` title="${escapeHtml(c.key)}"` : ''}>${escapeHtml(c.header)}</th>`)
    .join('');
  const rows = table.rows.map((row) => {
    const tds = table.columns.map((c) => {
      if (c.kind === 'file') return `<td>${escapeHtml(row.file)}</td>`;
      if (c.kind === 'org') return `<td>${escapeHtml(row.org ?? '')}</td>`;
      if (c.kind === 'year') return `<td class="num">${row.year ?? ''}</td>`;
      const cell = row.cells.get(c.key);
      if (!cell) return '<td></td>';
      const classes = ['num', cell.placeholder ? 'placeholder' : '', cell.plan ? 'plan' : ''].filter(Boolean).join(' ');
      const tip = `${cell.qualifier ?? ''}${cell.unit}，第${cell.line}行${cell.count > 1 ? `，共${cell.count}处` : ''}${cell.plan ? '，计划' : ''}`;
      return `<td class="${classes}" title="${escapeHtml(tip)}">${escapeHtml(cellText(cell))}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  const body = `<p class="muted">${table.rows.length} 份报告。* = 原文为占位符，未给出数值。</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
  return htmlPage(title, body);
}
