import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { teamClockRollover } from '../../../electron/core/db/migrations/0036-team-clock-rollover.ts';
import { Hlc } from '../../../electron/core/team/hlc.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';
const VERSION = teamClockRollover.version;
/** A wall a minute ahead of SQLite's clock, so the clock counts on instead of moving to now. */
const AHEAD = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + 60000`;
const stamp = (wall: number, counter: string) => `${String(wall).padStart(15, '0')}-${counter}-ab`;

function joined(db: Database, counter: number): number {
  db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db', recording = 1, wall = ${AHEAD}, counter = ?`).run(counter);
  return db.prepare('SELECT wall FROM team_state').pluck().get() as number;
}

describe(`00${VERSION}-team-clock-rollover`, () => {
  it('rewrites a clock and stamps past six counter digits as the stamps they stand for, and the triggers move the wall on at the counter\'s end', () => {
    const db = new BetterSqlite3(tempWorkspacePath());
    migrate(db, VERSION - 1);
    db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at) VALUES (1, 'T', 'a.txt', 'txt', ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (1, 1, 1, 'h', x'41', 'Revenue 5', 'utf-8', ?)`).run(now);
    db.prepare(`INSERT INTO metrics (id, document_id, version_id, char_start, char_end, label, created_at, updated_at) VALUES (1, 1, 1, 8, 9, 'revenue', ?, ?)`).run(now, now);
    // As the old clock left it: a bulk review ran the counter past its end.
    const wall = joined(db, 1_000_001);
    const change = db.prepare(`INSERT INTO team_changes (id, hlc, author, kind, key, field, value, base, made_at, origin) VALUES (?, ?, 'Ann', 'metric', ?, 'status', 'verified', NULL, ?, 'local')`);
    change.run('old:1', stamp(wall, '999999'), 'm:h:8:9:0', now);
    change.run('old:2', stamp(wall, '1000000'), 'm:h:8:9:1', now);
    db.prepare(`INSERT INTO team_fields (kind, key, field, hlc, change_id) VALUES ('metric', 'm:h:8:9:1', 'status', ?, 'old:2')`).run(stamp(wall, '1000000'));
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    expect(db.prepare('SELECT wall, counter FROM team_state').get()).toEqual({ wall: wall + 1, counter: 1 });
    expect(db.prepare('SELECT hlc FROM team_changes ORDER BY rowid').pluck().all()).toEqual([stamp(wall, '999999'), stamp(wall + 1, '000000')]);
    expect(db.prepare('SELECT hlc FROM team_fields').pluck().get()).toBe(stamp(wall + 1, '000000'));

    // The metric trigger and the document trigger, each at the counter's end.
    const after = joined(db, 999_999);
    db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', 1, 'label', 'revenue', 'sales', ?)`).run(now);
    db.prepare('UPDATE team_state SET counter = 999999').run();
    db.prepare(`INSERT INTO document_versions (document_id, version, content_hash, original, text, encoding, imported_at) VALUES (1, 2, 'h2', x'42', 'Revenue 6', 'utf-8', ?)`).run(now);
    const logged = db.prepare(`SELECT hlc FROM team_changes WHERE rowid > 2 ORDER BY rowid`).pluck().all() as string[];
    expect(logged).toEqual([`${String(after + 1).padStart(15, '0')}-000000-ab`, `${String(after + 2).padStart(15, '0')}-000000-ab`]);
    for (const hlc of logged) expect(Hlc.safeParse(hlc).success).toBe(true);
  });
});
