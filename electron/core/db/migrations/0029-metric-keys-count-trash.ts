import type { Migration } from './types.ts';

/**
 * A trashed metric's version and span as the trash's payload holds them, read through the
 * table alias given (none for the index below, whose expressions queries must repeat exactly).
 */
export function trashedSpan(alias = 't'): { version: string; start: string; end: string } {
  const payload = alias ? `${alias}.payload` : 'payload';
  const field = (name: string) => `json_extract(${payload}, '$.metrics[0].${name}')`;
  return { version: field('version_id'), start: field('char_start'), end: field('char_end') };
}
const T = trashedSpan();
const BARE = trashedSpan('');

/**
 * A metric's key across a team's workspaces: the content hash of the bytes its span is in,
 * the span, and its rank among the metrics on that same span, those in the trash counted
 * too. (Migration 21 counted live metrics only, so a metric deleted in one workspace moved
 * the rank of a metric made on the same span after it, and two workspaces named different
 * metrics by one key.) Restoring puts a metric back under its id, so ranks hold.
 */
export const METRIC_KEY_SQL = (id: string) => `(SELECT 'm:' || v.content_hash || ':' || m.char_start || ':' || m.char_end || ':' || (
    (SELECT count(*) FROM metrics o WHERE o.document_id = m.document_id AND o.char_start = m.char_start
      AND o.char_end = m.char_end AND o.version_id = m.version_id AND o.id < m.id)
    + (SELECT count(*) FROM trash t WHERE t.target_kind = 'metric' AND ${T.version} = m.version_id
      AND ${T.start} = m.char_start AND ${T.end} = m.char_end AND t.target_id < m.id))
  FROM metrics m JOIN document_versions v ON v.id = m.version_id WHERE m.id = ${id} AND m.char_start IS NOT NULL)`;

const NOW_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

/**
 * Team metric keys count the metrics in the trash on the same span (see METRIC_KEY_SQL):
 * the trigger that logs metric changes is made again with the new key, and the trash gets
 * an index on a trashed metric's version and span, which the key reads on every change.
 */
export const metricKeysCountTrash: Migration = {
  version: 29,
  name: 'metric-keys-count-trash',
  up(db) {
    db.exec(`
      CREATE INDEX trash_metric_span ON trash(${BARE.version}, ${BARE.start}, ${BARE.end}) WHERE target_kind = 'metric';
      DROP TRIGGER team_record_metric;
      CREATE TRIGGER team_record_metric AFTER INSERT ON history
      WHEN NEW.target_kind = 'metric' AND (SELECT recording FROM team_state) = 1
      BEGIN
        UPDATE team_state SET
          counter = CASE WHEN wall >= ${NOW_MS} THEN counter + 1 ELSE 0 END,
          wall = max(wall, ${NOW_MS}),
          seq = seq + 1;
        INSERT INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin)
          SELECT s.workspace_id || ':' || s.seq, printf('%015d-%06d-%s', s.wall, s.counter, s.workspace_id), s.member, 'metric', k.key,
            NEW.field, NEW.new_value, (SELECT f.change_id FROM team_fields f WHERE f.kind = 'metric' AND f.key = k.key AND f.field = NEW.field),
            NEW.changed_at, 'local'
          FROM team_state s, (SELECT ${METRIC_KEY_SQL('NEW.target_id')} AS key) k WHERE k.key IS NOT NULL;
        INSERT OR REPLACE INTO team_fields (kind, key, field, hlc, change_id)
          SELECT kind, key, field, hlc, id FROM team_changes WHERE id = (SELECT workspace_id || ':' || seq FROM team_state);
        UPDATE history SET author = (SELECT member FROM team_state) WHERE id = NEW.id;
      END;
    `);
  },
};
