import type { AuditRow, Finding } from '../audit.js';
import { cellNote, displayValue, valueHeader } from '../formats/cell-text.js';
import { escapeHtml as e } from '../formats/escape.js';
import type { IndicatorColumn } from '../indicator-table.js';
import type { ReviewModel, ReviewReport, ReviewValue } from './model.js';
import { REVIEW_SCRIPT } from './script.js';
import { REVIEW_CSS } from './style.js';

type IndicatorCol = Extract<IndicatorColumn, { kind: 'indicator' }>;

const at = (file: string, line: number, column: number): string => `${file}:${line}:${column}`;

/** Text with a half-open [start, end) part in <mark>; every part escaped. */
export const marked = (text: string, [s, t]: readonly [number, number]): string =>
  `${e(text.slice(0, s))}<mark>${e(text.slice(s, t))}</mark>${e(text.slice(t))}`;

const attrs = (r: { org: string | null; year: number | null }): string =>
  `data-org="${e(r.org ?? '')}" data-year="${r.year ?? ''}"`;

/**
 * The review page: one self-contained HTML file (inline style and script, a Content-Security-Policy
 * that forbids any request), every piece of report text escaped. Order: filters, the audit's
 * findings (consistency, then placeholders), the indicator table (each cell links to its value), then
 * every value of every report in its sentence with the number marked, its section path and line.
 */
export function reviewToHtml(model: ReviewModel, title = '指标审查'): string {
  const meta = new Map(model.reports.map((r) => [r.file, r]));
  const anchorAt = new Map<string, ReviewValue>();
  const shownAnchor = new Map<string, ReviewValue>();
  for (const r of model.reports) {
    for (const v of r.values) {
      const key = at(r.file, v.line, v.column);
      if (!anchorAt.has(key)) anchorAt.set(key, v);
      if (v.shown) shownAnchor.set(`${r.file}\u0000${v.indicatorId}`, v);
    }
  }
  const findings = model.audit.reports.flatMap((r) => r.findings);
  const placeholders = model.audit.reports.flatMap((r) => r.placeholders);
  const findingAt = new Set(findings.map((f) => at(f.file, f.line, f.column)));
  const flagged = new Set(model.audit.reports.filter((r) => r.findings.length > 0 || r.placeholders.length > 0).map((r) => r.file));
  const columns = model.table.columns.filter((c): c is IndicatorCol => c.kind === 'indicator');

  const link = (file: string, line: number, column: number): string => {
    const v = anchorAt.get(at(file, line, column));
    return v ? ` <a href="#${v.anchor}">原文</a>` : '';
  };
  const rowAttrs = (file: string, ind: string | null): string => {
    const r = meta.get(file);
    return `${attrs({ org: r?.org ?? null, year: r?.year ?? null })} data-ind="${e(ind ?? '')}"`;
  };
  const findingRow = (f: Finding): string => `<tr class="f ${f.severity}" ${rowAttrs(f.file, f.indicatorId)}>`
    + `<td class="sev">${f.severity === 'error' ? '错误' : '警告'}<br><code>${e(f.code)}</code></td>`
    + `<td class="where">${e(at(f.file, f.line, f.column))}${link(f.file, f.line, f.column)}</td>`
    + `<td>${e(f.message)}${f.related ? `<br><span class="muted">对照 ${e(at(f.related.file, f.related.line, f.related.column))} ${e(f.related.text)}</span>${link(f.related.file, f.related.line, f.related.column)}` : ''}</td>`
    + `<td class="ctx">${marked(f.context, f.mark)}</td></tr>`;
  const placeholderRow = (p: AuditRow): string => `<tr class="f placeholder-row" ${rowAttrs(p.file, p.indicatorId)}>`
    + `<td class="sev"><span class="badge ph">占位符</span></td>`
    + `<td class="where">${e(at(p.file, p.line, p.column))}${link(p.file, p.line, p.column)}</td>`
    + `<td>${p.indicatorName ? e(p.indicatorName) : '<span class="muted">未匹配指标</span>'}<br><span class="muted">${e(p.sectionPath.join(' › '))}</span></td>`
    + `<td class="ctx">${marked(p.context, p.mark)}</td></tr>`;

  const auditSection = `<section id="audit"><h2>审查发现 <span class="count">一致性问题 ${findings.length} 处 · 占位符 ${placeholders.length} 处</span></h2>
${findings.length + placeholders.length === 0 ? '<p class="muted">未发现一致性问题或占位符。</p>' : `<div class="scroll"><table class="findings">
<thead><tr><th>类别</th><th>位置</th><th>说明</th><th>原文</th></tr></thead>
<tbody>
${[...findings.map(findingRow), ...placeholders.map(placeholderRow)].join('\n')}
</tbody></table></div>`}
</section>`;

  const head = `<tr><th class="file">报告文件</th><th class="org">机构</th><th>年份</th>${columns
    .map((c) => `<th class="ind" data-col="${e(c.key)}" title="${e(c.key)}">${e(c.header)}<span class="unit">${e(c.unit ? `（${c.unit}）` : '')}</span></th>`)
    .join('')}</tr>`;
  const body = model.table.rows.map((row) => {
    const tds = columns.map((c) => {
      const cell = row.cells.get(c.key);
      if (!cell) return `<td data-col="${e(c.key)}"></td>`;
      const v = shownAnchor.get(`${row.file}\u0000${c.key}`);
      const classes = ['num', cell.placeholder ? 'placeholder' : '', cell.plan ? 'plan' : '', cell.unitAgrees ? '' : 'unit-mismatch',
        findingAt.has(at(row.file, cell.line, cell.column)) ? 'finding' : ''].filter(Boolean).join(' ');
      const note = cellNote(cell);
      const tip = `第${cell.line}行${note ? `；${note}` : ''}`;
      const text = e(displayValue(cell));
      return `<td class="${classes}" data-col="${e(c.key)}" title="${e(tip)}">${v ? `<a href="#${v.anchor}">${text}</a>` : text}</td>`;
    });
    return `<tr class="r" ${attrs(row)} data-flag="${flagged.has(row.file) ? 1 : 0}"><td class="file">${e(row.file)}</td><td class="org">${e(row.org ?? '')}</td><td class="num">${row.year ?? ''}</td>${tds.join('')}</tr>`;
  });
  const tableSection = `<section id="table"><h2>指标表 <span class="count">点击数值查看原文；占位 = 原文为占位符；空白 = 未提及；斜体 = 计划目标</span></h2>
<div class="scroll"><table class="wide">
<thead>${head}</thead>
<tbody>
${body.join('\n')}
</tbody></table></div></section>`;

  const valueItem = (r: ReviewReport, v: ReviewValue): string => {
    const flag = v.placeholder || findingAt.has(at(r.file, v.line, v.column));
    const badges = [
      v.placeholder ? '<span class="badge ph">占位符</span>' : '',
      v.plan ? '<span class="badge">计划目标</span>' : '',
      v.shown ? '<span class="badge shown">表中值</span>' : '',
      findingAt.has(at(r.file, v.line, v.column)) ? '<span class="badge err">审查发现</span>' : '',
    ].join('');
    const shownValue = v.placeholder ? '占位' : displayValue({ value: v.value, unit: v.unit, unitAgrees: true, qualifier: v.qualifier, placeholder: false, plan: v.plan, line: v.line, column: v.column, sectionPath: '', sentence: '', count: 1 });
    return `<li class="v" id="${v.anchor}" data-ind="${e(v.indicatorId)}" data-flag="${flag ? 1 : 0}">`
      + `<div class="v-head"><b>${e(v.indicatorName)}</b><span class="val">${e(shownValue)} ${e(v.unit)}</span>${badges}</div>`
      + `<div class="where">${e(at(r.file, v.line, v.column))} · ${e(v.sectionPath.join(' › ') || '（无章节）')} · <code>${e(v.ruleId)}</code></div>`
      + `<blockquote>${marked(v.context, v.mark)}</blockquote></li>`;
  };
  const reportsSection = `<section id="values"><h2>数值与原文</h2>
${model.reports.map((r) => `<article class="report" ${attrs(r)} data-flag="${flagged.has(r.file) ? 1 : 0}">
<h3>${e(r.file)} <span class="muted">${e([r.org, r.year].filter((x) => x !== null).join(' · '))}</span></h3>
${r.values.length ? `<ol class="values">${r.values.map((v) => valueItem(r, v)).join('\n')}</ol>` : '<p class="muted">未识别到指标数值。</p>'}
</article>`).join('\n')}
</section>`;

  const option = (value: string, label: string): string => `<option value="${e(value)}">${e(label)}</option>`;
  const orgs = [...new Set(model.reports.map((r) => r.org).filter((o): o is string => !!o))].sort();
  const years = [...new Set(model.reports.map((r) => r.year).filter((y): y is number => y !== null))].sort();
  const filters = `<form class="filters" onsubmit="return false">
<label>指标 <select id="f-ind">${option('', '全部指标')}${columns.map((c) => option(c.key, valueHeader(c))).join('')}</select></label>
<label>机构 <select id="f-org">${option('', '全部机构')}${orgs.map((o) => option(o, o)).join('')}</select></label>
<label>年份 <select id="f-year">${option('', '全部年份')}${years.map((y) => option(String(y), String(y))).join('')}</select></label>
<label><input type="checkbox" id="f-flag"> 只看占位符 / 审查发现</label>
<span class="count" id="f-count">${model.reports.length} 份报告</span>
</form>`;

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${e(title)}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<header><h1>${e(title)} <span class="count">${model.reports.length} 份报告 · ${columns.length} 项指标</span></h1>
${filters}
</header>
<main>
${auditSection}
${tableSection}
${reportsSection}
</main>
<script>${REVIEW_SCRIPT}</script>
</body>
</html>
`;
}
