import type { Migration } from './types.ts';
import { METRIC_KEY_SQL } from './0029-metric-keys-count-trash.ts';
import { FOLLOWS_SQL } from './0035-team-document-identity.ts';

const NOW_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

/** The largest counter a clock stamp holds (six digits, so stamps compare as text). */
const MAX_COUNTER = 999_999;

/**
 * One tick of a workspace's hybrid logical clock, as SET clauses of an UPDATE of team_state
 * (every right-hand side reads the row as it was): the wall time moves to now, or, while the
 * clock is at or ahead of now, the counter counts on; at the counter's end the wall moves on a
 * millisecond and the counter starts again, so a stamp never needs a seventh digit.
 */
export const CLOCK_TICK_SQL = `
  counter = CASE WHEN wall >= ${NOW_MS} AND counter < ${MAX_COUNTER} THEN counter + 1 ELSE 0 END,
  wall = CASE WHEN wall >= ${NOW_MS} THEN wall + (counter >= ${MAX_COUNTER}) ELSE ${NOW_MS} END,
  seq = seq + 1`;

/**
 * A stamp (SQL over the text `s`) with a counter past six digits, as an earlier clock wrote
 * it, rewritten as the one it stands for: the wall moved on by the overflow's millions, the
 * counter what is left. Other stamps are left as they are.
 */
export function normalizedStampSql(s: string): string {
  const dash = `instr(substr(${s}, 17), '-')`;
  const counter = `CAST(substr(${s}, 17, ${dash} - 1) AS INTEGER)`;
  return `CASE WHEN ${dash} > 7 THEN printf('%015d-%06d-%s', CAST(substr(${s}, 1, 15) AS INTEGER) + ${counter} / 1000000, ${counter} % 1000000,
    substr(${s}, 17 + ${dash})) ELSE ${s} END`;
}

/**
 * Clock stamps never outgrow six counter digits (#17). The clock ticked its counter on while
 * the wall stood still (within one statement, as a bulk review of a million metrics, or behind
 * a teammate's clock running ahead), past 999999 into a seventh digit: a stamp the hub took
 * and every pull then refused, for the whole team. The two triggers that log changes tick the
 * clock anew (CLOCK_TICK_SQL); a clock already past the end, and the stamps it wrote here, are
 * rewritten as the stamps they stand for.
 */
export const teamClockRollover: Migration = {
  version: 36,
  name: 'team-clock-rollover',
  up(db) {
    db.exec(`
      UPDATE team_state SET wall = wall + counter / 1000000, counter = counter % 1000000 WHERE counter > ${MAX_COUNTER};
      UPDATE team_changes SET hlc = ${normalizedStampSql('hlc')} WHERE instr(substr(hlc, 17), '-') > 7;
      UPDATE team_fields SET hlc = ${normalizedStampSql('hlc')} WHERE instr(substr(hlc, 17), '-') > 7;

      DROP TRIGGER team_record_metric;
      CREATE TRIGGER team_record_metric AFTER INSERT ON history
      WHEN NEW.target_kind = 'metric' AND (SELECT recording FROM team_state) = 1
      BEGIN
        UPDATE team_state SET ${CLOCK_TICK_SQL};
        INSERT INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin)
          SELECT s.workspace_id || ':' || s.seq, printf('%015d-%06d-%s', s.wall, s.counter, s.workspace_id), s.member, 'metric', k.key,
            NEW.field, NEW.new_value, (SELECT f.change_id FROM team_fields f WHERE f.kind = 'metric' AND f.key = k.key AND f.field = NEW.field),
            NEW.changed_at, 'local'
          FROM team_state s, (SELECT ${METRIC_KEY_SQL('NEW.target_id')} AS key) k WHERE k.key IS NOT NULL;
        INSERT OR REPLACE INTO team_fields (kind, key, field, hlc, change_id)
          SELECT kind, key, field, hlc, id FROM team_changes WHERE id = (SELECT workspace_id || ':' || seq FROM team_state);
        UPDATE history SET author = (SELECT member FROM team_state) WHERE id = NEW.id;
      END;

      DROP TRIGGER team_record_document;
      CREATE TRIGGER team_record_document AFTER INSERT ON document_versions
      WHEN (SELECT recording FROM team_state) = 1
      BEGIN
        UPDATE team_state SET ${CLOCK_TICK_SQL};
        INSERT OR IGNORE INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin)
          SELECT s.workspace_id || ':' || s.seq, printf('%015d-%06d-%s', s.wall, s.counter, s.workspace_id), s.member, 'document',
            'd:' || NEW.content_hash, 'version', (SELECT file_name FROM documents WHERE id = NEW.document_id), ${FOLLOWS_SQL('NEW')}, NEW.imported_at, 'local'
          FROM team_state s;
      END;
    `);
  },
};
