import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { tagUids } from '../../../electron/core/db/migrations/0027-tag-uids.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const VERSION = tagUids.version;

/** A file one version before tag uids: a small tag tree, one tag carried by a metric. */
function databaseBefore() {
  const db = new BetterSqlite3(tempWorkspacePath());
  db.pragma('foreign_keys = ON');
  migrate(db, VERSION - 1);
  const tag = db.prepare('INSERT INTO tags (id, name, parent_id, color) VALUES (?, ?, ?, ?)');
  tag.run(1, 'sector', null, 'blue');
  tag.run(2, 'rare earths', 1, null);
  tag.run(3, 'follow-up', null, null);
  db.prepare(`INSERT INTO taggings (tag_id, target_kind, target_id) VALUES (2, 'metric', 7)`).run();
  return db;
}

const uids = (db: BetterSqlite3.Database) => db.prepare('SELECT uid FROM tags ORDER BY id').pluck().all() as Array<string | null>;

describe(`00${VERSION}-tag-uids`, () => {
  it('gives every tag its own uid, keeps the tree and its taggings, and each new tag gets one too', () => {
    const db = databaseBefore();
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    const before = uids(db);
    expect(before).toHaveLength(3);
    expect(before.every((u) => u && /^[0-9a-f]{32}$/u.test(u))).toBe(true);
    expect(new Set(before).size).toBe(3);
    expect(db.prepare('SELECT id, name, parent_id AS parent, color FROM tags ORDER BY id').all()).toEqual([
      { id: 1, name: 'sector', parent: null, color: 'blue' },
      { id: 2, name: 'rare earths', parent: 1, color: null },
      { id: 3, name: 'follow-up', parent: null, color: null },
    ]);
    expect(db.prepare('SELECT tag_id FROM taggings').pluck().all()).toEqual([2]);
    db.prepare(`INSERT INTO tags (name, parent_id) VALUES ('magnets', 1)`).run();
    const after = uids(db);
    expect(after[3]).toMatch(/^[0-9a-f]{32}$/u);
    expect(new Set(after).size).toBe(4);
    // A uid given by hand (a tag made from another workspace's change) is kept as given.
    db.prepare(`INSERT INTO tags (name, parent_id, uid) VALUES ('from elsewhere', NULL, 'abc123')`).run();
    expect(uids(db)[4]).toBe('abc123');
    expect(() => db.prepare(`INSERT INTO tags (name, parent_id, uid) VALUES ('twin', NULL, 'abc123')`).run()).toThrow(/UNIQUE/u);
  });
});
