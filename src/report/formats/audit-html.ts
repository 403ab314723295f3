import type { AuditReport, AuditRow, Finding } from '../audit.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './html-page.js';

/** The context with the marked span in `<mark>`, every part escaped. */
export function markedHtml(context: string, mark: readonly [number, number]): string {
  const [s, e] = mark;
  return `${escapeHtml(context.slice(0, s))}<mark>${escapeHtml(context.slice(s, e))}</mark>${escapeHtml(context.slice(e))}`;
}

const section = (path: readonly string[]): string => escapeHtml(path.join(' › '));

function rowHtml(row: AuditRow): string {
  const indicator = row.indicatorId
    ? `<span title="${escapeHtml(row.indicatorId)}">${escapeHtml(row.indicatorName ?? row.indicatorId)}</span>`
    : '<span class="muted">未匹配指标</span>';
  return `<tr><td class="num">${row.line}:${row.column}</td><td>${section(row.sectionPath)}</td>`
    + `<td>${indicator}</td><td class="placeholder">${escapeHtml(row.text)}</td>`
    + `<td class="context">${markedHtml(row.context, row.mark)}</td></tr>`;
}

function findingHtml(f: Finding): string {
  const related = f.related ? `<br><span class="muted">对照：${escapeHtml(f.related.file)}:${f.related.line}:${f.related.column} ${escapeHtml(f.related.text)}</span>` : '';
  return `<tr class="${f.severity}"><td>${escapeHtml(f.file)}:${f.line}:${f.column}</td>`
    + `<td class="sev">${f.severity === 'error' ? '错误' : '警告'}<br><code>${escapeHtml(f.code)}</code></td>`
    + `<td>${escapeHtml(f.message)}${related}</td><td class="context">${markedHtml(f.context, f.mark)}</td></tr>`;
}

/**
 * A standalone page: consistency findings first, then one section per report that has
 * placeholders (each placeholder marked in its context), then the clean reports in one line.
 */
export function auditToHtml(audit: AuditReport, title = '审查：占位符与一致性'): string {
  const findings = audit.reports.flatMap((r) => r.findings);
  const withPlaceholders = audit.reports.filter((r) => r.placeholders.length > 0);
  const clean = audit.reports.filter((r) => r.placeholders.length === 0 && r.findings.length === 0);
  const parts = [
    `<p>检查报告 ${audit.reports.length} 份：一致性问题 ${audit.inconsistencies} 处，占位符 ${audit.total} 处（${withPlaceholders.length} 份报告）。</p>`,
  ];
  if (findings.length > 0) {
    parts.push(`<h2>一致性问题 <span class="muted">(${findings.length})</span></h2>
<table>
<thead><tr><th>位置</th><th>级别</th><th>问题</th><th>上下文</th></tr></thead>
<tbody>
${findings.map(findingHtml).join('\n')}
</tbody>
</table>`);
  }
  for (const r of withPlaceholders) {
    parts.push(`<h2>${escapeHtml(r.file)} <span class="muted">(${r.placeholders.length})</span></h2>
<table>
<thead><tr><th>行:列</th><th>章节</th><th>指标</th><th>原文</th><th>上下文</th></tr></thead>
<tbody>
${r.placeholders.map(rowHtml).join('\n')}
</tbody>
</table>`);
  }
  if (clean.length > 0) {
    parts.push(`<h2>无问题的报告 <span class="muted">(${clean.length})</span></h2>\n<p class="muted">${clean.map((r) => escapeHtml(r.file)).join('、')}</p>`);
  }
  return htmlPage(title, parts.join('\n'));
}
