import type { Database } from 'better-sqlite3';
import { metricFilter } from '../db/metric-filter.ts';
import { ReportStore } from '../db/reports.ts';
import type { ExportTarget } from './export-grid.ts';

/** A chart collects up to 2,000 metrics of its label, so it weighs like a long table. */
const CHART_WEIGHT = 100;

/**
 * How many metrics an export will write, counted no further than `cap` (a grid of a million
 * metrics is not counted through just to learn it is large). A report's charts count extra.
 */
export function exportSize(db: Database, target: ExportTarget, cap: number): number {
  if (target.reportId !== undefined) {
    const items = new ReportStore(db).get(target.reportId).sections.flatMap((s) => s.items);
    return Math.min(cap, items.reduce((n, item) => n + (item.kind === 'chart' ? CHART_WEIGHT : 1), 0));
  }
  const { where, params, needsDocuments } = metricFilter(db, target.selection ?? {});
  const join = needsDocuments ? 'JOIN documents d ON d.id = m.document_id' : '';
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM metrics m ${join} ${filter} LIMIT @cap)`;
  return (db.prepare(sql).get({ ...params, cap }) as { n: number }).n;
}
