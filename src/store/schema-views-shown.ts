/**
 * Migration 003: which statement the indicator table shows, in SQL.
 * `v_observations` gains `shown` (1 for the one statement per report and indicator that the wide
 * table shows: the first non-plan one in text order, else the first plan target — ORDER BY plan,
 * start_offset, idx, the same order as src/report/shown.ts) and `statements` (how many the report
 * has). `v_indicator_table` is the long form of the wide table: only the shown rows, so a
 * `SUM(value)` over it agrees with the tables, where over `v_observations` it would count totals
 * and their breakdowns twice.
 */
export const SHOWN_VIEWS_SQL = `
DROP VIEW IF EXISTS v_observations;
CREATE VIEW v_observations AS
SELECT r.file, r.org, r.year,
       o.indicator_id, i.name AS indicator_name,
       o.value, o.unit, o.qualifier, o.placeholder, o.plan,
       o.line, o.col, q.section_path, q.sentence, o.rule_id,
       o.start_offset, o.report_id, o.idx AS observation_idx,
       CASE WHEN row_number() OVER (PARTITION BY o.report_id, o.indicator_id ORDER BY o.plan, o.start_offset, o.idx) = 1
            THEN 1 ELSE 0 END AS shown,
       count(*) OVER (PARTITION BY o.report_id, o.indicator_id) AS statements,
       q.role, q.section_line, o.end_offset, q.sentence_start, o.quantity_idx
FROM observations o
JOIN reports r ON r.id = o.report_id
JOIN indicators i ON i.id = o.indicator_id
JOIN quantities q ON q.report_id = o.report_id AND q.idx = o.quantity_idx;

CREATE VIEW v_indicator_table AS
SELECT file, org, year, indicator_id, indicator_name, value, unit, qualifier, placeholder, plan,
       statements, line, col, section_path, sentence, rule_id, report_id, observation_idx
FROM v_observations
WHERE shown = 1;
`;
