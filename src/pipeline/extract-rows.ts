import type { RuleSet } from '../rules/compile.js';
import { toReportRows, type ReportRows } from '../store/report-rows.js';
import { toError } from '../core/errors.js';
import { extractReport, type ExtractInput } from './extract.js';
import type { StageTimings } from './stage-timings.js';

/** What the store needs from one extraction, in the compact form that crosses threads. */
export type ExtractOutcome =
  | { readonly ok: true; readonly rows: ReportRows; readonly counts: ReportCounts }
  | { readonly ok: false; readonly reason: string };

export interface ReportCounts {
  readonly quantities: number;
  readonly observations: number;
  readonly placeholders: number;
}

/**
 * Extract one report and turn it into store rows; a report with an error diagnostic (a stage that
 * failed) is a failure naming that error, and is not stored.
 */
export function extractRows(input: ExtractInput, ruleSet: RuleSet, timings: StageTimings): ExtractOutcome {
  try {
    const report = extractReport(input, { ruleSet, timings });
    const error = report.diagnostics.find((d) => d.severity === 'error');
    if (error) return { ok: false, reason: error.message };
    const t0 = performance.now();
    const rows = toReportRows(report);
    timings.rows += performance.now() - t0;
    const counts = {
      quantities: report.quantities.length,
      observations: report.observations.length,
      placeholders: report.quantities.filter((q) => q.placeholder).length,
    };
    return { ok: true, rows, counts };
  } catch (err) {
    return { ok: false, reason: toError(err).message };
  }
}
