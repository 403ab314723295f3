import type { Database } from '../../store/database.js';
import { splitSectionPath } from '../../store/write-report.js';
import type { CheckObservation, CheckQuantity, CheckReport, Finding } from './model.js';
import { checkYearJumps, sortFindings, withinReportFindings } from './index.js';

/** Reports whose quantities are read and checked together: memory holds one chunk's quantities at a time. */
const CHECK_CHUNK = 500;

/**
 * Every consistency finding of the database, as `findInconsistencies` gives them for all its reports:
 * the checks inside a report run chunk by chunk (the quantities of CHECK_CHUNK reports read at a time,
 * in file order, instead of every quantity of the database at once); the year-on-year check then runs
 * over all reports, holding of each only the quantities its observations stand on. `shown` comes
 * from `v_observations.shown`.
 */
export async function findingsFromDatabase(db: Database, rateIndicators: ReadonlySet<string>, chunkSize = CHECK_CHUNK): Promise<Finding[]> {
  const [reports, observations] = await Promise.all([
    db.all<{ id: number; file: string; org: string | null; year: number | null }>('SELECT id, file, org, year FROM reports ORDER BY file'),
    db.all<Record<string, unknown>>(
      `SELECT report_id, observation_idx, indicator_id, quantity_idx, value, unit, qualifier, placeholder, plan, shown, scope
       FROM v_observations ORDER BY report_id, observation_idx`,
    ),
  ]);
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
  const found: Finding[] = [];
  const observed: CheckReport[] = [];
  for (let from = 0; from < reports.length; from += chunkSize) {
    const chunk = reports.slice(from, from + chunkSize);
    const qs = await quantitiesOf(db, chunk.map((r) => r.id));
    for (const r of chunk) {
      const report: CheckReport = { file: r.file, org: r.org, year: r.year, quantities: qs.get(r.id) ?? [], observations: os.get(r.id) ?? [] };
      for (const f of withinReportFindings(report, rateIndicators)) found.push(f);
      const held: CheckQuantity[] = [];
      for (const o of report.observations) if (report.quantities[o.quantityIndex]) held[o.quantityIndex] = report.quantities[o.quantityIndex]!;
      observed.push({ ...report, quantities: held });
    }
  }
  for (const f of checkYearJumps(observed)) found.push(f);
  return sortFindings(found);
}

/** The quantities of these reports, each report's addressed by idx (a dense array keeps quantities[idx] valid). */
async function quantitiesOf(db: Database, ids: readonly number[]): Promise<Map<number, CheckQuantity[]>> {
  const rows = await db.all<Record<string, unknown>>(
    `SELECT report_id, idx, line, col, start_offset, end_offset, text, value, high, unit, qualifier, placeholder,
            change, role, section_path, section_line, sentence, sentence_start
     FROM quantities WHERE report_id IN (SELECT value FROM json_each(?)) ORDER BY report_id, idx`,
    [JSON.stringify(ids)],
  );
  const out = new Map<number, CheckQuantity[]>();
  for (const r of rows) {
    const list = out.get(r.report_id as number) ?? [];
    out.set(r.report_id as number, list);
    list[r.idx as number] = {
      index: r.idx as number, line: r.line as number, column: r.col as number,
      start: r.start_offset as number, end: r.end_offset as number, text: r.text as string,
      value: r.value as number | null, high: r.high as number | null, unit: r.unit as string,
      qualifier: r.qualifier as string | null, placeholder: r.placeholder === 1, change: r.change as string | null,
      role: r.role as string, sectionPath: splitSectionPath(r.section_path as string),
      sectionLine: r.section_line as number | null, sentence: r.sentence as string, sentenceStart: r.sentence_start as number,
    };
  }
  return out;
}
