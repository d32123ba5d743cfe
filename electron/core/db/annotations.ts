import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { AnnotationDetail, AnnotationItem, AnnotationPatch } from '../../../shared/annotations.ts';
import type { Color } from '../../../shared/tags.ts';
import { idAboveTrash } from './id-above-trash.ts';
import { metricNote, noteChanged } from './metric-note.ts';
import { TagStore } from './tags.ts';
import { quoteAround } from '../anchor/quote.ts';
import type { Anchor } from '../anchor/anchor.ts';
import { recordAnnotationChange } from '../team/record.ts';
import { annotationJson, placementJson } from '../team/shared-annotation.ts';


const ITEM_COLUMNS = `a.id, a.target_kind AS targetKind, a.document_id AS documentId, a.passage_id AS passageId, a.metric_id AS metricId,
  m.label AS metricLabel, a.pos_start AS start, a.pos_end AS "end", a.quote_exact AS quote, a.body, a.color, a.motivation,
  a.anchor_state AS anchorState, a.created_at AS createdAt, a.modified_at AS modifiedAt, a.version_id AS versionId`;

type RawItem = Omit<AnnotationItem, 'tags'> & { versionId: number | null };

export interface RangeInput { documentId: number; versionId: number; passageId: number | null; text: string; start: number; end: number; body: string; color: Color | null }

/** An annotation of a file as stored: its document version, quote, placement and note. */
export interface ImportedRange {
  documentId: number; versionId: number; passageId: number | null;
  quote: { exact: string; prefix: string; suffix: string }; place: Anchor;
  body: string; motivation: AnnotationItem['motivation']; created: string; modified: string;
}

/** SQL for annotations: notes and highlights on text ranges, passages and metrics (the W3C model's selectors). */
export class AnnotationStore {
  private readonly db: Database;
  private readonly tags: TagStore;

  constructor(db: Database) {
    this.db = db;
    this.tags = new TagStore(db);
  }

  /** A note or highlight on a range of a version's text, with the quote and its surroundings kept. */
  createRange(input: RangeInput, now: string): number {
    const { start, end } = input;
    const quote = quoteAround(input.text, start, end);
    const result = this.db.prepare(`INSERT INTO annotations (id, document_id, target_kind, passage_id, version_id, quote_exact, quote_prefix, quote_suffix,
        pos_start, pos_end, body, color, motivation, created_at, modified_at)
      VALUES (?, ?, 'range', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      idAboveTrash(this.db, 'annotation'), input.documentId, input.passageId, input.versionId, quote.exact, quote.prefix, quote.suffix, start, end, input.body, input.color, input.body.trim() ? 'commenting' : 'highlighting', now, now,
    );
    return this.created(Number(result.lastInsertRowid));
  }

  /**
   * A range annotation read from a file (another workspace's export, another tool), with the
   * quote it gives and where the anchorer placed it; orphans keep the quote and no position.
   */
  createImported(input: ImportedRange): number {
    const { quote, place } = input;
    const [start, end] = place.state === 'orphaned' ? [null, null] : [place.start, place.end];
    const result = this.db.prepare(`INSERT INTO annotations (id, document_id, target_kind, passage_id, version_id, quote_exact, quote_prefix, quote_suffix,
        pos_start, pos_end, body, motivation, anchor_state, created_at, modified_at) VALUES (?, ?, 'range', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      idAboveTrash(this.db, 'annotation'), input.documentId, input.passageId, input.versionId, quote.exact, quote.prefix, quote.suffix, start, end, input.body, input.motivation,
      place.state, input.created, input.modified,
    );
    return this.created(Number(result.lastInsertRowid));
  }

  /** A note on a whole passage. */
  createOnPassage(input: { documentId: number; versionId: number; passageId: number; body: string; color: Color | null }, now: string): number {
    return this.created(Number(this.db.prepare(`INSERT INTO annotations (id, document_id, target_kind, passage_id, version_id, body, color, motivation, created_at, modified_at)
      VALUES (?, ?, 'passage', ?, ?, ?, ?, 'commenting', ?, ?)`).run(idAboveTrash(this.db, 'annotation'), input.documentId, input.passageId, input.versionId, input.body, input.color, now, now).lastInsertRowid));
  }

  /** A new annotation's creation goes to the team's change log (once the workspace joined a hub). */
  private created(id: number): number {
    recordAnnotationChange(this.db, id, 'create', () => annotationJson(this.db, id));
    return id;
  }

  /** Live range annotations on a version, in text order. */
  ranges(versionId: number): Array<{ id: number; start: number; end: number; body: string; quote: string; color: Color | null }> {
    return this.db.prepare(`SELECT id, pos_start AS start, pos_end AS "end", body, quote_exact AS quote, color FROM annotations
      WHERE version_id = ? AND target_kind = 'range' AND deleted_at IS NULL AND anchor_state != 'orphaned' ORDER BY pos_start`)
      .all(versionId) as Array<{ id: number; start: number; end: number; body: string; quote: string; color: Color | null }>;
  }

  /**
   * Every live annotation of a document: on its current text, on its passages and metrics,
   * and orphans left on older versions (with their quotes). Filtered by a tag (and the
   * tags below it) or a color.
   */
  list(documentId: number, currentVersionId: number, filter: { tagId?: number; color?: Color } = {}): AnnotationItem[] {
    const where = ['a.document_id = @documentId', 'a.deleted_at IS NULL'];
    const params: { documentId: number; color?: Color; tags?: string } = { documentId };
    if (filter.color) { where.push('a.color = @color'); params.color = filter.color; }
    if (filter.tagId !== undefined) {
      where.push(`a.id IN (SELECT target_id FROM taggings WHERE target_kind = 'annotation' AND tag_id IN (SELECT value FROM json_each(@tags)))`);
      params.tags = JSON.stringify(this.tags.descendants(filter.tagId));
    }
    const rows = this.db.prepare(`SELECT ${ITEM_COLUMNS} FROM annotations a LEFT JOIN metrics m ON m.id = a.metric_id
      WHERE ${where.join(' AND ')} ORDER BY a.anchor_state = 'orphaned', coalesce(a.pos_start, m.char_start, (SELECT char_start FROM passages WHERE id = a.passage_id)), a.id`).all(params) as RawItem[];
    const tags = this.tags.ofMany('annotation', rows.map((r) => r.id));
    return rows.map((r) => this.toItem(r, currentVersionId, tags.get(r.id) ?? []));
  }

  get(id: number, currentVersionId: number): AnnotationDetail {
    const row = this.db.prepare(`SELECT ${ITEM_COLUMNS} FROM annotations a LEFT JOIN metrics m ON m.id = a.metric_id WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as RawItem | undefined;
    if (!row) throw new AssayError('NO_SUCH_ANNOTATION', `There is no annotation ${id}; it may have been deleted (look in the trash).`);
    const history = this.db.prepare(`SELECT field, old_value AS oldValue, new_value AS newValue, changed_at AS changedAt FROM history
      WHERE target_kind = 'annotation' AND target_id = ? ORDER BY id DESC LIMIT 200`).all(id) as AnnotationDetail['history'];
    return { ...this.toItem(row, currentVersionId, this.tags.of('annotation', id)), history };
  }

  /** The document an annotation belongs to, to read its current version. */
  documentOf(id: number): number {
    const row = this.db.prepare('SELECT document_id AS documentId FROM annotations WHERE id = ?').get(id) as { documentId: number } | undefined;
    if (!row) throw new AssayError('NO_SUCH_ANNOTATION', `There is no annotation ${id}; it may have been deleted (look in the trash).`);
    return row.documentId;
  }

  /** Changes the body or color, recording each change in the history. Call inside a transaction. */
  update(id: number, patch: AnnotationPatch, now: string, options: { restoring?: boolean } = {}): void {
    const current = this.db.prepare('SELECT body, color, metric_id AS metricId FROM annotations WHERE id = ?').get(id) as { body: string; color: string | null; metricId: number | null };
    const note = current.metricId === null ? '' : metricNote(this.db, current.metricId);
    if (current.metricId !== null && patch.color && patch.color !== current.color && !options.restoring) throw noteOnMetric('colour');
    const record = this.db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('annotation', ?, ?, ?, ?, ?)`);
    for (const field of ['body', 'color'] as const) {
      const value = patch[field];
      if (value === undefined || value === current[field]) continue;
      record.run(id, field, current[field], value, now);
      this.db.prepare(`UPDATE annotations SET ${field} = ?, modified_at = ? WHERE id = ?`).run(value, now, id);
      recordAnnotationChange(this.db, id, field, value);
    }
    noteChanged(this.db, current.metricId, note, now);
  }

  /**
   * Places an annotation (an orphan, or one the analyst moves) on a range of the current
   * version by hand: the quote becomes the words chosen, the old quote stays in the history.
   */
  place(id: number, input: { versionId: number; passageId: number | null; text: string; start: number; end: number }, now: string): void {
    const before = this.db.prepare('SELECT quote_exact AS quote FROM annotations WHERE id = ?').get(id) as { quote: string | null };
    const { start, end } = input;
    const quote = quoteAround(input.text, start, end);
    this.db.prepare(`UPDATE annotations SET target_kind = 'range', version_id = ?, passage_id = ?, pos_start = ?, pos_end = ?, quote_exact = ?, quote_prefix = ?,
        quote_suffix = ?, anchor_state = 'anchored', modified_at = ? WHERE id = ?`)
      .run(input.versionId, input.passageId, start, end, quote.exact, quote.prefix, quote.suffix, now, id);
    this.db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('annotation', ?, 'placed', ?, ?, ?)`)
      .run(id, before.quote, quote.exact, now);
    recordAnnotationChange(this.db, id, 'place', () => placementJson(this.db, id));
  }

  private toItem(r: RawItem, currentVersionId: number, tags: AnnotationItem['tags']): AnnotationItem {
    const { versionId, ...item } = r;
    // An annotation left on an older version is orphaned whatever it says: its offsets mean nothing in the current text.
    const stale = item.targetKind === 'range' && versionId !== currentVersionId;
    return { ...item, anchorState: stale ? 'orphaned' : item.anchorState, start: stale ? null : item.start, end: stale ? null : item.end, tags };
  }
}

/**
 * A note on a metric is the metric's note: in a team it travels as the metric's 'note' field,
 * which carries its words alone, so a colour or a tag of its own would stay on one machine.
 * Taking either off (a colour or tags it had before this rule) is allowed.
 */
export function noteOnMetric(what: 'colour' | 'tags'): AssayError {
  return new AssayError('NOTE_ON_METRIC', `A note on a metric takes no ${what} of its own: it is the metric's note. Tag the metric itself in the grid or the inspector instead.`);
}
