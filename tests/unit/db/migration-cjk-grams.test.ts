import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/core/db/fts-query.ts';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { passagesCjkGrams } from '../../../electron/core/db/migrations/0033-passages-cjk-grams.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';
const VERSION = passagesCjkGrams.version;

/** A file one version before: a Chinese document re-imported once, an English passage and a Chinese debris line. */
function databaseBefore() {
  const db = new BetterSqlite3(tempWorkspacePath());
  db.pragma('foreign_keys = ON');
  migrate(db, VERSION - 1);
  db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at, current_version_id) VALUES (1, 'T', 'a.txt', 'txt', ?, ?, 2)`).run(now, now);
  const version = db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (?, 1, ?, ?, x'41', ?, 'utf-8', ?)`);
  version.run(1, 1, 'h1', '公司实现净利润4.31亿元。', now);
  version.run(2, 2, 'h2', '公司实现营业收入92.87亿元。 Output rose. 分享本页', now);
  const passage = db.prepare(`INSERT INTO passages (id, document_id, version_id, ordinal, kind, char_start, char_end, text, debris) VALUES (?, 1, ?, ?, 'paragraph', 0, 1, ?, ?)`);
  const index = db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (?, ?)');
  passage.run(1, 1, 0, '公司实现净利润4.31亿元。', 0);
  passage.run(2, 2, 0, '公司实现营业收入92.87亿元。', 0);
  passage.run(3, 2, 1, 'Output rose.', 0);
  passage.run(4, 2, 2, '分享本页', 1);
  index.run(2, '公司实现营业收入92.87亿元。');
  index.run(3, 'Output rose.');
  return db;
}

const matches = (db: BetterSqlite3.Database, input: string) =>
  (db.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid').all(toFtsQuery(input)) as Array<{ rowid: number }>).map((r) => r.rowid);

describe(`00${VERSION}-passages-cjk-grams`, () => {
  it('keeps each passage\'s pairs of Chinese characters and indexes them, holding the same passages', () => {
    const db = databaseBefore();
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    expect(db.prepare('SELECT id, grams FROM passages ORDER BY id').all()).toEqual([
      { id: 1, grams: '公司 司实 实现 现净 净利 利润 润 亿元 元' },
      { id: 2, grams: '公司 司实 实现 现营 营业 业收 收入 入 亿元 元' },
      { id: 3, grams: null },
      { id: 4, grams: '分享 享本 本页 页' },
    ]);
    expect(matches(db, '营业收入')).toEqual([2]);
    expect(matches(db, '收入')).toEqual([2]);
    expect(matches(db, 'output')).toEqual([3]);
    // The old version and page debris stay out of the index.
    expect(matches(db, '净利润')).toEqual([]);
    expect(matches(db, '本页')).toEqual([]);
  });
});
