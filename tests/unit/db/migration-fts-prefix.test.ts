import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { passagesFtsPrefix } from '../../../electron/core/db/migrations/0023-passages-fts-prefix.ts';
import { reimportedAt } from '../../helpers/reimported-workspace.ts';

const VERSION = passagesFtsPrefix.version;

/** A file one version before the prefix index: a document re-imported once, and a debris passage. */
function databaseBefore() {
  // The old version was taken out of the index; debris never went in.
  return reimportedAt(VERSION - 1, ['Thorium old.', 'Thorium output. Share this page'], [
    { id: 1, version: 1, text: 'Thorium old.' }, { id: 2, version: 2, text: 'Thorium output.', indexed: true },
    { id: 3, version: 2, text: 'Share this page', debris: true },
  ]);
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
