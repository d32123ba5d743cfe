import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { MetricQuery, type MetricRow } from '../../../shared/metrics.ts';
import { MetricStore } from '../db/metrics.ts';
import type { ChartPoint, Series } from '../../../shared/chart.ts';
import { openLink, type LinkBack, type LinkTarget } from '../../../shared/open-link.ts';
import { auditNote } from '../../../shared/format.ts';

/** A metric as every export writes it: the grid's row plus where it came from. */
export interface ExportMetric extends MetricRow {
  published: string | null;
  /** 1-based, as the reader and citations number passages. */
  passageNumber: number | null;
  /** The PDF page the passage is printed on. */
  page: number | null;
  sentence: string | null;
  /** The figure as written, and where it stands in `sentence` (null when unknown), to mark it in a quote. */
  surface: string | null;
  surfaceOffset: number | null;
}

/** An annotation as a report quotes it. */
export interface ExportAnnotation {
  id: number;
  quote: string | null;
  body: string;
  color: string | null;
  tags: string[];
  documentTitle: string;
  published: string | null;
  passageNumber: number | null;
  page: number | null;
  /** What it is attached to, for notes on a metric or a passage. */
  target: string;
}

/** A run of a report section: consecutive metrics (one table), a chart, or an annotation. */
export type ExportBlock =
  | { kind: 'metrics'; metrics: ExportMetric[] }
  | { kind: 'chart'; series: Series }
  | { kind: 'annotation'; annotation: ExportAnnotation };

export interface ExportSection { heading: string; commentary: string; blocks: ExportBlock[] }

/**
 * What an export holds: a title, when it was made, what was chosen, every metric in order
 * (for the table formats), and for a report its author, date, summary and sections.
 */
export interface ExportData {
  title: string;
  generatedAt: string;
  /** The grid's filter in words ("status verified, tag sector"), "All metrics", or the report's name. */
  scope: string;
  metrics: ExportMetric[];
  report?: { author: string; date: string; summary: string; sections: ExportSection[] };
  /** Where citations link back to (the workspace and the app's `open` address); no links when left out. */
  links?: LinkBack;
}

const PAGE = 1000;

/** Every metric a grid query matches, in its order, with the citations exports need. */
export function collectGrid(db: Database, query: z.input<typeof MetricQuery>, scope: string, title = 'Assay metrics', limit = Infinity): ExportData {
  const store = new MetricStore(db);
  const rows: MetricRow[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = store.page(MetricQuery.parse({ ...query, startRow: start, endRow: start + PAGE }));
    rows.push(...page.rows);
    if (rows.length >= page.total || !page.rows.length || rows.length >= limit) break;
  }
  rows.splice(limit);
  // Tags by their paths ("Sector/Magnets"): two tags may share a name under different parents.
  const extras = new Map((db.prepare(`WITH RECURSIVE tag_path(id, path) AS (
      SELECT id, name FROM tags WHERE parent_id IS NULL
      UNION ALL SELECT t.id, tp.path || '/' || t.name FROM tags t JOIN tag_path tp ON t.parent_id = tp.id)
    SELECT m.id, d.published, p.ordinal, p.page, m.surface,
      (SELECT group_concat(tp.path, ', ') FROM taggings g JOIN tag_path tp ON tp.id = g.tag_id
        WHERE g.target_kind = 'metric' AND g.target_id = m.id) AS tagPaths,
      CASE WHEN m.sentence IS NULL THEN m.char_start - m.sentence_start END AS surfaceOffset,
      COALESCE(m.sentence, substr(v.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)) AS sentence
    FROM metrics m JOIN documents d ON d.id = m.document_id LEFT JOIN passages p ON p.id = m.passage_id LEFT JOIN document_versions v ON v.id = m.version_id
    WHERE m.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(rows.map((r) => r.id))) as Array<{ id: number; published: string | null; ordinal: number | null; page: number | null; sentence: string | null;
      surface: string | null; surfaceOffset: number | null; tagPaths: string | null }>)
    .map((e) => [e.id, e]));
  const metrics = rows.map((r) => {
    const e = extras.get(r.id);
    // The offset is into the untrimmed sentence: trimming its start moves the figure left.
    const lead = e?.sentence ? e.sentence.length - e.sentence.trimStart().length : 0;
    return {
      ...r, tags: e ? e.tagPaths : r.tags, published: e?.published ?? null, passageNumber: e?.ordinal === null || e?.ordinal === undefined ? null : e.ordinal + 1, page: e?.page ?? null,
      sentence: e?.sentence?.trim() ?? null, surface: e?.surface ?? null, surfaceOffset: e?.surfaceOffset === null || e?.surfaceOffset === undefined ? null : e.surfaceOffset - lead,
    };
  });
  return { title, generatedAt: new Date().toISOString(), scope, metrics };
}

/** "Rare Earth Daily A, 2025-03-31, p. 4, passage 1": where a figure or a quote stands, without the quote. */
export function whereOf(s: Pick<ExportMetric, 'documentTitle' | 'published' | 'page' | 'passageNumber'>): string {
  return [s.documentTitle, s.published, s.page !== null ? `p. ${s.page}` : null, s.passageNumber !== null ? `passage ${s.passageNumber}` : null].filter(Boolean).join(', ');
}

/** "Rare Earth Daily A, 2025-03-31, passage 1: “Pr-Nd oxide traded at …”" */
export function citation(m: ExportMetric): string {
  return m.sentence ? `${whereOf(m)}: “${m.sentence}”` : whereOf(m);
}

/** The link that opens a metric (or an annotation) at its span in Assay, or null when the export has no links. */
export function linkOf(data: Pick<ExportData, 'links'>, target: LinkTarget): string | null {
  return data.links ? openLink(data.links, target) : null;
}

/** The export's metrics as chart points (those with a value and a period). */
export function pointsOf(metrics: ExportMetric[]): ChartPoint[] {
  return metrics.filter((m) => m.value !== null && m.periodEnd && m.status !== 'rejected').map((m) => ({
    id: m.id, documentId: m.documentId, passageId: m.passageId, label: m.label, entity: m.entity, unit: m.unit, value: m.value!, periodEnd: m.periodEnd!,
    periodStart: m.periodStart, documentTitle: m.documentTitle,
    sentence: m.sentence, note: m.note, changeValue: m.changeValue, changeUnit: m.changeUnit,
    changeBasis: m.changeBasis, changeSince: m.changeSince, audit: auditNote(m),
  }));
}

/** "Rare Earth Daily A, 2025-03-31, passage 1: “the quote”" for an annotation. */
export function annotationCitation(a: ExportAnnotation): string {
  return a.quote ? `${whereOf(a)}: “${a.quote}”` : `${whereOf(a)} (${a.target})`;
}

/** The line under an export's title: "by A. Analyst · 2025-04-02 · Report “Weekly” · 12 metrics · generated … UTC by Assay". */
export function subtitle(data: ExportData): string {
  const by = data.report ? [data.report.author && `by ${data.report.author}`, data.report.date] : [];
  const count = `${data.metrics.length.toLocaleString('en-US')} metric${data.metrics.length === 1 ? '' : 's'}`;
  return [...by, data.scope, count, `generated ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Assay`].filter(Boolean).join(' · ');
}
