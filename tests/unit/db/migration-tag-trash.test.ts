import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { tagTrash } from '../../../electron/core/db/migrations/0028-tag-trash.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const VERSION = tagTrash.version;

/** A file one version before tag trash: a metric and an annotation in the trash. */
function databaseBefore() {
  const db = new BetterSqlite3(tempWorkspacePath());
  db.pragma('foreign_keys = ON');
  migrate(db, VERSION - 1);
  const entry = db.prepare('INSERT INTO trash (id, target_kind, target_id, document_id, description, payload, deleted_at) VALUES (?, ?, ?, NULL, ?, ?, ?)');
  entry.run(4, 'metric', 17, 'revenue: 5.2 bn', '{"metrics":[{"id":17}],"annotations":[],"taggings":[]}', '2026-01-02T03:04:05.000Z');
  entry.run(9, 'annotation', 3, 'ask IR', '{"metrics":[],"annotations":[{"id":3}],"taggings":[]}', '2026-01-03T03:04:05.000Z');
  expect(() => entry.run(10, 'tag', 1, 'Review', '{}', '2026-01-03T03:04:05.000Z')).toThrow(/CHECK/u);
  return db;
}

describe(`00${VERSION}-tag-trash`, () => {
  it('keeps every trash entry as it was and lets a tag into the trash, nothing else new', () => {
    const db = databaseBefore();
    const rows = db.prepare('SELECT * FROM trash ORDER BY id').all();
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    expect(db.prepare('SELECT * FROM trash ORDER BY id').all()).toEqual(rows);
    db.prepare(`INSERT INTO trash (target_kind, target_id, description, payload, deleted_at) VALUES ('tag', 1, 'Review', '{}', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO trash (target_kind, target_id, description, payload, deleted_at) VALUES ('report', 1, 'x', '{}', 'now')`).run()).toThrow(/CHECK/u);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trash'`).pluck().all()).toEqual(['trash_target']);
  });
});
