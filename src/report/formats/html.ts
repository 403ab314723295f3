import type { IndicatorTable } from '../indicator-table.js';
import { cellNote, displayValue, valueHeader } from './cell-text.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './html-page.js';

/**
 * The wide table as a standalone page: units in the headers, qualifiers in the cells, a placeholder
 * as a yellow `占位` cell; provenance (line, section, note) in the `title` tooltip. The review page
 * (review.html) is the interactive version with every value's sentence.
 */
export function indicatorTableToHtml(table: IndicatorTable, title = '指标汇总表'): string {
  const head = table.columns
    .map((c) => (c.kind === 'indicator'
      ? `<th title="${escapeHtml(c.key)}">${escapeHtml(valueHeader(c))}</th>`
      : `<th class="${c.kind}">${escapeHtml(c.header)}</th>`))
    .join('');
  const rows = table.rows.map((row) => {
    const tds = table.columns.map((c) => {
      if (c.kind === 'file') return `<td class="file">${escapeHtml(row.file)}</td>`;
      if (c.kind === 'org') return `<td class="org">${escapeHtml(row.org ?? '')}</td>`;
      if (c.kind === 'year') return `<td class="num">${row.year ?? ''}</td>`;
      const cell = row.cells.get(c.key);
      if (!cell) return '<td></td>';
      const classes = ['num', cell.placeholder ? 'placeholder' : '', cell.plan ? 'plan' : '', cell.unitAgrees ? '' : 'unit-mismatch'].filter(Boolean).join(' ');
      const note = cellNote(cell);
      const tip = `第${cell.line}行${cell.sectionPath ? `，${cell.sectionPath}` : ''}${note ? `；${note}` : ''}`;
      return `<td class="${classes}" title="${escapeHtml(tip)}">${escapeHtml(displayValue(cell))}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  const body = `<p class="muted">${table.rows.length} 份报告。占位 = 原文为占位符，未给出数值；空白 = 报告未提及；斜体 = 计划目标。</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
  return htmlPage(title, body);
}
