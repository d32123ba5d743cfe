import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { TrashItem } from '../../../shared/annotations.ts';
import { idAboveTrash } from './id-above-trash.ts';
import { writeTransaction } from './write.ts';
import { recordAnnotationChange, recordMetricChange } from '../team/record.ts';

type Row = Record<string, unknown>;
interface Payload { metrics: Row[]; annotations: Row[]; taggings: Row[] }

/**
 * SQL for the trash. Deleting a metric or an annotation moves its rows (with the notes
 * and taggings that hang on it) into one JSON entry; restoring puts the same rows back
 * under the same ids, so history, undo and exported annotations keep pointing at them.
 */
export class TrashStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  /** Moves a metric, its notes and their taggings to the trash. */
  putMetric(id: number, now: string): number {
    return writeTransaction(this.db, () => {
      const metric = this.db.prepare('SELECT * FROM metrics WHERE id = ?').get(id) as Row | undefined;
      if (!metric) throw new AssayError('NO_SUCH_METRIC', `There is no metric ${id}; it may already be in the trash.`);
      const annotations = this.db.prepare('SELECT * FROM annotations WHERE metric_id = ?').all(id) as Row[];
      const taggings = this.taggings([['metric', id], ...annotations.map((a) => ['annotation', a.id as number] as const)]);
      const entry = this.add('metric', id, metric.document_id as number, `${String(metric.label)}: ${String(metric.surface ?? metric.value ?? '')}`, { metrics: [metric], annotations, taggings }, now);
      recordMetricChange(this.db, id, 'exists', '0');
      this.deleteTaggings(taggings);
      this.db.prepare('DELETE FROM metrics WHERE id = ?').run(id);
      return entry;
    });
  }

  /** Moves an annotation and its taggings to the trash. */
  putAnnotation(id: number, now: string): number {
    return writeTransaction(this.db, () => {
      const annotation = this.db.prepare('SELECT * FROM annotations WHERE id = ?').get(id) as Row | undefined;
      if (!annotation) throw new AssayError('NO_SUCH_ANNOTATION', `There is no annotation ${id}; it may already be in the trash.`);
      const taggings = this.taggings([['annotation', id]]);
      const words = String(annotation.quote_exact ?? annotation.body ?? '').replace(/\s+/gu, ' ').slice(0, 80);
      const entry = this.add('annotation', id, annotation.document_id as number | null, words || 'annotation', { metrics: [], annotations: [annotation], taggings }, now);
      recordAnnotationChange(this.db, id, 'exists', '0');
      this.deleteTaggings(taggings);
      this.db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
      return entry;
    });
  }

  list(): TrashItem[] {
    return this.db.prepare(`SELECT t.id, t.target_kind AS targetKind, t.target_id AS targetId, t.document_id AS documentId, d.title AS documentTitle,
        t.description, t.deleted_at AS deletedAt FROM trash t LEFT JOIN documents d ON d.id = t.document_id ORDER BY t.id DESC`).all() as TrashItem[];
  }

  /** Puts an entry's rows back under their ids and empties the entry. */
  restore(trashId: number): TrashItem {
    return writeTransaction(this.db, () => {
      const entry = this.list().find((t) => t.id === trashId);
      if (!entry) throw new AssayError('NOT_IN_TRASH', `Trash entry ${trashId} is gone; it may have been restored or the trash emptied.`);
      const { payload } = this.db.prepare('SELECT payload FROM trash WHERE id = ?').get(trashId) as { payload: string };
      const rows = JSON.parse(payload) as Payload;
      const metricIds = new Map(rows.metrics.map((r) => [r.id as number, this.insert('metrics', r)]));
      for (const r of rows.annotations) {
        if (r.metric_id !== null && metricIds.has(r.metric_id as number)) r.metric_id = metricIds.get(r.metric_id as number);
      }
      const annotationIds = new Map(rows.annotations.map((r) => [r.id as number, this.insert('annotations', r)]));
      const moved = (kind: unknown, id: number) => (kind === 'metric' ? metricIds : annotationIds).get(id) ?? id;
      rows.taggings.forEach((r) => this.db.prepare('INSERT OR IGNORE INTO taggings (tag_id, target_kind, target_id) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM tags WHERE id = ?)')
        .run(r.tag_id, r.target_kind, moved(r.target_kind, r.target_id as number), r.tag_id));
      this.db.prepare('DELETE FROM trash WHERE id = ?').run(trashId);
      const targetId = moved(entry.targetKind, entry.targetId);
      if (entry.targetKind === 'metric') recordMetricChange(this.db, targetId, 'exists', '1');
      else recordAnnotationChange(this.db, targetId, 'exists', '1');
      return { ...entry, targetId };
    });
  }

  /** The newest trash entry of an item, for undoing its deletion. */
  latest(kind: 'metric' | 'annotation', targetId: number): number | undefined {
    return (this.db.prepare('SELECT id FROM trash WHERE target_kind = ? AND target_id = ? ORDER BY id DESC LIMIT 1').get(kind, targetId) as { id: number } | undefined)?.id;
  }

  /**
   * The metrics in the trash with their team keys, as `METRIC_KEY_SQL` gives a live one's:
   * the version's content hash, the span, and the rank among the metrics on that span now.
   * Whether the analyst made the metric from a selection is its `origin`; `tags` the ids of
   * the tags it had (a JSON array).
   */
  trashedMetricKeys(): Array<{ metricId: number; key: string; origin: 'extracted' | 'analyst'; tags: string }> {
    return this.db.prepare(`SELECT t.target_id AS metricId, json_extract(t.payload, '$.metrics[0].origin') AS origin,
        (SELECT json_group_array(json_extract(g.value, '$.tag_id')) FROM json_each(t.payload, '$.taggings') g
          WHERE json_extract(g.value, '$.target_kind') = 'metric') AS tags,
        'm:' || v.content_hash || ':' || s.start || ':' || s."end" || ':' || (SELECT count(*) FROM metrics o
          WHERE o.version_id = v.id AND o.char_start = s.start AND o.char_end = s."end" AND o.id < t.target_id) AS key
      FROM trash t
        JOIN (SELECT id, json_extract(payload, '$.metrics[0].char_start') AS start, json_extract(payload, '$.metrics[0].char_end') AS "end",
          json_extract(payload, '$.metrics[0].version_id') AS version FROM trash WHERE target_kind = 'metric') s ON s.id = t.id
        JOIN document_versions v ON v.id = s.version
      WHERE s.start IS NOT NULL AND s."end" IS NOT NULL ORDER BY t.id`).all() as Array<{ metricId: number; key: string; origin: 'extracted' | 'analyst'; tags: string }>;
  }

  /** Deletes everything in the trash for good; returns how many entries went. */
  empty(): number {
    return this.db.prepare('DELETE FROM trash').run().changes;
  }

  private add(kind: 'metric' | 'annotation', targetId: number, documentId: number | null, description: string, payload: Payload, now: string): number {
    return Number(this.db.prepare('INSERT INTO trash (target_kind, target_id, document_id, description, payload, deleted_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(kind, targetId, documentId, description, JSON.stringify(payload), now).lastInsertRowid);
  }

  private taggings(targets: ReadonlyArray<readonly [string, number]>): Row[] {
    const select = this.db.prepare('SELECT * FROM taggings WHERE target_kind = ? AND target_id = ?');
    return targets.flatMap(([kind, id]) => select.all(kind, id) as Row[]);
  }

  private deleteTaggings(rows: Row[]): void {
    const remove = this.db.prepare('DELETE FROM taggings WHERE tag_id = ? AND target_kind = ? AND target_id = ?');
    for (const r of rows) remove.run(r.tag_id, r.target_kind, r.target_id);
  }

  /**
   * Re-inserts a row as it was (these tables hold no blobs, so JSON kept every value), under
   * its own id unless a newer row took that id (trashed before ids above the trash were
   * kept free): then under a new one, which is returned.
   */
  private insert(table: 'metrics' | 'annotations', row: Row): number {
    if (this.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(row.id)) {
      const top = this.db.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number;
      row = { ...row, id: idAboveTrash(this.db, table === 'metrics' ? 'metric' : 'annotation') ?? top + 1 };
    }
    const columns = Object.keys(row);
    const known = new Set((this.db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as Array<{ name: string }>).map((c) => c.name));
    const kept = columns.filter((c) => known.has(c));
    this.db.prepare(`INSERT INTO ${table} (${kept.map((c) => `"${c}"`).join(', ')}) VALUES (${kept.map(() => '?').join(', ')})`)
      .run(...kept.map((c) => row[c]));
    return row.id as number;
  }
}
