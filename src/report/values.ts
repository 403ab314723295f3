import type { Database } from '../store/database.js';
import { listIndicators, observationFromRow, OBSERVATION_COLUMNS, type StoredObservationRow } from '../store/queries.js';
import type { IndicatorDef } from '../rules/indicator.js';
import { ZhibiaoError } from '../core/errors.js';

/** One value of one indicator in one report, as `zhibiao values` prints it (JSON keys in this order). */
export type ValueRow = Omit<StoredObservationRow, 'indicatorName' | 'startOffset' | 'ruleId'>;

/**
 * The indicator a user means: an exact id or Chinese name, else the one id or name containing the
 * text (调解成功 → disputes.success_rate). None or several: a usage error listing the candidates.
 */
export function resolveIndicator(indicators: readonly IndicatorDef[], query: string): IndicatorDef {
  const exact = indicators.find((d) => d.id === query || d.name === query);
  if (exact) return exact;
  const q = query.toLowerCase();
  const partial = indicators.filter((d) => d.id.toLowerCase().includes(q) || d.name.includes(query));
  if (partial.length === 1) return partial[0]!;
  const list = (ds: readonly IndicatorDef[]): string => ds.map((d) => `${d.id} (${d.name})`).join(', ');
  if (partial.length > 1) throw new ZhibiaoError(`"${query}" names several indicators: ${list(partial)}`, 2);
  throw new ZhibiaoError(`no indicator "${query}"; known: ${list(indicators)}`, 2);
}

export interface ValuesQuery {
  readonly indicator: string;
  /** part of the organisation name */
  readonly org?: string;
  readonly year?: number;
  /** every statement, not only the one the table shows */
  readonly all?: boolean;
}

/** The values of one indicator across the reports of the database, by year, organisation and file. */
export async function queryValues(db: Database, q: ValuesQuery): Promise<{ indicator: IndicatorDef; rows: ValueRow[] }> {
  const indicator = resolveIndicator(await listIndicators(db), q.indicator);
  const where = ['indicator_id = ?'];
  const params: Array<string | number> = [indicator.id];
  if (!q.all) where.push('shown = 1');
  if (q.org !== undefined) (where.push("org LIKE '%' || ? || '%' ESCAPE '\\'"), params.push(q.org.replace(/[\\%_]/g, (c) => `\\${c}`)));
  if (q.year !== undefined) (where.push('year = ?'), params.push(q.year));
  const rows = await db.all<Record<string, unknown>>(
    `SELECT ${OBSERVATION_COLUMNS} FROM v_observations WHERE ${where.join(' AND ')}
     ORDER BY year IS NULL, year, org IS NULL, org, file, start_offset, observation_idx`,
    params,
  );
  return {
    indicator,
    rows: rows.map((r): ValueRow => {
      const { indicatorName: _name, startOffset: _start, ruleId: _rule, ...value } = observationFromRow(r);
      return value;
    }),
  };
}
