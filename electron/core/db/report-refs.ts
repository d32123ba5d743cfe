/**
 * The ids of the metrics every report holds, as a row or as the metric its chart follows, as
 * a query for `id IN (…)`. Reports keep their items inside their JSON content; a report stored
 * in a form that does not read (written by hand, damaged) names no metric rather than failing
 * the statement it is part of (an import, a re-extraction).
 */
export const REPORTED_METRIC_IDS_SQL = `SELECT json_extract(CASE WHEN i.type = 'object' THEN i.value END, '$.metricId')
  FROM reports r,
    json_each(CASE WHEN json_valid(r.content) AND json_type(r.content, '$.sections') = 'array' THEN r.content ELSE '{"sections":[]}' END, '$.sections') s,
    json_each(CASE WHEN s.type = 'object' AND json_type(s.value, '$.items') = 'array' THEN s.value ELSE '{"items":[]}' END, '$.items') i
  WHERE json_extract(CASE WHEN i.type = 'object' THEN i.value END, '$.kind') IN ('metric', 'chart')`;
