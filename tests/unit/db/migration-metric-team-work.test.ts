import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { metricTeamWork } from '../../../electron/core/db/migrations/0038-metric-team-work.ts';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';
const VERSION = metricTeamWork.version;

/** A workspace one step before the migration, with a document and five untouched-looking figures on it. */
function before(): Database {
  const db = new BetterSqlite3(tempWorkspacePath());
  migrate(db, VERSION - 1);
  db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at) VALUES (1, 'T', 'a.txt', 'txt', ?, ?)`).run(now, now);
  db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (1, 1, 1, 'h', x'41', 'Revenue 5 6 7 8 9', 'utf-8', ?)`).run(now);
  for (let id = 1; id <= 5; id++) {
    db.prepare(`INSERT INTO metrics (id, document_id, version_id, char_start, char_end, label, created_at, updated_at) VALUES (?, 1, 1, ?, ?, 'revenue', ?, ?)`)
      .run(id, 6 + 2 * id, 7 + 2 * id, now, now);
  }
  return db;
}

const marked = (db: Database) => db.prepare('SELECT id FROM metrics WHERE team_work = 1 ORDER BY id').pluck().all();
const report = (metricId: number) => JSON.stringify({ sections: [{ heading: 'F', items: [{ kind: 'metric', metricId }] }] });

describe(`00${VERSION}-metric-team-work`, () => {
  it('marks, in a joined workspace, the figures worked on or reached by a teammate\'s edit; a workspace that has not joined marks none', () => {
    for (const joined of [true, false]) {
      const db = before();
      if (joined) db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db'`).run();
      // 1 reviewed; 2 with a teammate's edit undone since (history with an author); 3 with an edit from before joining,
      // undone (no author); 4 in a report; 5 untouched.
      db.prepare(`UPDATE metrics SET status = 'verified' WHERE id = 1`).run();
      const history = db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at, author) VALUES ('metric', ?, 'status', 'unreviewed', 'verified', ?, ?)`);
      history.run(2, now, 'Bo');
      history.run(3, now, null);
      db.prepare(`INSERT INTO reports (name, content, created_at, updated_at) VALUES ('R', ?, ?, ?)`).run(report(4), now, now);
      migrate(db, VERSION);
      expect(schemaVersion(db)).toBe(VERSION);
      expect(marked(db)).toEqual(joined ? [1, 2, 4] : []);
    }
  });

  it('marks, once joined, the figures an edit, a review, a note or a saved report reaches, and never unmarks them', () => {
    const db = before();
    migrate(db, VERSION);
    const history = db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', ?, 'status', 'unreviewed', 'verified', ?)`);
    history.run(1, now);
    expect(marked(db)).toEqual([]);
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db'`).run();
    history.run(2, now);
    const saved = db.prepare(`INSERT INTO reports (name, content, created_at, updated_at) VALUES ('R', ?, ?, ?)`).run(report(3), now, now).lastInsertRowid;
    db.prepare('UPDATE reports SET content = ? WHERE id = ?').run(report(4), saved);
    db.prepare(`UPDATE reports SET content = '{"sections":[]}'`).run();
    expect(marked(db)).toEqual([2, 3, 4]);
  });
});
