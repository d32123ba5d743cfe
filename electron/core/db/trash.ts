import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { TrashItem } from '../../../shared/annotations.ts';
import { idAboveTrash } from './id-above-trash.ts';
import { metricNote, noteChanged } from './metric-note.ts';
import { writeTransaction } from './write.ts';
import { recordAnnotationChange, recordAnnotationIfUnshared, recordMetricChange, recordTagChange } from '../team/record.ts';
import { annotationJson } from '../team/shared-annotation.ts';
import { trashedSpan } from './migrations/0029-metric-keys-count-trash.ts';

type Row = Record<string, unknown>;
/** What an entry keeps; `tags` (a deleted tag and the tags below it, parents first) only in a tag's entry. */
interface Payload { metrics: Row[]; annotations: Row[]; taggings: Row[]; tags?: TagRow[] }

/** A tag row as the trash keeps it. */
export interface TagRow { id: number; uid: string; name: string; parent_id: number | null; color: string | null }

/** A deleted tag, its tags below and what carried them, as read before the rows go. */
export interface TagSnapshot { id: number; path: string; tags: TagRow[]; taggings: Row[] }

/** A metric in the trash with its team key, how it was made, when (if an analyst made it) and when it went. */
export interface TrashedMetricKey { metricId: number; key: string; wordsKey: string | null; origin: 'extracted' | 'analyst'; tags: string; deletedAt: string; made: string | null }

/** The tables a tagging's target lives in, by kind. */
const TARGET_TABLES = new Map([['metric', 'metrics'], ['annotation', 'annotations'], ['passage', 'passages']]);

/**
 * SQL for the trash. Deleting a metric, an annotation or a tag moves its rows (with the
 * notes, tags below and taggings that hang on it) into one JSON entry; restoring puts the same rows back
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
      const metricId = annotation.metric_id as number | null;
      const note = metricId === null ? '' : metricNote(this.db, metricId);
      this.deleteTaggings(taggings);
      this.db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
      noteChanged(this.db, metricId, note, now);
      return entry;
    });
  }

  /**
   * Moves a tag to the trash with the tags below it and their taggings (the items stay,
   * untagged); a restore brings the tags back under their uids and retags the items that
   * are still there.
   */
  putTag(id: number, now: string): number {
    return writeTransaction(this.db, () => {
      const snapshot = this.tagSnapshot(id, () => true);
      recordTagChange(this.db, id, 'exists', '0');
      const entry = this.addTag(snapshot, now);
      this.db.prepare('DELETE FROM tags WHERE id = ?').run(id);
      return entry;
    });
  }

  /**
   * A tag with the tags below it that `dead` accepts, and their taggings, as a trash entry
   * would keep them; NO_SUCH_TAG when it is not here. (A pull takes the snapshot before it
   * rearranges the tree, and only of tags that go with the deleted one.)
   */
  tagSnapshot(id: number, dead: (uid: string) => boolean): TagSnapshot {
    const tags = (this.db.prepare(`WITH RECURSIVE below(id, depth) AS (SELECT ?, 0 UNION ALL SELECT t.id, b.depth + 1 FROM tags t JOIN below b ON t.parent_id = b.id)
      SELECT t.id, t.uid, t.name, t.parent_id, t.color FROM below b JOIN tags t ON t.id = b.id ORDER BY b.depth, t.id`).all(id) as TagRow[])
      .filter((t, i) => i === 0 || dead(t.uid));
    if (!tags.length) throw new AssayError('NO_SUCH_TAG', `There is no tag ${id}; it may have been deleted or merged. Reload the tag list.`);
    const path = this.db.prepare(`WITH RECURSIVE up(id, parent, path) AS (SELECT id, parent_id, name FROM tags WHERE id = ?
      UNION ALL SELECT t.id, t.parent_id, t.name || '/' || up.path FROM tags t JOIN up ON t.id = up.parent) SELECT path FROM up WHERE parent IS NULL`).pluck().get(id) as string;
    const select = this.db.prepare('SELECT * FROM taggings WHERE tag_id = ?');
    return { id, path, tags, taggings: tags.flatMap((t) => select.all(t.id) as Row[]) };
  }

  /** Keeps a tag's snapshot as a trash entry (its rows are deleted by the caller). */
  addTag(snapshot: TagSnapshot, now: string): number {
    return this.add('tag', snapshot.id, null, snapshot.path, { metrics: [], annotations: [], taggings: snapshot.taggings, tags: snapshot.tags }, now);
  }

  /** Drops the trash entries of tags that are back (a restore made elsewhere): the team's tree has brought them back. */
  dropTags(uids: Set<string>): void {
    const entries = this.db.prepare(`SELECT id, json_extract(payload, '$.tags[0].uid') AS uid FROM trash WHERE target_kind = 'tag'`).all() as Array<{ id: number; uid: string }>;
    const remove = this.db.prepare('DELETE FROM trash WHERE id = ?');
    for (const e of entries) if (uids.has(e.uid)) remove.run(e.id);
  }

  list(): TrashItem[] {
    return this.db.prepare(`SELECT t.id, t.target_kind AS targetKind, t.target_id AS targetId, t.document_id AS documentId, d.title AS documentTitle,
        t.description, t.deleted_at AS deletedAt FROM trash t LEFT JOIN documents d ON d.id = t.document_id WHERE t.purged_at IS NULL
      ORDER BY t.id DESC`).all() as TrashItem[];
  }

  /** Puts an entry's rows back under their ids and empties the entry. */
  restore(trashId: number): TrashItem {
    return writeTransaction(this.db, () => {
      const entry = this.list().find((t) => t.id === trashId);
      if (!entry) throw new AssayError('NOT_IN_TRASH', `Trash entry ${trashId} is gone; it may have been restored or the trash emptied.`);
      const { payload } = this.db.prepare('SELECT payload FROM trash WHERE id = ?').get(trashId) as { payload: string };
      const rows = JSON.parse(payload) as Payload;
      if (entry.targetKind === 'tag') return { ...entry, targetId: this.restoreTag(trashId, rows) };
      // A note on a metric brought back alone changes the note that metric shows.
      const noted = entry.targetKind === 'annotation' ? (rows.annotations[0]?.metric_id as number | null | undefined) ?? null : null;
      const note = noted === null ? '' : metricNote(this.db, noted);
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
      else {
        recordAnnotationIfUnshared(this.db, targetId, () => annotationJson(this.db, targetId));
        recordAnnotationChange(this.db, targetId, 'exists', '1');
      }
      noteChanged(this.db, noted, note, new Date().toISOString());
      return { ...entry, targetId };
    });
  }

  /**
   * Puts a tag's rows back, parents first, under their ids and uids (a new id where one was
   * taken meanwhile), then its items' taggings where the item is still here. Refused in
   * words when its parent is gone or another tag took its place; returns the tag's id.
   */
  private restoreTag(trashId: number, rows: Payload): number {
    const tags = rows.tags ?? [];
    const top = tags[0]!;
    if (top.parent_id !== null && !this.db.prepare('SELECT 1 FROM tags WHERE id = ?').get(top.parent_id)) {
      throw new AssayError('TAG_PARENT_GONE', `The tag above "${top.name}" was deleted too; restore that one first.`);
    }
    if (this.db.prepare('SELECT 1 FROM tags WHERE name = ? AND parent_id IS ?').get(top.name, top.parent_id)) {
      throw new AssayError('TAG_EXISTS', `There is a tag "${top.name}" in its place again; rename that one first, then restore this one (and merge the two if they are one).`);
    }
    const ids = new Map<number, number>();
    const taken = this.db.prepare('SELECT 1 FROM tags WHERE id = ?');
    const back = this.db.prepare('SELECT id FROM tags WHERE uid = ?').pluck();
    const insert = this.db.prepare('INSERT INTO tags (id, uid, name, parent_id, color) VALUES (?, ?, ?, ?, ?)');
    for (const t of tags) {
      // A tag below that is here again (brought back by the team's tree) keeps its row.
      const here = back.get(t.uid) as number | undefined;
      if (here !== undefined) {
        ids.set(t.id, here);
        continue;
      }
      const id = taken.get(t.id) ? null : t.id;
      const parent = t.parent_id === null ? null : ids.get(t.parent_id) ?? t.parent_id;
      ids.set(t.id, Number(insert.run(id, t.uid, t.name, parent, t.color).lastInsertRowid));
    }
    for (const r of rows.taggings) {
      const table = TARGET_TABLES.get(String(r.target_kind));
      if (!table) continue;
      this.db.prepare(`INSERT OR IGNORE INTO taggings (tag_id, target_kind, target_id) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM ${table} WHERE id = ?)`)
        .run(ids.get(r.tag_id as number), r.target_kind, r.target_id, r.target_id);
    }
    this.db.prepare('DELETE FROM trash WHERE id = ?').run(trashId);
    const id = ids.get(top.id)!;
    recordTagChange(this.db, id, 'exists', '1');
    return id;
  }

  /** The newest trash entry of an item, for undoing its deletion. */
  latest(kind: 'metric' | 'annotation', targetId: number): number | undefined {
    return (this.db.prepare('SELECT id FROM trash WHERE target_kind = ? AND target_id = ? AND purged_at IS NULL ORDER BY id DESC LIMIT 1').get(kind, targetId) as { id: number } | undefined)?.id;
  }

  /**
   * The metrics in the trash with their team keys, as `METRIC_KEY_SQL` gives a live one's:
   * the version's content hash, the span, and the rank among the metrics on that span, live
   * or in the trash.
   * Whether the analyst made the metric from a selection is its `origin`; `tags` the ids of
   * the tags it had (a JSON array); `wordsKey` the key it had on the last words it stood on,
   * where a new version placed it fuzzily (migration 39).
   */
  trashedMetricKeys(): TrashedMetricKey[] {
    const other = trashedSpan('t2');
    return this.db.prepare(`SELECT t.target_id AS metricId, json_extract(t.payload, '$.metrics[0].origin') AS origin,
        json_extract(t.payload, '$.metrics[0].words_key') AS wordsKey,
        t.deleted_at AS deletedAt, json_extract(t.payload, '$.metrics[0].created_at') AS made,
        (SELECT json_group_array(json_extract(g.value, '$.tag_id')) FROM json_each(t.payload, '$.taggings') g
          WHERE json_extract(g.value, '$.target_kind') = 'metric') AS tags,
        'm:' || v.content_hash || ':' || s.start || ':' || s."end" || ':' || ((SELECT count(*) FROM metrics o
          WHERE o.version_id = v.id AND o.char_start = s.start AND o.char_end = s."end" AND o.id < t.target_id)
          + (SELECT count(*) FROM trash t2 WHERE t2.target_kind = 'metric' AND ${other.version} = v.id
            AND ${other.start} = s.start AND ${other.end} = s."end" AND t2.target_id < t.target_id)) AS key
      FROM trash t
        JOIN (SELECT id, json_extract(payload, '$.metrics[0].char_start') AS start, json_extract(payload, '$.metrics[0].char_end') AS "end",
          json_extract(payload, '$.metrics[0].version_id') AS version FROM trash WHERE target_kind = 'metric') s ON s.id = t.id
        JOIN document_versions v ON v.id = s.version
      WHERE s.start IS NOT NULL AND s."end" IS NOT NULL ORDER BY t.id`).all() as TrashedMetricKey[];
  }

  /** Marks a metric in the trash as reached by the team's work (migration 38), so it comes back so marked. */
  markMetricTeamWork(metricId: number): void {
    this.db.prepare(`UPDATE trash SET payload = json_set(payload, '$.metrics[0].team_work', 1) WHERE target_kind = 'metric' AND target_id = ?`).run(metricId);
  }

  /**
   * Deletes everything in the trash for good; returns how many entries went. In a team
   * workspace a metric's entry stays as a hidden marker of its version and span (migration
   * 31), so the team keys of the metrics after it on that span keep naming them.
   */
  empty(now = new Date().toISOString()): number {
    return writeTransaction(this.db, () => {
      const joined = this.db.prepare('SELECT hub_url IS NOT NULL FROM team_state WHERE id = 1').pluck().get() === 1;
      if (joined) {
        const kept = ['id', 'version_id', 'char_start', 'char_end', 'origin', 'words_key'].map((f) => `'${f}', json_extract(payload, '$.metrics[0].${f}')`);
        const marked = this.db.prepare(`UPDATE trash SET purged_at = ?, description = '', payload = json_object('metrics', json_array(json_object(${kept.join(', ')})),
          'annotations', json_array(), 'taggings', json_array()) WHERE target_kind = 'metric' AND purged_at IS NULL`).run(now).changes;
        return marked + this.db.prepare('DELETE FROM trash WHERE purged_at IS NULL').run().changes;
      }
      return this.db.prepare('DELETE FROM trash').run().changes;
    });
  }

  private add(kind: TrashItem['targetKind'], targetId: number, documentId: number | null, description: string, payload: Payload, now: string): number {
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
