import type { ExtractedReport } from '../core/document.js';
import { formatDiagnostics } from '../report/print-diagnostics.js';

/** A human-readable listing of one extraction. */
export function formatReportText(r: ExtractedReport): string {
  const out: string[] = [];
  const m = r.meta;
  out.push(`${r.file}  (${r.encoding}, ${r.lineCount} lines)`);
  out.push(`  title: ${m.title ?? '—'}   org: ${m.org ?? '—'}   year: ${m.year ?? '—'}   kind: ${m.kind}`);
  out.push('headings:');
  for (const h of r.headings) out.push(`  ${String(h.line).padStart(4)}  ${'  '.repeat(h.level - 1)}${h.marker ?? '·'} ${h.title}  [${h.role}]`);
  out.push(`quantities: ${r.quantities.length}`);
  for (const q of r.quantities) {
    const value = q.placeholder ? '(placeholder)' : String(q.value);
    out.push(`  ${q.span.line}:${q.span.column}  ${q.text.replace(/\s*\n\s*/g, "⏎")}  = ${value} ${q.unit}${q.qualifier ? ` [${q.qualifier}]` : ''}${q.header ? `  (table: ${q.header})` : ''}`);
  }
  out.push(`indicators: ${r.observations.length}`);
  for (const o of r.observations) {
    const value = o.placeholder ? '(placeholder)' : String(o.value);
    out.push(`  ${o.span.line}:${o.span.column}  ${o.indicatorId} = ${value} ${o.unit}${o.plan ? '  (plan)' : ''}  ← ${o.ruleId}`);
  }
  out.push(...formatDiagnostics(r.file, r.diagnostics));
  return `${out.join('\n')}\n`;
}
