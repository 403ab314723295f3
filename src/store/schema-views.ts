/**
 * Migration 002: views for people who query the database by hand.
 * `v_placeholders` has one row per placeholder quantity; its indicator is the first observation
 * (lowest `observations.idx`) made from that quantity, NULL when no rule matched it.
 */
export const VIEWS_SQL = `
CREATE VIEW v_observations AS
SELECT r.file, r.org, r.year,
       o.indicator_id, i.name AS indicator_name,
       o.value, o.unit, o.qualifier, o.placeholder, o.plan,
       o.line, o.col, q.section_path, q.sentence, o.rule_id,
       o.start_offset, o.report_id, o.idx AS observation_idx
FROM observations o
JOIN reports r ON r.id = o.report_id
JOIN indicators i ON i.id = o.indicator_id
JOIN quantities q ON q.report_id = o.report_id AND q.idx = o.quantity_idx;

CREATE VIEW v_placeholders AS
SELECT r.file, q.line, q.col, q.section_path,
       o.indicator_id, i.name AS indicator_name,
       q.unit, q.text, q.sentence,
       q.start_offset, q.end_offset, q.sentence_start, q.report_id, q.idx AS quantity_idx
FROM quantities q
JOIN reports r ON r.id = q.report_id
LEFT JOIN observations o ON o.report_id = q.report_id AND o.idx = (
  SELECT min(o2.idx) FROM observations o2 WHERE o2.report_id = q.report_id AND o2.quantity_idx = q.idx)
LEFT JOIN indicators i ON i.id = o.indicator_id
WHERE q.placeholder = 1;

CREATE VIEW v_report_summary AS
SELECT r.file, r.org, r.year,
       (SELECT count(*) FROM quantities q WHERE q.report_id = r.id) AS quantities,
       (SELECT count(*) FROM observations o WHERE o.report_id = r.id) AS observations,
       (SELECT count(*) FROM quantities q WHERE q.report_id = r.id AND q.placeholder = 1) AS placeholders,
       (SELECT count(*) FROM diagnostics d WHERE d.report_id = r.id AND d.severity = 'error') AS errors
FROM reports r;
`;
