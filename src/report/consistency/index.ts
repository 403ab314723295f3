import type { CheckReport, Finding } from './model.js';
import { checkYearJumps } from './across-reports.js';
import { checkConflicts, checkFlows, checkRates, checkSubcounts } from './within-report.js';

export type { CheckReport, Finding, FindingCode, FindingSeverity } from './model.js';

export { checkYearJumps } from './across-reports.js';

/** Every consistency finding for these reports, per file in text order (errors before warnings at one place). */
export function findInconsistencies(reports: readonly CheckReport[], rateIndicators: ReadonlySet<string>): Finding[] {
  return sortFindings([...reports.flatMap((r) => withinReportFindings(r, rateIndicators)), ...checkYearJumps(reports)]);
}

/** The findings inside one report: flows, sub-counts, rates, conflicting values. */
export const withinReportFindings = (r: CheckReport, rateIndicators: ReadonlySet<string>): Finding[] => [
  ...checkFlows(r), ...checkSubcounts(r), ...checkRates(r, rateIndicators), ...checkConflicts(r),
];

/** Per file, in text order, errors before warnings at one place (a stable sort: ties keep their order). */
export function sortFindings(all: Finding[]): Finding[] {
  return all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)));
}

/** Indicators whose every unit is %: their values are shares and cannot exceed 100. */
export function rateIndicatorIds(indicators: ReadonlyArray<{ id: string; units: readonly string[] }>): Set<string> {
  return new Set(indicators.filter((d) => d.units.length > 0 && d.units.every((u) => u === '%')).map((d) => d.id));
}
