import type { AuditReport, AuditRow } from '../audit.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './html-page.js';

function rowHtml(row: AuditRow): string {
  const indicator = row.indicatorId
    ? `<span title="${escapeHtml(row.indicatorId)}">${escapeHtml(row.indicatorName ?? row.indicatorId)}</span>`
    : '<span class="muted">未匹配指标</span>';
  return `<tr><td class="num">${row.line}:${row.column}</td><td>${escapeHtml(row.sectionPath.join(' › '))}</td>`
    + `<td>${indicator}</td><td class="placeholder">${escapeHtml(row.text)}</td>`
    + `<td class="context">${escapeHtml(row.context)}</td></tr>`;
}

/** A standalone page: one section per checked report, a table of its placeholders. */
export function auditToHtml(audit: AuditReport, title = '占位符审查'): string {
  const sections = audit.reports.map((r) => {
    const heading = `<h2>${escapeHtml(r.file)} <span class="muted">(${r.placeholders.length})</span></h2>`;
    if (r.placeholders.length === 0) return `${heading}\n<p class="muted">未发现占位符。</p>`;
    return `${heading}
<table>
<thead><tr><th>行:列</th><th>章节</th><th>指标</th><th>原文</th><th>上下文</th></tr></thead>
<tbody>
${r.placeholders.map(rowHtml).join('\n')}
</tbody>
</table>`;
  });
  const summary = `<p>共 ${audit.total} 处占位符，检查报告 ${audit.reports.length} 份。</p>`;
  return htmlPage(title, [summary, ...sections].join('\n'));
}
