import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/core/db/fts-query.ts';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { passagesCjkGrams } from '../../../electron/core/db/migrations/0033-passages-cjk-grams.ts';
import { reimportedAt } from '../../helpers/reimported-workspace.ts';

const VERSION = passagesCjkGrams.version;

/** A file one version before: a Chinese document re-imported once, an English passage and a Chinese debris line. */
function databaseBefore() {
  return reimportedAt(VERSION - 1, ['公司实现净利润4.31亿元。', '公司实现营业收入92.87亿元。 Output rose. 分享本页'], [
    { id: 1, version: 1, text: '公司实现净利润4.31亿元。' }, { id: 2, version: 2, text: '公司实现营业收入92.87亿元。', indexed: true },
    { id: 3, version: 2, text: 'Output rose.', indexed: true }, { id: 4, version: 2, text: '分享本页', debris: true },
  ]);
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
