/**
 * Migration 004: an observation's scope (rules/scope.yaml). NULL: the value is its indicator's
 * total; else it is a part — `subset` (其中…), `category`, `participants`, `topic`, `benchmark`,
 * `per-capita` — kept with its indicator for the long table and SQL, never shown as the total.
 * `v_observations` gains `scope` and never marks a part as `shown`; `v_indicator_table` (the
 * shown rows) is rebuilt over it unchanged.
 */
export const SCOPE_SQL = `
ALTER TABLE observations ADD COLUMN scope TEXT;

DROP VIEW IF EXISTS v_indicator_table;
DROP VIEW IF EXISTS v_observations;
CREATE VIEW v_observations AS
SELECT r.file, r.org, r.year,
       o.indicator_id, i.name AS indicator_name,
       o.value, o.unit, o.qualifier, o.placeholder, o.plan,
       o.line, o.col, q.section_path, q.sentence, o.rule_id,
       o.start_offset, o.report_id, o.idx AS observation_idx,
       CASE WHEN o.scope IS NULL
             AND row_number() OVER (PARTITION BY o.report_id, o.indicator_id ORDER BY o.scope IS NOT NULL, o.plan, o.start_offset, o.idx) = 1
            THEN 1 ELSE 0 END AS shown,
       count(*) OVER (PARTITION BY o.report_id, o.indicator_id) AS statements,
       q.role, q.section_line, o.end_offset, q.sentence_start, o.quantity_idx,
       o.scope
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
