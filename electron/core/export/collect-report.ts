import type { Database } from 'better-sqlite3';
import { MAX_POINTS, seriesOf, type Series } from '../../../shared/chart.ts';
import type { Report } from '../../../shared/reports.ts';
import { AnnotationStore } from '../db/annotations.ts';
import { collectGrid, pointsOf, type ExportAnnotation, type ExportBlock, type ExportData, type ExportMetric } from './collect.ts';

/**
 * The chart of one metric's series: every metric with its label across documents, its own series.
 * The analyst asked for this chart, so a series of one period is drawn as its one point.
 */
function chartOf(db: Database, metric: ExportMetric | undefined): Series | null {
  if (!metric) return null;
  const all = collectGrid(db, { label: metric.label, sort: [{ column: 'periodStart', direction: 'asc' }] }, '', '', 2000).metrics;
  return seriesOf(pointsOf(all), 50, MAX_POINTS, 1).find((s) => s.points.some((p) => p.id === metric.id)) ?? null;
}

function annotationOf(db: Database, id: number): ExportAnnotation | null {
  const row = db.prepare(`SELECT a.id, a.document_id AS documentId, d.current_version_id AS versionId, d.title AS documentTitle, d.published, p.ordinal, p.page,
      m.label AS metricLabel FROM annotations a JOIN documents d ON d.id = a.document_id LEFT JOIN passages p ON p.id = a.passage_id
      LEFT JOIN metrics m ON m.id = a.metric_id WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as
    { id: number; versionId: number; documentTitle: string; published: string | null; ordinal: number | null; page: number | null; metricLabel: string | null } | undefined;
  if (!row) return null;
  const a = new AnnotationStore(db).get(id, row.versionId);
  const target = a.targetKind === 'metric' ? `note on ${row.metricLabel ?? 'a metric'}` : a.targetKind === 'passage' ? 'note on the passage' : 'note';
  return { id, quote: a.quote, body: a.body, color: a.color, tags: a.tags.map((t) => t.path), documentTitle: row.documentTitle, published: row.published,
    passageNumber: row.ordinal === null ? null : row.ordinal + 1, page: row.page, target };
}

/**
 * A saved report with everything its items point at: metrics with citations (in the
 * report's order), charts drawn from the workspace as it is now, annotations with quotes.
 * Items whose metric or annotation was deleted since are left out.
 */
export function collectReport(db: Database, report: Report): ExportData {
  const ids = [...new Set(report.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'annotation' ? [] : [i.metricId]))))];
  const byId = new Map(ids.length ? collectGrid(db, { ids, sort: [{ column: 'position', direction: 'asc' }] }, '').metrics.map((m) => [m.id, m]) : []);
  const metrics: ExportMetric[] = [];
  const sections = report.sections.map((section) => {
    const blocks: ExportBlock[] = [];
    for (const item of section.items) {
      if (item.kind === 'metric') {
        const metric = byId.get(item.metricId);
        if (!metric) continue;
        metrics.push(metric);
        const last = blocks[blocks.length - 1];
        if (last?.kind === 'metrics') last.metrics.push(metric);
        else blocks.push({ kind: 'metrics', metrics: [metric] });
      } else if (item.kind === 'chart') {
        const series = chartOf(db, byId.get(item.metricId));
        if (series) blocks.push({ kind: 'chart', series });
      } else {
        const annotation = annotationOf(db, item.annotationId);
        if (annotation) blocks.push({ kind: 'annotation', annotation });
      }
    }
    return { heading: section.heading, commentary: section.commentary, blocks };
  });
  return {
    title: report.title || report.name, generatedAt: new Date().toISOString(), scope: `Report “${report.name}”`, metrics,
    report: { author: report.author, date: report.date, summary: report.summary, sections },
  };
}
