import type { ExtractedReport } from '../core/document.js';
import type { IndicatorDef } from '../rules/indicator.js';
import type { Database } from '../store/database.js';
import { listIndicators, listObservations, listReports, type StoredObservationRow } from '../store/queries.js';
import { joinSectionPath } from '../store/write-report.js';
import { shownIndexes } from './shown.js';
import { unitsAgree } from './units.js';

/** One row of the long table `indicator_values`: every observation, in text order. */
export type IndicatorValueRow = Omit<StoredObservationRow, 'startOffset'>;

/** The value shown for one indicator of one report, and how many statements it was chosen from. */
export interface IndicatorCell {
  readonly value: number | null;
  /** the statement's own unit */
  readonly unit: string;
  /** false when `unit` does not agree with the column's unit (13次 in a 份 column): shown flagged */
  readonly unitAgrees: boolean;
  readonly qualifier: string | null;
  readonly placeholder: boolean;
  readonly plan: boolean;
  readonly line: number;
  readonly column: number;
  readonly sectionPath: string;
  readonly sentence: string;
  /** how many observations of this indicator the report has (the long table lists them all) */
  readonly count: number;
}

export type IndicatorColumn =
  | { readonly kind: 'file' | 'org' | 'year'; readonly key: string; readonly header: string }
  | {
      readonly kind: 'indicator'; readonly key: string; readonly header: string; readonly indicator: IndicatorDef;
      /** the column's unit: the most frequent unit among its cells (units that agree count together), else the catalog's first */
      readonly unit: string;
    };

export interface IndicatorTableRow {
  readonly file: string;
  readonly org: string | null;
  readonly year: number | null;
  /** indicator id → cell; absent when the report does not state the indicator ("not mentioned") */
  readonly cells: ReadonlyMap<string, IndicatorCell>;
}

/** Wide table: file, org, year, then one column per indicator in catalog order; one row per report. */
export interface IndicatorTable {
  readonly columns: readonly IndicatorColumn[];
  readonly rows: readonly IndicatorTableRow[];
}

/**
 * Builds the wide table from the long rows: each cell is the row marked `shown` (see shown.ts; in the
 * database the view `v_indicator_table` holds exactly these rows). A placeholder is a cell with
 * `placeholder: true, value: null`; an indicator the report does not state has no cell.
 */
export function buildIndicatorTable(
  indicators: readonly IndicatorDef[],
  reports: ReadonlyArray<{ file: string; org: string | null; year: number | null }>,
  values: readonly IndicatorValueRow[],
): IndicatorTable {
  const shown = new Map<string, Map<string, IndicatorValueRow>>();
  for (const v of values) {
    if (!v.shown) continue;
    const cells = shown.get(v.file) ?? new Map<string, IndicatorValueRow>();
    shown.set(v.file, cells);
    cells.set(v.indicatorId, v);
  }
  const units = new Map(indicators.map((d) => [d.id, columnUnit(d, values.filter((v) => v.shown && v.indicatorId === d.id))]));
  const columns: IndicatorColumn[] = [
    { kind: 'file', key: 'file', header: 'file' },
    { kind: 'org', key: 'org', header: 'org' },
    { kind: 'year', key: 'year', header: 'year' },
    ...indicators.map((d) => ({ kind: 'indicator' as const, key: d.id, header: d.name, indicator: d, unit: units.get(d.id)! })),
  ];
  const rows = [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((r) => {
    const cells = new Map<string, IndicatorCell>();
    for (const [id, row] of shown.get(r.file) ?? []) {
      const { value, unit, qualifier, placeholder, plan, line, column, sectionPath, sentence, statements } = row;
      const unitAgrees = unitsAgree(unit, units.get(id) ?? unit);
      cells.set(id, { value, unit, unitAgrees, qualifier, placeholder, plan, line, column, sectionPath, sentence, count: statements });
    }
    return { file: r.file, org: r.org, year: r.year, cells };
  });
  return { columns, rows };
}

/** The unit most cells of a column have (units that agree pooled); ties and empty columns: catalog order. */
function columnUnit(indicator: IndicatorDef, rows: readonly IndicatorValueRow[]): string {
  const candidates = [...new Set([...indicator.units, ...rows.map((r) => r.unit)])];
  let best = candidates[0] ?? '';
  let bestCount = -1;
  for (const unit of candidates) {
    const n = rows.filter((r) => unitsAgree(r.unit, unit)).length;
    if (n > bestCount) [best, bestCount] = [unit, n];
  }
  return best;
}

export async function listIndicatorValues(db: Database): Promise<IndicatorValueRow[]> {
  const rows = await listObservations(db);
  return rows.map(({ startOffset: _offset, ...row }) => row);
}

export async function buildIndicatorTableFromDb(db: Database): Promise<IndicatorTable> {
  return (await readIndicatorTable(db)).table;
}

/** The indicator table and the long rows it is built from, each observation read once for both. */
export async function readIndicatorTable(db: Database): Promise<{ table: IndicatorTable; values: IndicatorValueRow[] }> {
  const [indicators, reports, values] = await Promise.all([listIndicators(db), listReports(db), listIndicatorValues(db)]);
  return { table: buildIndicatorTable(indicators, reports, values), values };
}

/** Long rows straight from extracted reports (no database), ordered by file then offset. */
export function indicatorValuesFromReports(
  reports: readonly ExtractedReport[],
  indicators: readonly IndicatorDef[],
): IndicatorValueRow[] {
  const names = new Map(indicators.map((d) => [d.id, d.name]));
  return [...reports]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .flatMap((r) => {
      const shown = shownIndexes(r.observations.map((o, index) => ({ indicatorId: o.indicatorId, plan: o.plan, start: o.span.start, index, scope: o.scope })));
      const statements = new Map<string, number>();
      for (const o of r.observations) statements.set(o.indicatorId, (statements.get(o.indicatorId) ?? 0) + 1);
      return r.observations
        .map((o, i) => ({ o, i }))
        .sort((a, b) => a.o.span.start - b.o.span.start || a.i - b.i)
        .map(({ o, i }): IndicatorValueRow => {
          const q = r.quantities[o.quantityIndex];
          return {
            file: r.file, org: r.meta.org, year: r.meta.year,
            indicatorId: o.indicatorId, indicatorName: names.get(o.indicatorId) ?? o.indicatorId,
            value: o.value, unit: o.unit, qualifier: o.qualifier, placeholder: o.placeholder, plan: o.plan,
            shown: shown.has(i), statements: statements.get(o.indicatorId) ?? 1,
            line: o.span.line, column: o.span.column,
            sectionPath: joinSectionPath(q?.sectionPath ?? []), sentence: q?.sentenceText ?? '', ruleId: o.ruleId,
          };
        });
    });
}

export function buildIndicatorTableFromReports(
  reports: readonly ExtractedReport[],
  indicators: readonly IndicatorDef[],
): IndicatorTable {
  const rows = reports.map((r) => ({ file: r.file, org: r.meta.org, year: r.meta.year }));
  return buildIndicatorTable(indicators, rows, indicatorValuesFromReports(reports, indicators));
}
