import type { Database } from 'better-sqlite3';
import type { METRIC_STATUSES } from '../../../shared/metrics.ts';
import { TagStore } from './tags.ts';
import { containsPattern } from './like-pattern.ts';
import { shownPeriodMatch } from './period-shown.ts';

/** The grid's filters, as the list (MetricStore.page) and the period sheet (SheetStore) both read them. */
export interface MetricFilterInput {
  documentId?: number;
  status?: Array<(typeof METRIC_STATUSES)[number]>;
  label?: string;
  unit?: string;
  kind?: string;
  entity?: string;
  document?: string;
  period?: string;
  tagId?: number;
  /** Words, each of which must appear in one of the metric's fields or its note. */
  quick?: string;
  ids?: number[];
}

/** SQL conditions on `metrics m` (and `documents d` when needsDocuments), with their named parameters. */
export interface MetricFilter {
  where: string[];
  params: Record<string, unknown>;
  /** True when a condition reads `d.` (documents joined on m.document_id). */
  needsDocuments: boolean;
}

const QUICK_FIELDS = ['m.label', 'm.entity', 'm.unit', 'd.title', 'm.surface'];
/**
 * The conditions that `text` is in a metric's period: as the source wrote it, in its dates, or
 * as the grid shows it ("1Q25", "FY2023", "Jan–May 2025", "31 Mar 25"), which no stored field holds.
 */
function periodMatches(name: string, text: string, like: (name: string, text: string) => string): string[] {
  const shown = shownPeriodMatch('m.period_start', 'm.period_end', text, (t) => like(`${name}p`, t));
  return [`m.period_label ${like(name, text)}`, `m.period_start ${like(name, text)}`, `m.period_end ${like(name, text)}`, ...(shown ? [shown] : [])];
}

/** The conditions a grid filter puts on metrics; text filters match anywhere in the field, case aside. */
export function metricFilter(db: Database, q: MetricFilterInput): MetricFilter {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const like = (name: string, text: string) => { params[name] = containsPattern(text); return `LIKE @${name} ESCAPE '\\'`; };
  if (q.documentId !== undefined) { where.push('m.document_id = @documentId'); params.documentId = q.documentId; }
  if (q.status?.length) {
    where.push(`m.status IN (${q.status.map((_, i) => `@status${i}`).join(', ')})`);
    q.status.forEach((s, i) => { params[`status${i}`] = s; });
  }
  if (q.label) where.push(`m.label ${like('label', q.label)}`);
  if (q.unit) { where.push('m.unit = @unit'); params.unit = q.unit; }
  if (q.kind) { where.push('m.kind = @kind'); params.kind = q.kind; }
  if (q.entity) where.push(`m.entity ${like('entity', q.entity)}`);
  if (q.document) where.push(`d.title ${like('document', q.document)}`);
  if (q.period) where.push(`(${periodMatches('period', q.period, like).join(' OR ')})`);
  if (q.ids) { where.push('m.id IN (SELECT value FROM json_each(@ids))'); params.ids = JSON.stringify(q.ids); }
  if (q.tagId !== undefined) {
    where.push(`m.id IN (SELECT target_id FROM taggings WHERE target_kind = 'metric' AND tag_id IN (SELECT value FROM json_each(@tags)))`);
    params.tags = JSON.stringify(new TagStore(db).descendants(q.tagId));
  }
  q.quick?.split(/\s+/u).filter(Boolean).slice(0, 6).forEach((word, i) => {
    const test = like(`q${i}`, word);
    const fields = [...QUICK_FIELDS.map((f) => `${f} ${test}`), ...periodMatches(`q${i}`, word, like)];
    // A word in the metric's note (the annotations on it) finds it too.
    fields.push(`EXISTS (SELECT 1 FROM annotations a WHERE a.metric_id = m.id AND a.deleted_at IS NULL AND a.body ${test})`);
    where.push(`(${fields.join(' OR ')})`);
  });
  return { where, params, needsDocuments: where.some((w) => /\bd\./u.test(w)) };
}


