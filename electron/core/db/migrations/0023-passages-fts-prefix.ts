import type { Migration } from './types.ts';

/**
 * Prefix indexes of two and three characters for the passage index (#19). Without them a
 * search for "th*" merges the postings of every word beginning "th" (the, that, this…)
 * before returning anything: seconds at a million passages. Longer prefixes name few
 * enough words to merge quickly, and a one-character prefix is searched as a word
 * (fts-query.ts). FTS5 cannot add prefix indexes to a table, so the index is made again
 * from the passages it held: those of current versions that are not page debris.
 */
export const passagesFtsPrefix: Migration = {
  version: 23,
  name: 'passages-fts-prefix',
  up(db) {
    db.exec(`
      DROP TABLE passages_fts;
      CREATE VIRTUAL TABLE passages_fts USING fts5(
        text,
        content = 'passages',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO passages_fts (rowid, text)
        SELECT p.id, p.text FROM passages p JOIN documents d ON d.current_version_id = p.version_id
        WHERE p.debris = 0 ORDER BY p.id;
    `);
  },
};
