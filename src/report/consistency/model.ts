import type { ExtractedReport } from '../../core/document.js';

/** One quantity as the consistency checks see it (the same from a run or from the database). */
export interface CheckQuantity {
  readonly index: number;
  readonly line: number;
  readonly column: number;
  /** half-open UTF-16 offsets into the report text */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number | null;
  readonly high: number | null;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly placeholder: boolean;
  readonly change: string | null;
  readonly role: string;
  readonly sectionPath: readonly string[];
  readonly sectionLine: number | null;
  readonly sentence: string;
  readonly sentenceStart: number;
}

export interface CheckObservation {
  /** position among the report's observations */
  readonly index: number;
  readonly indicatorId: string;
  readonly quantityIndex: number;
  readonly value: number | null;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly placeholder: boolean;
  readonly plan: boolean;
  /** true for the statement the indicator table shows for this report (see shown.ts) */
  readonly shown: boolean;
  /** a part of the indicator (其中…, rules/scope.yaml), not its total; null for a total */
  readonly scope: string | null;
}

export interface CheckReport {
  readonly file: string;
  readonly org: string | null;
  readonly year: number | null;
  /** by index, in text order */
  readonly quantities: readonly CheckQuantity[];
  readonly observations: readonly CheckObservation[];
}

export type FindingCode =
  | 'closed-exceeds-received'
  | 'subcount-exceeds-total'
  | 'rate-over-100'
  | 'conflicting-values'
  | 'jump-from-last-year';

export type FindingSeverity = 'error' | 'warning';

/** A place a finding points at, besides its own. */
export interface FindingRef {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** A consistency finding: two statements that cannot both be right, or one that cannot be. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: FindingSeverity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly sectionPath: readonly string[];
  readonly indicatorId: string | null;
  readonly message: string;
  /** the sentence around the offending value, trimmed */
  readonly context: string;
  /** where the offending value stands in `context`: half-open [start, end) */
  readonly mark: readonly [number, number];
  /** the other statement (the total, the received count, last year's value), when there is one */
  readonly related: FindingRef | null;
}

/** Adapter from a run's ExtractedReport; `shown` follows the table's choice. */
export function checkReportFromExtracted(report: ExtractedReport, shownIndexes: ReadonlySet<number>): CheckReport {
  return {
    file: report.file,
    org: report.meta.org,
    year: report.meta.year,
    quantities: report.quantities.map((q) => ({
      index: q.index, line: q.span.line, column: q.span.column, start: q.span.start, end: q.span.end, text: q.text,
      value: q.value, high: q.high, unit: q.unit, qualifier: q.qualifier, placeholder: q.placeholder, change: q.change,
      role: q.role, sectionPath: q.sectionPath, sectionLine: q.sectionLine, sentence: q.sentenceText,
      sentenceStart: q.sentence.start,
    })),
    observations: report.observations.map((o, index) => ({
      index, indicatorId: o.indicatorId, quantityIndex: o.quantityIndex, value: o.value, unit: o.unit,
      qualifier: o.qualifier, placeholder: o.placeholder, plan: o.plan, shown: shownIndexes.has(index), scope: o.scope ?? null,
    })),
  };
}
