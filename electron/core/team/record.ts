import type { Database } from 'better-sqlite3';
import { METRIC_KEY_SQL } from '../db/migrations/0029-metric-keys-count-trash.ts';
import { teamWorkMarker } from '../db/metrics.ts';
import { CLOCK_TICK_SQL } from '../db/migrations/0036-team-clock-rollover.ts';
import type { Change, DOCUMENT_FIELDS } from './change.ts';

/** A value that costs a query to build, given as a function: called only when a change is logged. */
type Value = string | null | (() => string | null);

/** Whether changes are being logged: the workspace joined a hub and no pull is applying changes. */
function recording(db: Database): boolean {
  return db.prepare('SELECT recording FROM team_state WHERE id = 1').pluck().get() === 1;
}

/**
 * When a change offered at joining was made (ISO time), and its place among the changes
 * offered for the same metric at that moment (a deletion after the tags it took along).
 */
export interface Stamp { at: string; tick: number }

/**
 * Logs one change to an item, stamped by the workspace's clock (or, for work offered at
 * joining, by when it was made, never later than the clock), with the change it overwrites
 * here as its base. Call inside the caller's transaction once `recording` holds.
 */
function logChange(db: Database, kind: Change['kind'], key: string, field: Change['field'], value: Value, stamp?: Stamp): void {
  db.prepare(`UPDATE team_state SET ${CLOCK_TICK_SQL} WHERE id = 1`).run();
  const made = stamp ? Date.parse(stamp.at) : Number.NaN;
  db.prepare(`INSERT INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin)
    SELECT s.workspace_id || ':' || s.seq, CASE WHEN @made IS NULL THEN printf('%015d-%06d-%s', s.wall, s.counter, s.workspace_id)
        ELSE printf('%015d-%06d-%s', min(@made, s.wall), @tick, s.workspace_id) END, s.member, @kind, @key, @field, @value,
      (SELECT f.change_id FROM team_fields f WHERE f.kind = @kind AND f.key = @key AND f.field = @field), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'local'
    FROM team_state s WHERE s.id = 1`).run({ kind, key, field, value: typeof value === 'function' ? value() : value,
    made: Number.isFinite(made) ? made : null, tick: stamp?.tick ?? 0 });
  db.prepare(`INSERT OR REPLACE INTO team_fields (kind, key, field, hlc, change_id)
    SELECT kind, key, field, hlc, id FROM team_changes WHERE id = (SELECT workspace_id || ':' || seq FROM team_state WHERE id = 1)`).run();
}

/**
 * Logs a change to a metric that does not pass through `history` (an analyst creating it
 * from a selection, deleting it to the trash, bringing it back, its tags), as the history trigger logs the others: in the caller's transaction,
 * only once the workspace joined a hub and not while pulled changes are applied. Call while
 * the metric is in the metrics table (before deleting it, after restoring it).
 */
export function recordMetricChange(db: Database, metricId: number, field: 'create' | 'exists' | 'tags', value: Value): void {
  if (!recording(db)) return;
  const key = db.prepare(`SELECT ${METRIC_KEY_SQL('?')}`).pluck().get(metricId) as string | null;
  if (key === null) return;
  logChange(db, 'metric', key, field, value);
  // Tags are work the team now knows of (migration 38); a trip to the trash is not, and a created metric is the analyst's anyway.
  if (field === 'tags') teamWorkMarker(db)(metricId);
}

/**
 * Logs a change to the metric a team key names, for metrics whose row cannot give the key
 * (one in the trash) or whose edits were made before joining and are offered at the join
 * (stamped by when they were made, where that is known). Same rules as `recordMetricChange`.
 */
export function recordMetricKeyChange(db: Database, key: string, field: Change['field'], value: Value, stamp?: Stamp): void {
  if (!recording(db)) return;
  logChange(db, 'metric', key, field, value, stamp);
}

/** An annotation's key across a team's workspaces: its uid (rowids differ between files). */
export const annotationKey = (uid: string) => `a:${uid}`;

/**
 * Logs a change to an annotation: its creation (the whole annotation as JSON), its body,
 * color, placement, tags, or its trip to the trash and back. Same rules as for metrics;
 * call while the annotation is in the annotations table.
 */
export function recordAnnotationChange(db: Database, annotationId: number, field: 'create' | 'body' | 'color' | 'place' | 'exists' | 'tags', value: Value): void {
  if (!recording(db)) return;
  const row = db.prepare('SELECT uid, target_kind AS target FROM annotations WHERE id = ?').get(annotationId) as { uid: string | null; target: string } | undefined;
  // A note on a metric travels as the metric's 'note' field instead.
  if (!row?.uid || row.target === 'metric') return;
  logChange(db, 'annotation', annotationKey(row.uid), field, value);
}

/**
 * Logs an annotation's creation if the team never heard of it: one deleted before the
 * workspace joined (so not offered at the join) and brought back from the trash after.
 */
export function recordAnnotationIfUnshared(db: Database, annotationId: number, json: () => string | null): void {
  if (!recording(db)) return;
  const uid = db.prepare(`SELECT uid FROM annotations WHERE id = ? AND target_kind != 'metric'`).pluck().get(annotationId) as string | null | undefined;
  if (!uid) return;
  // team_fields holds a row for every field ever logged here (its primary key makes this a lookup, not a scan).
  const known = db.prepare(`SELECT 1 FROM team_fields WHERE kind = 'annotation' AND key = ? AND field = 'create'`).get(annotationKey(uid));
  if (!known) logChange(db, 'annotation', annotationKey(uid), 'create', json);
}

/**
 * A passage's key across a team's workspaces: its version's content hash and its ordinal in
 * that version, which are the same wherever the same bytes were read.
 */
export const passageKey = (hash: string, ordinal: number) => `p:${hash}:${ordinal}`;

/** Logs a change to a passage: its tags (the only thing an analyst changes on a passage). Same rules as for metrics. */
export function recordPassageChange(db: Database, passageId: number, field: 'tags', value: Value): void {
  if (!recording(db)) return;
  const row = db.prepare(`SELECT v.content_hash AS hash, p.ordinal FROM passages p JOIN document_versions v ON v.id = p.version_id WHERE p.id = ?`)
    .get(passageId) as { hash: string; ordinal: number } | undefined;
  if (!row) return;
  logChange(db, 'passage', passageKey(row.hash, row.ordinal), field, value);
}

/** A report's key across a team's workspaces: its uid. */
export const reportKey = (uid: string) => `r:${uid}`;

/**
 * Logs a change to a report: its whole content (name, content, items by key) each time it
 * is saved, or its deletion ('exists' '0'). Call while the report is in the reports table.
 */
export function recordReportChange(db: Database, reportId: number, field: 'content' | 'exists', value: Value): void {
  if (!recording(db)) return;
  const uid = db.prepare('SELECT uid FROM reports WHERE id = ?').pluck().get(reportId) as string | null | undefined;
  if (!uid) return;
  logChange(db, 'report', reportKey(uid), field, value);
}

/** A tag's key across a team's workspaces: its uid (paths change with renames, rowids differ between files). */
export const tagKey = (uid: string) => `t:${uid}`;

/**
 * Logs a change to a tag of the tree: where it sits ('place': its parent's uid and its name,
 * at its creation and each rename), its color, its merge into another tag ('merge': that
 * tag's uid) or its deletion ('exists' '0'). Call while the tag is in the tags table.
 */
export function recordTagChange(db: Database, tagId: number, field: 'place' | 'color' | 'merge' | 'exists', value: Value): void {
  if (!recording(db)) return;
  const uid = db.prepare('SELECT uid FROM tags WHERE id = ?').pluck().get(tagId) as string | null | undefined;
  if (!uid) return;
  logChange(db, 'tag', tagKey(uid), field, value);
}

/** Logs that a tag (by uid: its row is gone here) became an alias of another under the alias rule, so the alias holds everywhere for good. */
export function recordTagAlias(db: Database, uid: string, into: string): void {
  if (!recording(db)) return;
  logChange(db, 'tag', tagKey(uid), 'merge', into);
}

/**
 * A document's key across a team's workspaces: the key of its first version (the content
 * hash of the bytes it started from, the same wherever it was pulled), or null for none.
 */
export function documentKey(db: Database, documentId: number): string | null {
  const hash = db.prepare('SELECT content_hash FROM document_versions WHERE document_id = ? ORDER BY version LIMIT 1').pluck().get(documentId) as string | undefined;
  return hash === undefined ? null : `d:${hash}`;
}

/** Logs a change to a document's details (title, source, publisher, link, date). Same rules as for metrics. */
export function recordDocumentChange(db: Database, documentId: number, field: (typeof DOCUMENT_FIELDS)[number], value: string | null): void {
  if (!recording(db)) return;
  const key = documentKey(db, documentId);
  if (key !== null) logChange(db, 'document', key, field, value);
}
