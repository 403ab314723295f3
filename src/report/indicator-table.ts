import type { ExtractedReport } from '../core/document.js';
import type { IndicatorDef } from '../rules/indicator.js';
import type { Database } from '../store/database.js';
import { listIndicators, listObservations, listReports, type StoredObservationRow } from '../store/queries.js';
import { joinSectionPath } from '../store/write-report.js';

/** One row of the long table `indicator_values`: every observation, in text order. */
export type IndicatorValueRow = Omit<StoredObservationRow, 'startOffset'>;

/** The value shown for one indicator of one report, and how many statements it was chosen from. */
export interface IndicatorCell {
  readonly value: number | null;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly placeholder: boolean;
  readonly plan: boolean;
  readonly line: number;
  /** how many observations of this indicator the report has (the long table lists them all) */
  readonly count: number;
}

export type IndicatorColumn =
  | { readonly kind: 'file' | 'org' | 'year'; readonly key: string; readonly header: string }
  | { readonly kind: 'indicator'; readonly key: string; readonly header: string; readonly indicator: IndicatorDef };

export interface IndicatorTableRow {
  readonly file: string;
  readonly org: string | null;
  readonly year: number | null;
  /** indicator id → cell; absent when the report does not state the indicator */
  readonly cells: ReadonlyMap<string, IndicatorCell>;
}

/** Wide table: file, org, year, then one column per indicator in catalog order; one row per report. */
export interface IndicatorTable {
  readonly columns: readonly IndicatorColumn[];
  readonly rows: readonly IndicatorTableRow[];
}

/**
 * Builds the wide table from the long rows (ordered by file, then text offset).
 * Cell rule: the first non-plan observation in text order; plan targets only when the report has
 * nothing else for that indicator. A placeholder is a cell with `placeholder: true, value: null`.
 */
export function buildIndicatorTable(
  indicators: readonly IndicatorDef[],
  reports: ReadonlyArray<{ file: string; org: string | null; year: number | null }>,
  values: readonly IndicatorValueRow[],
): IndicatorTable {
  const columns: IndicatorColumn[] = [
    { kind: 'file', key: 'file', header: 'file' },
    { kind: 'org', key: 'org', header: 'org' },
    { kind: 'year', key: 'year', header: 'year' },
    ...indicators.map((d) => ({ kind: 'indicator' as const, key: d.id, header: d.name, indicator: d })),
  ];
  const chosen = new Map<string, Map<string, { row: IndicatorValueRow; count: number }>>();
  for (const v of values) {
    const cells = chosen.get(v.file) ?? new Map<string, { row: IndicatorValueRow; count: number }>();
    chosen.set(v.file, cells);
    const prev = cells.get(v.indicatorId);
    if (!prev) cells.set(v.indicatorId, { row: v, count: 1 });
    else cells.set(v.indicatorId, { row: prev.row.plan && !v.plan ? v : prev.row, count: prev.count + 1 });
  }
  const rows = [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((r) => {
    const cells = new Map<string, IndicatorCell>();
    for (const [id, { row, count }] of chosen.get(r.file) ?? []) {
      const { value, unit, qualifier, placeholder, plan, line } = row;
      cells.set(id, { value, unit, qualifier, placeholder, plan, line, count });
    }
    return { file: r.file, org: r.org, year: r.year, cells };
  });
  return { columns, rows };
}

export async function listIndicatorValues(db: Database): Promise<IndicatorValueRow[]> {
  const rows = await listObservations(db);
  return rows.map(({ startOffset: _offset, ...row }) => row);
}

export async function buildIndicatorTableFromDb(db: Database): Promise<IndicatorTable> {
  const [indicators, reports, values] = await Promise.all([listIndicators(db), listReports(db), listIndicatorValues(db)]);
  return buildIndicatorTable(indicators, reports, values);
}

/** Long rows straight from extracted reports (no database), ordered by file then offset. */
export function indicatorValuesFromReports(
  reports: readonly ExtractedReport[],
  indicators: readonly IndicatorDef[],
): IndicatorValueRow[] {
  const names = new Map(indicators.map((d) => [d.id, d.name]));
  return [...reports]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .flatMap((r) =>
      r.observations
        .map((o, i) => ({ o, i }))
        .sort((a, b) => a.o.span.start - b.o.span.start || a.i - b.i)
        .map(({ o }): IndicatorValueRow => {
          const q = r.quantities[o.quantityIndex];
          return {
            file: r.file, org: r.meta.org, year: r.meta.year,
            indicatorId: o.indicatorId, indicatorName: names.get(o.indicatorId) ?? o.indicatorId,
            value: o.value, unit: o.unit, qualifier: o.qualifier, placeholder: o.placeholder, plan: o.plan,
            line: o.span.line, column: o.span.column,
            sectionPath: joinSectionPath(q?.sectionPath ?? []), sentence: q?.sentenceText ?? '', ruleId: o.ruleId,
          };
        }),
    );
}

export function buildIndicatorTableFromReports(
  reports: readonly ExtractedReport[],
  indicators: readonly IndicatorDef[],
): IndicatorTable {
  const rows = reports.map((r) => ({ file: r.file, org: r.meta.org, year: r.meta.year }));
  return buildIndicatorTable(indicators, rows, indicatorValuesFromReports(reports, indicators));
}
