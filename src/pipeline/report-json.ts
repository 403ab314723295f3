import type { ExtractedReport, Observation } from '../core/document.js';

/**
 * The JSON that `zhibiao extract --format json` prints: the shape of ../shared/gold/FORMAT.md
 * (file, meta, headings, quantities, indicators), with extra fields that the gold does not score.
 */
export function toReportJson(report: ExtractedReport) {
  return {
    file: report.file,
    encoding: report.encoding,
    sha256: report.sha256,
    meta: report.meta,
    headings: report.headings.map((h) => ({
      line: h.line,
      level: h.level,
      marker: h.marker,
      title: h.title,
      column: h.span.column,
      role: h.role,
    })),
    quantities: report.quantities.map((q) => ({
      line: q.span.line,
      text: q.text,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      placeholder: q.placeholder,
      column: q.span.column,
      start: q.span.start,
      end: q.span.end,
      high: q.high,
      unitKind: q.unitKind,
      change: q.change,
      ...(q.header ? { header: q.header } : {}),
      section: q.sectionPath,
      role: q.role,
    })),
    indicators: report.observations.filter((o) => !o.scope).map(indicatorJson),
    /** values a rule found that are a part of their indicator (其中…, …类, 参加…的): never the total */
    subcounts: report.observations.filter((o) => o.scope).map((o) => ({ ...indicatorJson(o), scope: o.scope! })),
    diagnostics: report.diagnostics
      .filter((d) => d.severity !== 'info')
      .map((d) => ({ severity: d.severity, code: d.code, message: d.message, line: d.span?.line ?? null })),
  };

  function indicatorJson(o: Observation) {
    return {
      id: o.indicatorId,
      line: o.span.line,
      value: o.value,
      unit: o.unit,
      placeholder: o.placeholder,
      qualifier: o.qualifier,
      column: o.span.column,
      text: report.quantities[o.quantityIndex]?.text ?? null,
      rule: o.ruleId,
      plan: o.plan,
    };
  }
}

export type ReportJson = ReturnType<typeof toReportJson>;
