import type { Database } from 'better-sqlite3';
import type { ConflictGroup, ConflictingSource } from '../../../shared/checks.ts';

/**
 * The same metric stated by several documents: same series (label and entity as
 * shared/series-key.ts reads them, so an SMM quote and a market quote meet), period and unit. Only
 * metrics with a known period take part (without one, two figures cannot be said to be
 * the same), and rejected ones never do. Values further apart than RELATIVE conflict.
 */
const RELATIVE = 0.005;

const SAME_METRIC = `x.series_key = m.series_key AND x.unit IS m.unit AND x.period_start = m.period_start AND x.period_end = m.period_end
  AND x.document_id != m.document_id AND x.status != 'rejected' AND x.value IS NOT NULL`;
const DIFFERENT = `abs(x.value - m.value) > ${RELATIVE} * max(abs(x.value), abs(m.value))`;

/** True when two statements of one metric disagree, as the checks below read it (the period sheet's cells too). */
export function valuesDisagree(a: number, b: number): boolean {
  return Math.abs(a - b) > RELATIVE * Math.max(Math.abs(a), Math.abs(b));
}

/** Conflicts counted per row stop here (shown as "100+"), so a label stated thousands of times costs no more than a hundred. */
export const CONFLICT_CAP = 100;

/** SQL for a row's conflict count, for the grid (walks the label and period index). */
export const CONFLICT_COUNT_SQL = `CASE WHEN m.period_start IS NULL OR m.value IS NULL OR m.status = 'rejected' THEN 0 ELSE
  (SELECT count(*) FROM (SELECT 1 FROM metrics x WHERE ${SAME_METRIC} AND ${DIFFERENT} LIMIT ${CONFLICT_CAP})) END`;

/** The other documents' statements of a metric that disagree with it. */
export function conflictsOf(db: Database, metricId: number): ConflictingSource[] {
  return db.prepare(`SELECT x.id, x.document_id AS documentId, d.title AS documentTitle, x.passage_id AS passageId, x.value, x.unit, x.status
    FROM metrics m JOIN metrics x ON ${SAME_METRIC} AND ${DIFFERENT} JOIN documents d ON d.id = x.document_id
    WHERE m.id = ? AND m.status != 'rejected' AND m.value IS NOT NULL ORDER BY d.title, x.id`).all(metricId) as ConflictingSource[];
}

/** Every group of statements of one metric whose values disagree across documents. */
export function findConflicts(db: Database): ConflictGroup[] {
  const keys = db.prepare(`SELECT series_key AS seriesKey, min(label) AS label, min(entity) AS entity, period_start AS periodStart,
      period_end AS periodEnd, unit FROM metrics
    WHERE period_start IS NOT NULL AND value IS NOT NULL AND status != 'rejected'
    GROUP BY series_key, period_start, period_end, unit
    HAVING count(DISTINCT document_id) > 1 AND max(value) - min(value) > ${RELATIVE} * max(abs(max(value)), abs(min(value)))
    ORDER BY label, period_start`).all() as Array<Omit<ConflictGroup, 'sources'> & { seriesKey: string }>;
  const sources = db.prepare(`SELECT m.id, m.document_id AS documentId, d.title AS documentTitle, m.passage_id AS passageId, m.value, m.unit, m.status
    FROM metrics m JOIN documents d ON d.id = m.document_id
    WHERE m.series_key = @seriesKey AND m.period_start = @periodStart AND m.period_end = @periodEnd AND m.unit IS @unit
      AND m.value IS NOT NULL AND m.status != 'rejected' ORDER BY m.value, d.title`);
  return keys.map(({ seriesKey, ...k }) => ({ ...k, sources: sources.all({ seriesKey, ...k }) as ConflictingSource[] }));
}
