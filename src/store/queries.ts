import type { IndicatorDef } from '../rules/indicator.js';
import type { Database } from './database.js';

/** Read side. Every list is ordered by file, then by offset in the text. */

export interface StoredReportRow {
  readonly file: string;
  readonly org: string | null;
  readonly year: number | null;
}

export interface StoredObservationRow {
  readonly file: string;
  readonly org: string | null;
  readonly year: number | null;
  readonly indicatorId: string;
  readonly indicatorName: string;
  readonly value: number | null;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly placeholder: boolean;
  readonly plan: boolean;
  /** the statement the indicator table shows for this report and indicator (v_observations.shown) */
  readonly shown: boolean;
  /** how many statements of this indicator the report has */
  readonly statements: number;
  readonly line: number;
  readonly column: number;
  readonly startOffset: number;
  readonly sectionPath: string;
  readonly sentence: string;
  readonly ruleId: string;
}

export interface StoredPlaceholderRow {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly sectionPath: string;
  readonly indicatorId: string | null;
  readonly indicatorName: string | null;
  readonly unit: string;
  readonly text: string;
  readonly sentence: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly sentenceStart: number;
}

export async function listReports(db: Database): Promise<StoredReportRow[]> {
  return db.all<StoredReportRow>('SELECT file, org, year FROM reports ORDER BY file');
}

/** The catalog as stored, in position order. */
export async function listIndicators(db: Database): Promise<IndicatorDef[]> {
  const rows = await db.all<{ id: string; name: string; grp: string; units: string }>(
    'SELECT id, name, grp, units FROM indicators ORDER BY position, id',
  );
  return rows.map((r) => ({ id: r.id, name: r.name, group: r.grp, units: JSON.parse(r.units) as string[] }));
}

/** Columns of `v_observations` that `observationFromRow` reads. */
export const OBSERVATION_COLUMNS = `file, org, year, indicator_id, indicator_name, value, unit, qualifier, placeholder, plan, shown, statements,
            line, col, start_offset, section_path, sentence, rule_id`;

export function observationFromRow(r: Record<string, unknown>): StoredObservationRow {
  return {
    file: r.file as string,
    org: r.org as string | null,
    year: r.year as number | null,
    indicatorId: r.indicator_id as string,
    indicatorName: r.indicator_name as string,
    value: r.value as number | null,
    unit: r.unit as string,
    qualifier: r.qualifier as string | null,
    placeholder: r.placeholder === 1,
    plan: r.plan === 1,
    shown: r.shown === 1,
    statements: r.statements as number,
    line: r.line as number,
    column: r.col as number,
    startOffset: r.start_offset as number,
    sectionPath: r.section_path as string,
    sentence: r.sentence as string,
    ruleId: r.rule_id as string,
  };
}

export async function listObservations(db: Database): Promise<StoredObservationRow[]> {
  const rows = await db.all<Record<string, unknown>>(
    `SELECT ${OBSERVATION_COLUMNS} FROM v_observations ORDER BY file, start_offset, observation_idx`,
  );
  return rows.map(observationFromRow);
}

export async function listPlaceholders(db: Database): Promise<StoredPlaceholderRow[]> {
  const rows = await db.all<Record<string, unknown>>(
    `SELECT file, line, col, section_path, indicator_id, indicator_name, unit, text, sentence,
            start_offset, end_offset, sentence_start
     FROM v_placeholders ORDER BY file, start_offset, quantity_idx`,
  );
  return rows.map((r) => ({
    file: r.file as string,
    line: r.line as number,
    column: r.col as number,
    sectionPath: r.section_path as string,
    indicatorId: r.indicator_id as string | null,
    indicatorName: r.indicator_name as string | null,
    unit: r.unit as string,
    text: r.text as string,
    sentence: r.sentence as string,
    startOffset: r.start_offset as number,
    endOffset: r.end_offset as number,
    sentenceStart: r.sentence_start as number,
  }));
}
