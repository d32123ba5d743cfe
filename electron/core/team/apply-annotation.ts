import type { Database, Statement } from 'better-sqlite3';
import { AnnotationPatch } from '../../../shared/annotations.ts';
import { AnnotationStore } from '../db/annotations.ts';
import { idAboveTrash } from '../db/id-above-trash.ts';
import { TagStore } from '../db/tags.ts';
import { TrashStore } from '../db/trash.ts';
import type { Applied } from './apply-metric.ts';
import type { Change } from './change.ts';
import { FieldWinners, keepLost } from './field-winners.ts';
import { placeNoteOnCurrent } from './figure-on-earlier-version.ts';
import { SharedAnnotation, SharedPlacement } from './shared-annotation.ts';
import type { ItemTagResolver } from './apply-tag.ts';
import { itemTagsOf, jsonOrNull } from './tag-paths.ts';

/** A version and passage here, named by content hash and ordinal; null when the document is not here yet. */
interface Place { documentId: number; versionId: number; passageId: number | null }

/**
 * Applies pulled annotation changes by uid: a creation makes the annotation on the same
 * version (by content hash) and passage (by ordinal) as where it was made; the later clock
 * stamp wins each of body, color, placement and tags, the losing value kept in history.
 * Call inside a transaction with the change recorder off.
 */
export class AnnotationChanges {
  private readonly db: Database;
  private readonly winners: FieldWinners;
  private readonly store: AnnotationStore;
  private readonly trash: TrashStore;
  private readonly tags: TagStore;
  private readonly itemTags: ItemTagResolver;
  private readonly find: Statement;
  private readonly inTrash: Statement;
  private readonly version: Statement;
  private readonly passage: Statement;
  private readonly lastHistory: Statement;
  private readonly setAuthor: Statement;

  constructor(db: Database, itemTags: ItemTagResolver) {
    this.db = db;
    this.itemTags = itemTags;
    this.winners = new FieldWinners(db, 'annotation');
    this.store = new AnnotationStore(db);
    this.trash = new TrashStore(db);
    this.tags = new TagStore(db);
    this.find = db.prepare('SELECT id FROM annotations WHERE uid = ?').pluck();
    this.inTrash = db.prepare(`SELECT id FROM trash WHERE target_kind = 'annotation' AND json_extract(payload, '$.annotations[0].uid') = ?
      ORDER BY id DESC LIMIT 1`).pluck();
    this.version = db.prepare('SELECT id AS versionId, document_id AS documentId FROM document_versions WHERE content_hash = ? ORDER BY id LIMIT 1');
    this.passage = db.prepare('SELECT id FROM passages WHERE version_id = ? AND ordinal = ?').pluck();
    this.lastHistory = db.prepare('SELECT coalesce(max(id), 0) FROM history').pluck();
    this.setAuthor = db.prepare('UPDATE history SET author = ? WHERE id > ?');
  }

  apply(change: Change, now: string): Applied {
    const uid = change.key.slice(2);
    if (change.field === 'create') return this.create(uid, change);
    if (change.field === 'exists') return this.exists(uid, change, now);
    const write = this.writer(change);
    if (write === null) return 'invalid';
    const back = this.resurrect(uid, change);
    const id = this.find.get(uid) as number | undefined;
    if (id === undefined) return 'missing';
    const winner = this.winners.of(change.key, change.field);
    const lost = winner !== undefined && winner.hlc >= change.hlc;
    // Annotations have no review status to mark: a losing value is only kept in the history.
    const outcome = lost ? 'lost' : this.write(id, change, write, now);
    if (lost) keepLost(this.db, 'annotation', id, change);
    if (back === 'again') this.trash.putAnnotation(id, now);
    return outcome;
  }

  /** Writes a winning change, its history lines under the author's name. */
  private write(id: number, change: Change, write: (id: number, now: string) => Applied, now: string): Applied {
    const last = this.lastHistory.get() as number;
    const outcome = write(id, now);
    if (outcome !== 'applied') return outcome;
    this.setAuthor.run(change.author, last);
    this.winners.take(change);
    return outcome;
  }

  /** How a change's field is written to an annotation; null when its value is not a valid one. */
  private writer(change: Change): ((id: number, now: string) => Applied) | null {
    if (change.field === 'tags') {
      const tags = itemTagsOf(change.value);
      if (!tags) return null;
      return (id) => { this.tags.set('annotation', id, this.itemTags.resolve(tags)); return 'applied'; };
    }
    if (change.field === 'place') {
      const placement = SharedPlacement.safeParse(jsonOrNull(change.value));
      if (!placement.success) return null;
      return (id, now) => this.place(id, placement.data, now);
    }
    const patch = AnnotationPatch.safeParse({ [change.field]: change.value });
    if (!patch.success || !Object.keys(patch.data).length) return null;
    return (id, now) => { this.store.update(id, patch.data, now); return 'applied'; };
  }

  /** An annotation made elsewhere, made here on the same place; already here (or in the trash) is done. */
  private create(uid: string, change: Change): Applied {
    const parsed = SharedAnnotation.safeParse(jsonOrNull(change.value));
    if (!parsed.success) return 'invalid';
    if (this.find.get(uid) !== undefined || this.inTrash.get(uid) !== undefined) return 'applied';
    const a = parsed.data;
    const place = this.placeOf(a);
    if (!place) return 'missing';
    this.db.prepare(`INSERT INTO annotations (id, uid, document_id, target_kind, passage_id, version_id, quote_exact, quote_prefix, quote_suffix,
        pos_start, pos_end, body, color, motivation, anchor_state, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      idAboveTrash(this.db, 'annotation'), uid, place.documentId, a.target, place.passageId, place.versionId, a.quote?.exact ?? null, a.quote?.prefix ?? null, a.quote?.suffix ?? null,
      a.start, a.end, a.body, a.color, a.motivation, a.anchor, a.created, change.madeAt,
    );
    // Made on a version this workspace has since replaced: placed on the current one, as that import placed it where it was made.
    placeNoteOnCurrent(this.db, this.find.get(uid) as number, change.madeAt);
    return 'applied';
  }

  private placeOf(p: SharedPlacement): Place | null {
    const version = this.version.get(p.hash) as Omit<Place, 'passageId'> | undefined;
    if (!version) return null;
    const passageId = p.passage === null ? null : (this.passage.get(version.versionId, p.passage) as number | undefined) ?? null;
    return { ...version, passageId };
  }

  private place(id: number, p: SharedPlacement, now: string): Applied {
    const place = this.placeOf(p);
    if (!place) return 'missing';
    this.db.prepare(`UPDATE annotations SET target_kind = ?, document_id = ?, version_id = ?, passage_id = ?, pos_start = ?, pos_end = ?,
        quote_exact = ?, quote_prefix = ?, quote_suffix = ?, anchor_state = ?, modified_at = ? WHERE id = ?`).run(
      p.target, place.documentId, place.versionId, place.passageId, p.start, p.end, p.quote?.exact ?? null, p.quote?.prefix ?? null,
      p.quote?.suffix ?? null, p.anchor, now, id,
    );
    placeNoteOnCurrent(this.db, id, now);
    return 'applied';
  }

  /** Deleting to the trash or bringing back: the latest change by clock to the annotation decides. */
  private exists(uid: string, change: Change, now: string): Applied {
    const id = this.find.get(uid) as number | undefined;
    const entry = id === undefined ? this.inTrash.get(uid) as number | undefined : undefined;
    const move = this.winners.existence(change, id !== undefined, entry !== undefined);
    if (move === 'missing' || move === 'lost') return move;
    if (move === 'put') this.trash.putAnnotation(id!, now);
    if (move === 'restore') this.trash.restore(entry!);
    return 'applied';
  }

  /**
   * An edit to an annotation deleted here brings it back from the trash when it is later
   * than the deletion; an earlier one is applied and the annotation goes back ('again').
   */
  private resurrect(uid: string, change: Change): 'live' | 'back' | 'again' {
    if (this.find.get(uid) !== undefined) return 'live';
    const entry = this.inTrash.get(uid) as number | undefined;
    if (entry === undefined) return 'live';
    this.trash.restore(entry);
    return this.winners.deletedAfter(change) ? 'again' : 'back';
  }
}
