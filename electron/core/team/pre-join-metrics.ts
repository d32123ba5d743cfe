import type { Database, Statement } from 'better-sqlite3';
import { METRIC_KEY_SQL } from '../db/migrations/0029-metric-keys-count-trash.ts';
import { markReportedTeamWork, teamWorkMarker } from '../db/metrics.ts';
import { TagStore } from '../db/tags.ts';
import { TrashStore } from '../db/trash.ts';
import { METRIC_FIELDS, type Change } from './change.ts';
import { recordMetricKeyChange, type Stamp } from './record.ts';

/**
 * A metric as it is offered: the team key its work is offered under, and the one it has where
 * it stands now (`now`, which its trip to the trash is offered under), whether the analyst made it,
 * when (if they did), whether it is in the trash, and then the ids of the tags it had (they come
 * back with it, here and wherever it is restored) and when it went. The work is keyed on the last
 * words the figure stood on (`words_key`, migration 39): a figure a new version imported before
 * joining placed fuzzily on changed words is read again from them everywhere and placed as it was
 * here, where keyed on the changed words its work named their fresh reading elsewhere.
 */
interface Offered {
  id: number; key: string; now: string; analyst: boolean; made: string | null; trashed: number[] | null; deletedAt: string | null;
}

/** The span a metric key names, which a metric made from a selection is offered as. */
function spanOf(key: string): { start: number; end: number } {
  const [, , start, end] = key.split(':');
  return { start: Number(start), end: Number(end) };
}

/** A field's latest edit before joining, in the text the history trigger logs, and when it was made. */
interface Edit { field: Change['field']; value: string | null; at: string }

/**
 * Offers the analyst's work on metrics from before joining, as the change recorder would
 * have logged it had the workspace been joined then: each metric made from a selection
 * ('create', with its span as the selection, which reads the same figure again), the
 * latest value of each field edited (status, label, value, unit, entity, period, note; the
 * edits not logged for a team are those with no author in `history`), its tags (a deleted
 * one's as it had them), and its trip to the trash. Each becomes a change under the analyst's
 * name, keyed by content hash, span and rank like any metric change, and stamped by when it
 * was made (a teammate's later edit of the same field wins, as it would have had the
 * workspace been joined then); tags, whose time is not kept, by the join's clock, or the
 * deletion's when the metric is in the trash. A field that already has a change here is
 * skipped, so offering twice logs nothing twice. Call inside the join's transaction, with
 * the recorder on, after the tags are placed (items name tags by uid).
 */
export function offerEarlierMetricWork(db: Database): void {
  const has = db.prepare(`SELECT 1 FROM team_fields WHERE kind = 'metric' AND key = ? AND field = ?`).pluck();
  const offer = (key: string, field: Change['field'], value: string | null | (() => string | null), stamp?: Stamp | null) => {
    if (has.get(key, field) === undefined) recordMetricKeyChange(db, key, field, value, stamp ?? undefined);
  };
  const edits = editsBefore(db);
  const tags = new TagStore(db);
  const tagged = new Set(db.prepare(`SELECT DISTINCT target_id FROM taggings WHERE target_kind = 'metric'`).pluck().all() as number[]);
  const mark = teamWorkMarker(db);
  const trash = new TrashStore(db);
  for (const metric of offeredMetrics(db, new Set(edits.keys()), tagged)) {
    // The work offered is the team's now: kept through new versions here as where it is applied (migration 38).
    if (!metric.trashed) mark(metric.id);
    else if (edits.has(metric.id) || metric.trashed.length) trash.markMetricTeamWork(metric.id);
    // Ticks order what was offered for one moment: made, then edited, then (with its tags) deleted.
    const at = (time: string | null, tick: number) => (time === null ? null : { at: time, tick });
    if (metric.analyst) offer(metric.key, 'create', JSON.stringify(spanOf(metric.key)), at(metric.made, 0));
    for (const { field, value, at: time } of edits.get(metric.id) ?? []) offer(metric.key, field, value, at(time, 1));
    if (!metric.trashed && tagged.has(metric.id)) offer(metric.key, 'tags', () => tags.sharedJson('metric', metric.id));
    // A trip to the trash the team already knows of (made after joining, or pulled) is not offered again, nor are the
    // tags it took along: stamped by the local trash entry, they could come after the known delete and undo it elsewhere.
    const knownTrip = metric.trashed !== null && has.get(metric.now, 'exists') !== undefined;
    if (metric.trashed?.length && !knownTrip) offer(metric.key, 'tags', () => tags.sharedJsonOf(metric.trashed!), at(metric.deletedAt, 1));
    if (metric.trashed) offer(metric.now, 'exists', '0', at(metric.deletedAt, 2));
  }
  // Reports are offered whole at the join (team-state.ts): the metrics they hold are reached too.
  markReportedTeamWork(db);
}

/**
 * The latest value of each metric field edited before joining, by metric, in the text the
 * history trigger logs (the history keeps no author for those: after joining the trigger
 * or the pull names one).
 */
function editsBefore(db: Database): Map<number, Edit[]> {
  // SQLite takes the bare columns from the row holding max(id): the latest edit of each field.
  const rows = db.prepare(`SELECT target_id AS id, field, new_value AS value, changed_at AS at, max(id) AS latest FROM history
    WHERE target_kind = 'metric' AND author IS NULL AND field IN (SELECT value FROM json_each(?))
    GROUP BY target_id, field ORDER BY latest`).all(JSON.stringify(METRIC_FIELDS)) as Array<Edit & { id: number }>;
  const byMetric = new Map<number, Edit[]>();
  for (const { id, ...edit } of rows) byMetric.set(id, [...(byMetric.get(id) ?? []), edit]);
  return byMetric;
}

/**
 * The metrics with something to offer, live or in the trash, in id order (so a metric made
 * from a selection comes before the edits to it): those the analyst made, edited, tagged
 * or deleted. A metric with no span has no key and stays local, as after joining.
 */
function offeredMetrics(db: Database, edited: Set<number>, tagged: Set<number>): Offered[] {
  const key: Statement = db.prepare(`SELECT ${METRIC_KEY_SQL('?')} AS now, (SELECT words_key FROM metrics WHERE id = ?) AS words`);
  const analyst = db.prepare(`SELECT id, created_at AS made FROM metrics WHERE origin = 'analyst' AND char_start IS NOT NULL`).all() as Array<{ id: number; made: string }>;
  const made = new Map(analyst.map((m) => [m.id, m.made]));
  const live = [...new Set([...made.keys(), ...edited, ...tagged])].flatMap((id) => {
    const { now, words } = key.get(id, id) as { now: string | null; words: string | null };
    return now === null ? [] : [{ id, key: words ?? now, now, analyst: made.has(id), made: made.get(id) ?? null, trashed: null, deletedAt: null }];
  });
  const liveIds = new Set(live.map((m) => m.id));
  const trashed = new TrashStore(db).trashedMetricKeys().filter((m) => !liveIds.has(m.metricId)).map((m) => ({
    id: m.metricId, key: m.wordsKey ?? m.key, now: m.key, analyst: m.origin === 'analyst', made: m.made, trashed: JSON.parse(m.tags) as number[], deletedAt: m.deletedAt,
  }));
  return [...live, ...trashed].sort((a, b) => a.id - b.id);
}
