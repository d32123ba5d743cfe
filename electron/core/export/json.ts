import type { Database } from 'better-sqlite3';
import { exportAnnotations } from '../anchor/web-annotations.ts';
import { auditNote } from '../../../shared/format.ts';
import { annotationCitation, citation, type ExportData } from './collect.ts';

/** The metrics with their citations, and the W3C annotations of the documents they come from. */
export function toJson(db: Database, data: ExportData): Buffer {
  const documents = [...new Set(data.metrics.map((m) => m.documentId))];
  const items = documents.flatMap((id) => (exportAnnotations(db, id) as { first: { items: unknown[] } }).first.items);
  const out = {
    title: data.title,
    generatedAt: data.generatedAt,
    scope: data.scope,
    ...(data.report ? { author: data.report.author, date: data.report.date, summary: data.report.summary, sections: data.report.sections.map((s) => ({
      heading: s.heading,
      commentary: s.commentary,
      blocks: s.blocks.map((b) => (b.kind === 'metrics' ? { kind: 'metrics', metricIds: b.metrics.map((m) => m.id) } : b.kind === 'chart'
        ? { kind: 'chart', series: b.series.name, points: b.series.points.map((p) => ({ metricId: p.id, periodEnd: p.periodEnd, value: p.value })) }
        : { kind: 'annotation', ...b.annotation, citation: annotationCitation(b.annotation) })),
    })) } : {}),
    metrics: data.metrics.map((m) => ({ ...m, audit: auditNote(m), citation: citation(m) })),
    annotations: { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: 'Annotations of the exported documents', total: items.length, first: { type: 'AnnotationPage', items } },
  };
  return Buffer.from(`${JSON.stringify(out, null, 2)}\n`, 'utf8');
}
