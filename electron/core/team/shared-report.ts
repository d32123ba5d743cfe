import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ReportContent, ReportName, ReportSection, type ReportItem } from '../../../shared/reports.ts';
import { METRIC_KEY_SQL } from '../db/migrations/0029-metric-keys-count-trash.ts';
import { TrashStore } from '../db/trash.ts';
import { annotationKey } from './record.ts';

/** A report item as it travels: the metric or annotation by its team key, not its rowid. */
const SharedItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('metric'), metric: z.string().min(1).max(300) }),
  z.object({ kind: z.literal('chart'), metric: z.string().min(1).max(300) }),
  z.object({ kind: z.literal('annotation'), annotation: z.string().min(1).max(300) }),
]);
type SharedItem = z.infer<typeof SharedItem>;

/** A report as a 'content' change holds it: its name and content, items by key. */
export const SharedReport = z.object({
  name: ReportName,
  content: ReportContent.extend({ sections: z.array(ReportSection.extend({ items: z.array(SharedItem).max(20_000) })).max(200) }),
});
export type SharedReport = z.infer<typeof SharedReport>;

/**
 * A report as JSON for a 'content' change. An item whose metric or note is in the trash is
 * named by its key all the same (it shows as deleted, and comes back with a restore). An
 * item with no key to name it by (a metric orphaned without a span, a note on a metric)
 * stays in this workspace's copy only.
 */
export function reportJson(db: Database, name: string, content: ReportContent): string {
  const metricKey = db.prepare(`SELECT ${METRIC_KEY_SQL('?')}`).pluck();
  const uid = db.prepare(`SELECT uid FROM annotations WHERE id = ? AND target_kind != 'metric'
    UNION ALL SELECT json_extract(payload, '$.annotations[0].uid') FROM trash WHERE target_kind = 'annotation' AND target_id = ?
      AND json_extract(payload, '$.annotations[0].target_kind') != 'metric' LIMIT 1`).pluck();
  let trashed: Map<number, string> | undefined;
  const trashedKey = (id: number) => (trashed ??= new Map(new TrashStore(db).trashedMetricKeys().map((m) => [m.metricId, m.key]))).get(id);
  const keyed = (item: ReportItem): SharedItem[] => {
    if (item.kind === 'annotation') {
      const found = uid.get(item.annotationId, item.annotationId) as string | null | undefined;
      return found ? [{ kind: 'annotation', annotation: annotationKey(found) }] : [];
    }
    const key = (metricKey.get(item.metricId) as string | null) ?? trashedKey(item.metricId);
    return key ? [{ kind: item.kind, metric: key }] : [];
  };
  const shared: SharedReport = { name, content: { ...content, sections: content.sections.map((s) => ({ ...s, items: s.items.flatMap(keyed) })) } };
  return JSON.stringify(shared);
}

/** How a pulled report names local items: the metric a key names, and whether its document is here at all. */
export interface ItemResolver {
  metric(key: string): number | null;
  hasVersion(key: string): boolean;
  annotation(key: string): number | null;
}

/**
 * A shared report's content with this workspace's ids, or 'missing' while a document it
 * cites is not here yet. An item whose metric or note is in the trash here points at it
 * there; one whose document is here but whose metric or note is not is left out.
 */
export function localReport(shared: SharedReport, items: ItemResolver): ReportContent | 'missing' {
  const metricKeys = shared.content.sections.flatMap((s) => s.items.flatMap((i) => ('metric' in i ? [i.metric] : [])));
  if (metricKeys.some((key) => !items.hasVersion(key))) return 'missing';
  const local = (item: SharedItem): ReportItem[] => {
    if (item.kind === 'annotation') {
      const id = items.annotation(item.annotation);
      return id === null ? [] : [{ kind: 'annotation', annotationId: id }];
    }
    const id = items.metric(item.metric);
    return id === null ? [] : [{ kind: item.kind, metricId: id }];
  };
  return { ...shared.content, sections: shared.content.sections.map((s) => ({ ...s, items: s.items.flatMap(local) })) };
}
