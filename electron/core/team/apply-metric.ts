import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { AssayError } from '../../../shared/errors.ts';
import { MetricPatch, type MetricRow } from '../../../shared/metrics.ts';
import { MetricStore, teamWorkMarker } from '../db/metrics.ts';
import { TagStore } from '../db/tags.ts';
import { TrashStore } from '../db/trash.ts';
import { createSelectedMetric } from '../selected-metric.ts';
import type { Change } from './change.ts';
import type { ItemTagResolver } from './apply-tag.ts';
import { itemTagsOf, jsonOrNull, type ItemTag } from './tag-paths.ts';
import { concurrentWith, FieldWinners, keepLost } from './field-winners.ts';
import type { Conflict } from './dispute-mark.ts';
import { trashedSpan } from '../db/migrations/0029-metric-keys-count-trash.ts';
import { keyOnCurrentVersion } from './key-on-current-version.ts';
import { figureOnEarlierVersion, placeOnCurrent } from './figure-on-earlier-version.ts';

type MetricStatus = MetricRow['status'];

/** The selection a created metric was read from, in its version's text. */
const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).refine((s) => s.end > s.start);

/** How a pulled change ended here. */
export type Applied = 'applied' | 'lost' | 'missing' | 'invalid';

/** The text a history row keeps, read back as the field's value; null when it is not a valid one. */
function patchOf(field: string, value: string | null): MetricPatch | { tags: ItemTag[] } | null {
  if (field === 'tags') {
    const tags = itemTagsOf(value);
    return tags ? { tags } : null;
  }
  const raw = field === 'value' ? (value === null ? null : Number(value)) : field === 'note' ? value ?? '' : value;
  const parsed = MetricPatch.safeParse({ [field]: raw });
  return parsed.success ? parsed.data : null;
}

/** Where the metric a key names is here: live, or in the trash (with its entry). */
export interface MetricAtKey { id: number; entry: number | null; purged: 0 | 1 }

/**
 * The metric a key names here: the one at the key's rank among the metrics on its span,
 * those in the trash counted too (as `METRIC_KEY_SQL` ranks them; `purged` when its entry is
 * only the marker an emptied trash keeps). Undefined when its document, or the metric, is
 * not here.
 */
export function metricAtKey(db: Database): (key: string) => MetricAtKey | undefined {
  const trashed = trashedSpan();
  const at = db.prepare(`SELECT id, entry, purged, anchor FROM (
      SELECT m.id, NULL AS entry, 0 AS purged, m.anchor_state AS anchor FROM metrics m JOIN document_versions v ON v.id = m.version_id
        WHERE v.content_hash = @hash AND m.document_id = v.document_id AND m.char_start = @start AND m.char_end = @end
      UNION ALL
      SELECT t.target_id, t.id, t.purged_at IS NOT NULL, json_extract(t.payload, '$.metrics[0].anchor_state') FROM document_versions v
        JOIN trash t ON t.target_kind = 'metric' AND ${trashed.version} = v.id
        WHERE v.content_hash = @hash AND ${trashed.start} = @start AND ${trashed.end} = @end)
    ORDER BY id LIMIT 1 OFFSET @rank`);
  // A figure a new version placed fuzzily off the words the key names, found by the key it had there (migration 39).
  const placedOff = db.prepare(`SELECT id, entry, purged, NULL AS anchor FROM (
      SELECT id, NULL AS entry, 0 AS purged FROM metrics WHERE words_key = @key
      UNION ALL
      SELECT target_id, id, purged_at IS NOT NULL FROM trash WHERE target_kind = 'metric' AND json_extract(payload, '$.metrics[0].words_key') = @key)
    ORDER BY id LIMIT 1`);
  const moved = keyOnCurrentVersion(db);
  const found = (row: (MetricAtKey & { anchor: string | null }) | undefined): MetricAtKey | undefined => (row ? { id: row.id, entry: row.entry, purged: row.purged } : undefined);
  return (key) => {
    const [, hash, start, end, rank] = key.split(':');
    const here = at.get({ hash, start: Number(start), end: Number(end), rank: Number(rank) }) as (MetricAtKey & { anchor: string | null }) | undefined;
    if (here) return found(here);
    const off = placedOff.get({ key }) as (MetricAtKey & { anchor: null }) | undefined;
    if (off) return found(off);
    // Made on a version this workspace has since replaced: the metric its words moved to on the current one
    // (onto changed words, only a figure placed there fuzzily: the fresh reading there is another figure).
    const now = moved(hash!, Number(start), Number(end));
    const there = now ? at.get({ hash: now.hash, start: now.start, end: now.end, rank: Number(rank) }) as (MetricAtKey & { anchor: string | null }) | undefined : undefined;
    return now?.fuzzy && there?.anchor !== 'fuzzy' ? undefined : found(there);
  };
}

/** The live metric a found one is, or null when it is in the trash or was not found. */
const liveId = (found: MetricAtKey | undefined): number | null => (found && found.entry === null ? found.id : null);

/** How the local live metric a key names is found (null when its document, or the metric, is not here, or it is in the trash). */
export function metricFinder(db: Database): (key: string) => number | null {
  const at = metricAtKey(db);
  return (key) => liveId(at(key));
}

/**
 * Applies pulled metric changes by their keys: the later clock stamp wins each field; the
 * losing value is kept in the metric's history; edits made concurrently (neither had seen
 * the other) mark the metric for a second look. Call inside a transaction with the change
 * recorder off.
 */
export class MetricChanges {
  private readonly db: Database;
  private readonly metrics: MetricStore;
  /** Fields edited concurrently (neither edit had seen the other), to be marked disputed. */
  readonly conflicts: Conflict[] = [];
  /** Statuses applied and not written yet, by metric. */
  private readonly statuses = new Map<number, { status: MetricStatus; author: string }>();

  private readonly winners: FieldWinners;
  private readonly lastHistory: Statement;
  private readonly setAuthor: Statement;
  private readonly at: ReturnType<typeof metricAtKey>;
  private readonly earlier: ReturnType<typeof figureOnEarlierVersion>;
  private readonly version: Statement;
  private readonly trash: TrashStore;
  private readonly tags: TagStore;
  private readonly itemTags: ItemTagResolver;
  private readonly markTeamWork: (metricId: number) => void;

  constructor(db: Database, itemTags: ItemTagResolver) {
    this.itemTags = itemTags;
    this.db = db;
    this.metrics = new MetricStore(db);
    // Prepared once: a pull applies thousands of changes.
    this.winners = new FieldWinners(db, 'metric');
    this.lastHistory = db.prepare('SELECT coalesce(max(id), 0) AS id FROM history').pluck();
    this.setAuthor = db.prepare('UPDATE history SET author = ? WHERE id > ?');
    this.at = metricAtKey(db);
    this.earlier = figureOnEarlierVersion(db);
    this.trash = new TrashStore(db);
    this.tags = new TagStore(db);
    this.markTeamWork = teamWorkMarker(db);
    this.version = db.prepare(`SELECT v.id AS versionId, v.document_id AS documentId, d.published FROM document_versions v
      JOIN documents d ON d.id = v.document_id WHERE v.content_hash = ? ORDER BY v.id LIMIT 1`);
  }

  /**
   * The metric a key names, live or in the trash (as a report item points at it), or null when it is not here. A report
   * reaches the figure as an edit does: one of an earlier version, gone here with the import that replaced it, is read
   * again and placed as that import would have placed it (`apply`), and a live one is marked as the team's work, as the
   * report's save marked it where it was made (migration 38).
   */
  item(key: string, now: string): number | null {
    if (this.at(key) === undefined) this.earlier(key, now, true);
    const found = this.at(key);
    if (found?.entry === null) this.markTeamWork(found.id);
    return found?.id ?? null;
  }

  /** The trash entry holding the metric a key names, if it was deleted here. */
  private trashed(key: string): number | null {
    return this.at(key)?.entry ?? null;
  }

  /**
   * A deletion or a return from the trash. A metric is deleted where the latest change to
   * it by clock is a deletion: a delete older than an edit made elsewhere is not applied
   * (the edited metric stays), and an edit later than a delete brings it back (in `apply`).
   */
  private exists(change: Change, now: string): Applied {
    const id = this.resolve(change.key);
    const entry = id === null ? this.trashed(change.key) : null;
    const move = this.winners.existence(change, id !== null, entry !== null);
    if (move === 'missing' || move === 'lost') return move;
    this.flush(now); // statuses waiting for this metric are written before it moves
    if (move === 'put') this.trash.putMetric(id!, now);
    if (move === 'restore') this.trash.restore(entry!);
    return 'applied';
  }

  /** The local metric a key names, or null when its document (or the metric) is not here. */
  resolve(key: string): number | null {
    return liveId(this.at(key));
  }

  apply(change: Change, now: string): Applied {
    // A figure of an earlier version, gone here with the import that replaced it, is read again and placed as that import
    // would have placed it had the change come first (as it did where it was made).
    if (change.field !== 'create' && this.at(change.key) === undefined) this.earlier(change.key, now, change.field !== 'exists');
    // Deleted here for good (the trash emptied): there is nothing left to apply it to.
    if (change.field !== 'create' && this.at(change.key)?.purged) return 'lost';
    if (change.field === 'exists') return this.exists(change, now);
    if (change.field === 'create') return this.create(change, now);
    const patch = patchOf(change.field, change.value);
    // A value this build cannot store (written by a newer or broken client) is skipped, not retried forever.
    if (patch === null) return 'invalid';
    const back = this.resurrect(change);
    const id = this.resolve(change.key);
    if (id === null) return 'missing';
    const outcome = this.applyField(id, change, patch);
    if (back === 'again') {
      this.flush(now);
      this.trash.putMetric(id, now);
    }
    return outcome;
  }

  /**
   * A metric an analyst created from a selection elsewhere: the same selection of the same
   * bytes, read here by the same extractor. Already here is done (two analysts who marked
   * the same figure get one metric), and so is the metric at the key's rank in the trash
   * (made here before and deleted since: ranks count the trash); a selection this extractor
   * reads no figure in is skipped, not retried.
   */
  private create(change: Change, now: string): Applied {
    if (this.at(change.key) !== undefined) return 'applied';
    const span = Span.safeParse(jsonOrNull(change.value));
    if (!span.success) return 'invalid';
    const version = this.version.get(change.key.split(':')[1]) as { versionId: number; documentId: number; published: string | null } | undefined;
    if (!version) return 'missing';
    try {
      // Made on a version this workspace has since replaced: placed on the current one, as that import placed it where it was made.
      placeOnCurrent(this.db, createSelectedMetric(this.db, { ...version, ...span.data }, now), change.key);
    } catch (error) {
      if (error instanceof AssayError) return 'invalid';
      throw error;
    }
    return 'applied';
  }

  /**
   * An edit to a metric deleted here comes back from the trash with it when it is later
   * than the deletion; an earlier one is applied to the metric, which goes back to the trash
   * ('again'), so the trash holds what every other workspace holds.
   */
  private resurrect(change: Change): 'live' | 'back' | 'again' {
    if (this.resolve(change.key) !== null) return 'live';
    const entry = this.trashed(change.key);
    if (entry === null) return 'live';
    this.trash.restore(entry);
    return this.winners.deletedAfter(change) ? 'again' : 'back';
  }

  private applyField(id: number, change: Change, patch: MetricPatch | { tags: ItemTag[] }): Applied {
    // Won or lost, the work reached this figure: a new version keeps it here as where the work was done (migration 38).
    this.markTeamWork(id);
    const winner = this.winners.of(change.key, change.field);
    if (concurrentWith(change, winner) && change.field !== 'status') this.conflicts.push({ change, winner: winner! });
    if (winner && winner.hlc >= change.hlc) {
      keepLost(this.db, 'metric', id, change);
      return 'lost';
    }
    const last = this.lastHistory.get() as number;
    // Statuses (bulk review: most of a team's changes) are written together by `flush`.
    if ('tags' in patch) {
      // Each tag by its uid, so a rename made elsewhere meanwhile does not split it.
      this.tags.set('metric', id, this.itemTags.resolve(patch.tags));
    } else if (patch.status !== undefined) {
      this.statuses.set(id, { status: patch.status, author: change.author });
    } else {
      // Dated when it was made, as a lost edit is: the inspector's history shows when, not when it arrived here.
      this.metrics.update(id, patch, change.madeAt, false);
      this.setAuthor.run(change.author, last);
    }
    this.winners.take(change);
    return 'applied';
  }

  /**
   * Writes the statuses applied since the last flush, a statement per status and author
   * instead of a transaction per metric (each metric keeps the last status applied to it,
   * which is its latest by clock). Call before the transaction ends.
   */
  flush(now: string): void {
    const groups = new Map<string, { status: MetricStatus; author: string; ids: number[] }>();
    for (const [id, { status, author }] of this.statuses) {
      const key = JSON.stringify([status, author]);
      if (!groups.has(key)) groups.set(key, { status, author, ids: [] });
      groups.get(key)!.ids.push(id);
    }
    for (const { status, author, ids } of groups.values()) {
      const last = this.lastHistory.get() as number;
      this.metrics.setStatuses(ids, status, now);
      this.setAuthor.run(author, last);
    }
    this.statuses.clear();
  }
}
