import { toReportRows, type ReportRows } from '../store/report-rows.js';
import { toError } from '../core/errors.js';
import { extractReport, extractReports, type ExtractContext, type ExtractInput } from './extract.js';
import type { ExtractedReport } from '../core/document.js';
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

/** The extraction context of a worker's batch: stage times are always summed. */
export type RowsContext = ExtractContext & { readonly timings: StageTimings };

/**
 * Extract one report and turn it into store rows; a report with an error diagnostic (a stage that
 * failed) is a failure naming that error, and is not stored.
 */
function extractRows(input: ExtractInput, ctx: RowsContext): ExtractOutcome {
  try {
    return toOutcome(extractReport(input, ctx), ctx.timings);
  } catch (err) {
    return { ok: false, reason: toError(err).message };
  }
}

/**
 * extractRows for a batch (a worker's message): the stages run over the whole batch (extractReports,
 * one jieba call for many reports); should the batch fail as a whole, each report is extracted alone,
 * so a failure stays the failing report's own. `onReport(i)`: the work turns to report i.
 */
export function extractRowsBatch(inputs: readonly ExtractInput[], ctx: RowsContext, onReport: (i: number) => void): ExtractOutcome[] {
  const { timings } = ctx;
  let reports: ExtractedReport[];
  try {
    reports = extractReports(inputs, ctx, onReport);
  } catch {
    return inputs.map((input, i) => (onReport(i), extractRows(input, ctx)));
  }
  return reports.map((report, i) => {
    onReport(i);
    try {
      return toOutcome(report, timings);
    } catch (err) {
      return { ok: false, reason: toError(err).message };
    }
  });
}

function toOutcome(report: ExtractedReport, timings: StageTimings): ExtractOutcome {
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
}
