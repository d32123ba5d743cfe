import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { passagesFtsPrefix } from '../../../electron/core/db/migrations/0023-passages-fts-prefix.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';
const VERSION = passagesFtsPrefix.version;

/** A file one version before the prefix index: a document re-imported once, and a debris passage. */
function databaseBefore() {
  const db = new BetterSqlite3(tempWorkspacePath());
  db.pragma('foreign_keys = ON');
  migrate(db, VERSION - 1);
  db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at, current_version_id) VALUES (1, 'T', 'a.txt', 'txt', ?, ?, 2)`).run(now, now);
  const version = db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (?, 1, ?, ?, x'41', ?, 'utf-8', ?)`);
  version.run(1, 1, 'h1', 'Thorium old.', now);
  version.run(2, 2, 'h2', 'Thorium output. Share this page', now);
  const passage = db.prepare(`INSERT INTO passages (id, document_id, version_id, ordinal, kind, char_start, char_end, text, debris) VALUES (?, 1, ?, ?, 'paragraph', 0, 1, ?, ?)`);
  const index = db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (?, ?)');
  passage.run(1, 1, 0, 'Thorium old.', 0);
  passage.run(2, 2, 0, 'Thorium output.', 0);
  passage.run(3, 2, 1, 'Share this page', 1);
  index.run(2, 'Thorium output.'); // the old version was taken out of the index; debris never went in
  return db;
}

const matches = (db: BetterSqlite3.Database, query: string) =>
  (db.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid').all(query) as Array<{ rowid: number }>).map((r) => r.rowid);

describe(`00${VERSION}-passages-fts-prefix`, () => {
  it('rebuilds the passage index with prefix indexes, holding the same passages', () => {
    const db = databaseBefore();
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'passages_fts'`).get() as { sql: string }).sql;
    expect(sql).toContain(`prefix = '2 3'`);
    expect(matches(db, '"th"*')).toEqual([2]);
    expect(matches(db, '"tho"*')).toEqual([2]);
    expect(matches(db, 'thorium')).toEqual([2]);
    expect(matches(db, 'share OR old')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM passages').get()).toEqual({ n: 3 });
  });
});
