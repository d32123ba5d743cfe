import type { Migration } from './types.ts';

/**
 * A metric's key across a team's workspaces: the content hash of the bytes its span is in,
 * the span, and its rank among metrics on that same span. Every workspace extracts the same
 * bytes with the same extractor into the same spans, while rowids differ between files.
 */
export const METRIC_KEY_SQL = (id: string) => `(SELECT 'm:' || v.content_hash || ':' || m.char_start || ':' || m.char_end || ':' ||
    (SELECT count(*) FROM metrics o WHERE o.document_id = m.document_id AND o.char_start = m.char_start
      AND o.char_end = m.char_end AND o.version_id = m.version_id AND o.id < m.id)
  FROM metrics m JOIN document_versions v ON v.id = m.version_id WHERE m.id = ${id} AND m.char_start IS NOT NULL)`;

/** Milliseconds since 1970 by SQLite's clock. */
const NOW_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

/**
 * Team workspaces (#17). `team_state` (one row) holds the hub address (never a password),
 * the analyst's name, the hybrid logical clock and the pull cursor. `team_changes` is the
 * change log: every analyst change made after joining (id = workspace id + counter, unique
 * across the team) and every change pulled from the hub. `team_fields` names the change
 * whose value each field holds (last writer by clock wins). A trigger on `history` records
 * each metric change in the same transaction as the change itself, whichever code path
 * made it (an edit, bulk review, corrections, undo); it is off until the workspace joins
 * and while pulled changes are applied. `history.author` says who made a change.
 */
export const teamChanges: Migration = {
  version: 21,
  name: 'team-changes',
  up(db) {
    db.exec(`
      CREATE TABLE team_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        workspace_id TEXT,
        member TEXT,
        hub_url TEXT,
        recording INTEGER NOT NULL DEFAULT 0,
        wall INTEGER NOT NULL DEFAULT 0,
        counter INTEGER NOT NULL DEFAULT 0,
        seq INTEGER NOT NULL DEFAULT 0,
        pulled_seq INTEGER NOT NULL DEFAULT 0,
        last_sync_at TEXT,
        last_error TEXT
      );
      INSERT INTO team_state (id) VALUES (1);

      CREATE TABLE team_changes (
        id TEXT PRIMARY KEY,
        hlc TEXT NOT NULL,
        author TEXT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT,
        base TEXT,
        made_at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
        -- local: 1 once the hub holds it; remote: 1 once applied (0 while its metric is missing here)
        done INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX team_changes_todo ON team_changes(origin, done) WHERE done = 0;

      CREATE TABLE team_fields (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        field TEXT NOT NULL,
        hlc TEXT NOT NULL,
        change_id TEXT NOT NULL,
        PRIMARY KEY (kind, key, field)
      ) WITHOUT ROWID;

      ALTER TABLE history ADD COLUMN author TEXT;

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
