import type { Database } from 'better-sqlite3';
import { METRIC_KEY_SQL } from '../db/migrations/0021-team-changes.ts';

const NOW_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

/**
 * Logs a change to a metric that does not pass through `history` (deleting it to the trash,
 * bringing it back, its tags), as the history trigger logs the others: in the caller's transaction,
 * only once the workspace joined a hub and not while pulled changes are applied. Call while
 * the metric is in the metrics table (before deleting it, after restoring it). A value that
 * costs a query to build may be given as a function, called only when a change is logged.
 */
export function recordMetricChange(db: Database, metricId: number, field: 'exists' | 'tags', value: string | (() => string)): void {
  if (db.prepare('SELECT recording FROM team_state WHERE id = 1').pluck().get() !== 1) return;
  const key = db.prepare(`SELECT ${METRIC_KEY_SQL('?')}`).pluck().get(metricId) as string | null;
  if (key === null) return;
  db.prepare(`UPDATE team_state SET counter = CASE WHEN wall >= ${NOW_MS} THEN counter + 1 ELSE 0 END, wall = max(wall, ${NOW_MS}), seq = seq + 1 WHERE id = 1`).run();
  db.prepare(`INSERT INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin)
    SELECT s.workspace_id || ':' || s.seq, printf('%015d-%06d-%s', s.wall, s.counter, s.workspace_id), s.member, 'metric', @key, @field, @value,
      (SELECT f.change_id FROM team_fields f WHERE f.kind = 'metric' AND f.key = @key AND f.field = @field), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'local'
    FROM team_state s WHERE s.id = 1`).run({ key, field, value: typeof value === 'function' ? value() : value });
  db.prepare(`INSERT OR REPLACE INTO team_fields (kind, key, field, hlc, change_id)
    SELECT kind, key, field, hlc, id FROM team_changes WHERE id = (SELECT workspace_id || ':' || seq FROM team_state WHERE id = 1)`).run();
}
