import type { Database } from '../../store/database.js';
import { splitSectionPath } from '../../store/write-report.js';
import type { CheckObservation, CheckQuantity, CheckReport } from './model.js';

/**
 * Every report of the database as the checks see it: the quantities and observations of all
 * reports in two ordered scans (no query per report). `shown` comes from `v_observations.shown`.
 */
export async function checkReportsFromDatabase(db: Database): Promise<CheckReport[]> {
  const [reports, quantities, observations] = await Promise.all([
    db.all<{ id: number; file: string; org: string | null; year: number | null }>('SELECT id, file, org, year FROM reports ORDER BY file'),
    db.all<Record<string, unknown>>(
      `SELECT report_id, idx, line, col, start_offset, end_offset, text, value, high, unit, qualifier, placeholder,
              change, role, section_path, section_line, sentence, sentence_start
       FROM quantities ORDER BY report_id, idx`,
    ),
    db.all<Record<string, unknown>>(
      `SELECT report_id, observation_idx, indicator_id, quantity_idx, value, unit, qualifier, placeholder, plan, shown, scope
       FROM v_observations ORDER BY report_id, observation_idx`,
    ),
  ]);
  const qs = new Map<number, CheckQuantity[]>();
  for (const r of quantities) {
    const list = qs.get(r.report_id as number) ?? [];
    qs.set(r.report_id as number, list);
    list.push({
      index: r.idx as number, line: r.line as number, column: r.col as number,
      start: r.start_offset as number, end: r.end_offset as number, text: r.text as string,
      value: r.value as number | null, high: r.high as number | null, unit: r.unit as string,
      qualifier: r.qualifier as string | null, placeholder: r.placeholder === 1, change: r.change as string | null,
      role: r.role as string, sectionPath: splitSectionPath(r.section_path as string),
      sectionLine: r.section_line as number | null, sentence: r.sentence as string, sentenceStart: r.sentence_start as number,
    });
  }
  const os = new Map<number, CheckObservation[]>();
  for (const r of observations) {
    const list = os.get(r.report_id as number) ?? [];
    os.set(r.report_id as number, list);
    list.push({
      index: r.observation_idx as number, indicatorId: r.indicator_id as string, quantityIndex: r.quantity_idx as number,
      value: r.value as number | null, unit: r.unit as string, qualifier: r.qualifier as string | null,
      placeholder: r.placeholder === 1, plan: r.plan === 1, shown: r.shown === 1, scope: (r.scope as string | null) ?? null,
    });
  }
  return reports.map((r) => {
    const list = qs.get(r.id) ?? [];
    // quantities are addressed by idx; a dense array keeps report.quantities[idx] valid
    const byIndex: CheckQuantity[] = [];
    for (const q of list) byIndex[q.index] = q;
    return { file: r.file, org: r.org, year: r.year, quantities: byIndex, observations: os.get(r.id) ?? [] };
  });
}
